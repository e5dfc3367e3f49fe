/* runtime/serve.h — `tirbox serve`: the JSON-lines server (protocol/PROTOCOL.md). The supervisor
 * owns stdin and stdout, parses each line with protocol/, runs requests on the worker pool and
 * writes exactly one response line per request line. */
#ifndef TIRBOX_SERVE_H
#define TIRBOX_SERVE_H

/* The `serve` subcommand; argv[0] is "serve". Returns the exit status. */
int serve_main(int argc, char **argv);

#endif
