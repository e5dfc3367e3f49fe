/* runtime/main.c — the `tirbox` command: dispatches to the subcommands. */
#include <stdio.h>
#include <string.h>

#include "runtime/cli_grade.h"

static int usage(void)
{
    fputs("usage: tirbox COMMAND [ARGS]\n"
          "  grade FILE.jsonl [--tora] [--vote] [--shard i/n] [--report OUT.json]   batch grading\n",
          stderr);
    return 2;
}

int main(int argc, char **argv)
{
    if (argc >= 2 && strcmp(argv[1], "grade") == 0)
        return cli_grade_main(argc - 1, argv + 1);
    return usage();
}
