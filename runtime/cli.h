/* runtime/cli.h — the `tirbox` command line: the subcommand table, `--help` and `--version`, and
 * the usage conventions every subcommand follows: `--help` answers on stdout with status 0; bad
 * usage gets one line on stderr naming the problem and a pointer to `--help`, with status 2.
 */
#ifndef TIRBOX_CLI_H
#define TIRBOX_CLI_H

#include <stdbool.h>

#define TIRBOX_VERSION "0.1.0"

/* The `tirbox` command: dispatches argv[1] to its subcommand; returns the exit status. */
int cli_main(int argc, char **argv);

/* Prints "tirbox CMD: <message>" and a pointer to `tirbox CMD --help` on stderr; returns 2. */
int cli_usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* True when argv[1..argc-1] asks for help (-h or --help). */
bool cli_wants_help(int argc, char **argv);

#endif
