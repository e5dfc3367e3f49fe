/* runtime/cli.c — the `tirbox` command line (see cli.h). */
#include "runtime/cli.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "runtime/cli_grade.h"
#include "runtime/repl.h"
#include "runtime/run.h"
#include "runtime/serve.h"

typedef struct Command {
    const char *name;
    int (*main)(int argc, char **argv);
    const char *synopsis;
} Command;

static const Command commands[] = {
    {"serve", serve_main, "serve [OPTIONS]                the JSON-lines server (protocol/PROTOCOL.md)"},
    {"run", run_main, "run [OPTIONS] FILE.py|-        run one program in the sandbox"},
    {"repl", repl_main, "repl [OPTIONS]                 interactive prompt, like python's"},
    {"grade", cli_grade_main, "grade FILE.jsonl [OPTIONS]     grade a file of model completions"},
};
#define NCOMMANDS (sizeof commands / sizeof commands[0])

static void usage(FILE *f)
{
    fputs("usage: tirbox COMMAND [ARGS]\n\n"
          "A sandboxed runtime for the Python programs math-reasoning models write.\n\n"
          "commands:\n", f);
    for (size_t i = 0; i < NCOMMANDS; i++)
        fprintf(f, "  %s\n", commands[i].synopsis);
    fputs("\n  tirbox COMMAND --help         options of a command\n"
          "  tirbox --version              version\n\n"
          "See tirbox(1).\n", f);
}

static const Command *find(const char *name)
{
    for (size_t i = 0; i < NCOMMANDS; i++)
        if (strcmp(commands[i].name, name) == 0)
            return &commands[i];
    return NULL;
}

int cli_main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    const char *arg = argv[1];
    if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0 || (strcmp(arg, "help") == 0 && argc == 2)) {
        usage(stdout);
        return 0;
    }
    if (strcmp(arg, "--version") == 0 || strcmp(arg, "-V") == 0) {
        printf("tirbox %s\n", TIRBOX_VERSION);
        return 0;
    }
    bool help = strcmp(arg, "help") == 0;     /* `tirbox help CMD` is `tirbox CMD --help` */
    const Command *c = find(help ? argv[2] : arg);
    if (!c) {
        fprintf(stderr, "tirbox: unknown command '%s'\n", help ? argv[2] : arg);
        usage(stderr);
        return 2;
    }
    if (help) {
        char opt[] = "--help";
        char *args[] = {argv[2], opt, NULL};
        return c->main(2, args);
    }
    return c->main(argc - 1, argv + 1);
}

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "tirbox %s: ", cmd);
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, "\nTry 'tirbox %s --help'.\n", cmd);
    va_end(ap);
    return 2;
}

bool cli_wants_help(int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
            return true;
    return false;
}
