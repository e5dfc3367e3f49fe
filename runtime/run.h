/* runtime/run.h — `tirbox run FILE.py|-`: one program, in the same sandbox and limits as `serve`,
 * its stdout on stdout, its error as a traceback on stderr, the outcome in the exit status. */
#ifndef TIRBOX_RUN_H
#define TIRBOX_RUN_H

/* The `run` subcommand; argv[0] is "run". Returns the exit status. */
int run_main(int argc, char **argv);

#endif
