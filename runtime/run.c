/* runtime/run.c — `tirbox run` (see run.h). */
#include "runtime/run.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/cli.h"
#include "runtime/front.h"

enum { EXIT_RAISED = 1, EXIT_TIMEOUT = 3, EXIT_MEMORY = 4, EXIT_CRASH = 5, EXIT_INTERRUPTED = 130 };

static void help(void)
{
    printf("usage: tirbox run [OPTIONS] FILE.py|-\n\n"
           "Runs one program (- reads it from stdin) in the sandbox, with the limits of `serve`.\n"
           "Its stdout goes to stdout, an uncaught exception to stderr as a traceback.\n\n"
           "options:\n"
           "  --cell               also print the repr of a trailing expression, like a notebook\n"
           "%s\n"
           "exit status: 0 done, 1 the program raised, 2 bad usage or unreadable file,\n"
           "%d over the time limit, %d over the memory limit, %d the worker crashed,\n"
           "%d interrupted (Ctrl-C); SystemExit(n) exits with n, as python does.\n",
           front_options_help, EXIT_TIMEOUT, EXIT_MEMORY, EXIT_CRASH, EXIT_INTERRUPTED);
}

/* The whole of f, NUL-terminated, or NULL. */
static char *slurp(FILE *f, size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        n += fread(buf + n, 1, cap - n - 1, f);
        if (ferror(f)) {
            free(buf);
            return NULL;
        }
        if (feof(f))
            break;
        if (cap - n - 1 == 0) {
            char *more = realloc(buf, cap *= 2);
            if (!more)
                free(buf);
            buf = more;
        }
    }
    if (buf) {
        buf[n] = '\0';
        *len = n;
    }
    return buf;
}

typedef struct Outcome {
    const char *file;
    const char *code;
    size_t code_len;
    size_t output_bytes;
    int status;
} Outcome;

static void show(void *ctx, const ProtoResult *r)
{
    Outcome *o = ctx;
    fwrite(r->out, 1, r->out_len, stdout);
    if (r->display && r->status == PROTO_OK)
        printf("%s\n", r->display);
    fflush(stdout);
    if (r->truncated)
        fprintf(stderr, "tirbox run: output cut at %zu bytes (--output-bytes)\n", o->output_bytes);
    if (r->status == PROTO_OK || front_system_exit(r, &o->status))
        return;
    front_print_error(o->file, o->code, o->code_len, true, r);
    bool interrupted = r->error_type && strcmp(r->error_type, "KeyboardInterrupt") == 0;
    o->status = r->status == PROTO_TIMEOUT ? EXIT_TIMEOUT : r->status == PROTO_MEMORY ? EXIT_MEMORY
              : r->status == PROTO_CRASH ? EXIT_CRASH : interrupted ? EXIT_INTERRUPTED : EXIT_RAISED;
}

int run_main(int argc, char **argv)
{
    if (cli_wants_help(argc, argv)) {
        help();
        return 0;
    }
    FrontOptions opt;
    front_defaults(&opt);
    const char *path = NULL;
    bool cell = false;
    for (int i = 1; i < argc; i++) {
        int k = front_option("run", argc, argv, &i, &opt);
        if (k < 0)
            return 2;
        if (k > 0)
            continue;
        if (strcmp(argv[i], "--cell") == 0)
            cell = true;
        else if (argv[i][0] == '-' && argv[i][1])
            return cli_usage_error("run", "unknown option '%s'", argv[i]);
        else if (path)
            return cli_usage_error("run", "one program at a time ('%s' and '%s')", path, argv[i]);
        else
            path = argv[i];
    }
    if (!path)
        return cli_usage_error("run", "which program? (a file, or - for stdin)");
    bool from_stdin = strcmp(path, "-") == 0;
    FILE *f = from_stdin ? stdin : fopen(path, "rb");
    size_t len = 0;
    char *code = f ? slurp(f, &len) : NULL;
    if (f && !from_stdin)
        fclose(f);
    if (!code) {
        fprintf(stderr, "tirbox run: cannot read %s: %m\n", from_stdin ? "stdin" : path);
        return 2;
    }
    FrontRunner *cr = front_start(&opt);
    if (!cr) {
        free(code);
        return EXIT_CRASH;
    }
    ProtoRequest req = {.id = "null", .op = PROTO_EXEC, .code = code, .code_len = len, .cell = cell,
                        .prelude = opt.prelude, .filename = from_stdin ? "<stdin>" : path};
    Outcome o = {from_stdin ? "<stdin>" : path, code, len, opt.output_bytes, 0};
    if (!front_exec(cr, &req, show, &o)) {
        fputs("KeyboardInterrupt\n", stderr);
        o.status = EXIT_INTERRUPTED;
    }
    front_stop(cr);
    free(code);
    return o.status;
}
