/* runtime/repl.h — `tirbox repl`: an interactive prompt like python's, on a session of the same
 * sandbox and limits as `serve`. Line editing and history (libedit) when stdin is a terminal,
 * plain lines otherwise. */
#ifndef TIRBOX_REPL_H
#define TIRBOX_REPL_H

/* The `repl` subcommand; argv[0] is "repl". Returns the exit status. */
int repl_main(int argc, char **argv);

#endif
