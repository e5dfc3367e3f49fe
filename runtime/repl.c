/* runtime/repl.c — `tirbox repl` (see repl.h).
 *
 * Each complete input runs as one `cell` of the session "repl", so names persist and a trailing
 * expression's repr is shown. When the input is complete is decided as python's prompt does, from
 * the text alone: open brackets, an open triple-quoted string or a trailing backslash ask for more;
 * a block (a compound statement, a line ending with ':', a decorator) runs once an empty line is
 * entered.
 */
#include "runtime/repl.h"

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <unistd.h>

#include <editline/readline.h>

#include "runtime/cli.h"
#include "runtime/front.h"

#define SESSION "repl"

static void help(void)
{
    printf("usage: tirbox repl [OPTIONS]\n\n"
           "An interactive prompt like python's: >>> and ... for blocks, the value of an expression\n"
           "shown, tracebacks on stderr; exit() or Ctrl-D leaves. Ctrl-C drops the input typed so\n"
           "far, or raises KeyboardInterrupt in the running program; a second Ctrl-C ends a program\n"
           "stuck in a library call, and the session with it. Every input runs in one session of\n"
           "the sandbox, with the limits of `serve`. Line editing and history when stdin is a\n"
           "terminal; plain lines otherwise (prompts on stderr).\n\n"
           "options:\n%s", front_options_help);
}

typedef struct Text {
    char *s;
    size_t len, cap;
} Text;

static bool text_add(Text *t, const char *s, size_t n)
{
    if (t->len + n + 1 > t->cap) {
        size_t cap = (t->len + n + 1) * 2;
        char *p = realloc(t->s, cap);
        if (!p)
            return false;
        t->s = p;
        t->cap = cap;
    }
    memcpy(t->s + t->len, s, n);
    t->len += n;
    t->s[t->len] = '\0';
    return true;
}

/* True when the input starts a compound statement: python then waits for an empty line even when
 * the body is on the same line (`if x: print(x)`), since an `else:` or more body may follow. */
static bool starts_compound(const char *s)
{
    static const char *const heads[] = {"if", "while", "for", "def", "class", "with", "try", "async"};
    s += strspn(s, " \t");
    if (*s == '@')
        return true;
    size_t n = strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789");
    for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++)
        if (strlen(heads[i]) == n && strncmp(s, heads[i], n) == 0)
            return true;
    return false;
}

/* True when the input so far needs another line before it can run. */
static bool needs_more(const char *s)
{
    int depth = 0;
    char quote = 0;          /* the open string's quote character */
    bool triple = false;
    bool block = starts_compound(s);
    char last = 0;           /* last significant character of the current line */
    const char *line = s;    /* start of the current line */
    const char *ended = s;   /* start of the last complete line */
    for (const char *p = s; *p; p++) {
        if (quote) {
            if (*p == '\\' && p[1])
                p++;
            else if (*p == quote && (!triple || (p[1] == quote && p[2] == quote))) {
                p += triple ? 2 : 0;
                quote = 0;
            } else if (*p == '\n' && !triple) {
                quote = 0;   /* an unterminated string: the compiler will say so */
            }
            continue;
        }
        switch (*p) {
        case '#':
            while (p[1] && p[1] != '\n')
                p++;
            break;
        case '\'':
        case '"':
            quote = *p;
            triple = p[1] == *p && p[2] == *p;
            p += triple ? 2 : 0;
            last = *p;
            break;
        case '(': case '[': case '{':
            depth++;
            last = *p;
            break;
        case ')': case ']': case '}':
            depth -= depth > 0;
            last = *p;
            break;
        case '\n':
            if (depth == 0 && last == ':')
                block = true;
            if (last != '\\')
                last = 0;
            ended = line;
            line = p + 1;
            break;
        case ' ': case '\t': case '\r':
            break;
        default:
            last = *p;
        }
    }
    if ((quote && triple) || depth > 0 || last == '\\')
        return true;
    return block && ended[strspn(ended, " \t\r")] != '\n';
}

typedef struct Repl {
    FrontRunner *runner;
    bool tty;
    bool leave;
    int status;
    const Text *input;
} Repl;

static void show(void *ctx, const ProtoResult *r)
{
    Repl *rp = ctx;
    fwrite(r->out, 1, r->out_len, stdout);
    if (r->status == PROTO_OK && r->display)
        printf("%s\n", r->display);
    fflush(stdout);
    if (r->status == PROTO_OK)
        return;
    if (front_system_exit(r, &rp->status)) {
        rp->leave = true;
        return;
    }
    front_print_error("<stdin>", rp->input->s, rp->input->len, false, r);
    if (r->status == PROTO_CRASH)
        fputs("(the worker died: the session starts afresh)\n", stderr);
}

/* One byte of fd, waiting with SIGINT let in only inside pselect; -1 at EOF, on an error or once
 * Ctrl-C has been pressed. libedit's own reader loses a Ctrl-C that arrives while it is between two
 * read() calls (echoing a key, say): the signal interrupts no read, and the next read waits on. */
static int read_byte(int fd)
{
    sigset_t block, open;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigprocmask(SIG_BLOCK, &block, &open);
    sigdelset(&open, SIGINT);
    int c = -1;
    while (!front_interrupted) {
        fd_set in;
        FD_ZERO(&in);
        FD_SET(fd, &in);
        if (pselect(fd + 1, &in, NULL, NULL, NULL, &open) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        /* Not a blocking read: the Ctrl-C that flushes the terminal's input may come between
         * pselect and read, taking the key pselect saw; read would then wait with SIGINT blocked. */
        unsigned char b;
        int flags = fcntl(fd, F_GETFL);
        fcntl(fd, F_SETFL, flags | O_NONBLOCK);
        ssize_t n = read(fd, &b, 1);
        int err = errno;
        fcntl(fd, F_SETFL, flags);
        if (n == 1)
            c = b;
        if (n == 1 || n == 0 || (err != EINTR && err != EAGAIN))
            break;
    }
    sigprocmask(SIG_SETMASK, &open, NULL);
    return c;
}

/* libedit's key reader (rl_getc_function): one character, decoded from UTF-8 (libedit takes the
 * value as a wide character), U+FFFD for a malformed sequence; -1 as read_byte. */
static int read_key(FILE *in)
{
    int fd = fileno(in);
    int c = read_byte(fd);
    if (c < 0x80)
        return c;
    int more = c >= 0xF8 ? -1 : c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : -1;
    if (more < 0)
        return 0xFFFD;
    int code = c & (0x3F >> more);
    while (more-- > 0) {
        int b = read_byte(fd);
        if (b < 0)
            return -1;
        if ((b & 0xC0) != 0x80)
            return 0xFFFD;
        code = code << 6 | (b & 0x3F);
    }
    return code;
}

/* One line without its newline (malloc'd), or NULL at EOF or on Ctrl-C (front_interrupted). */
static char *read_line(const Repl *rp, const char *prompt)
{
    if (rp->tty)
        return readline(prompt);
    fputs(prompt, stderr);
    fflush(stderr);
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = getline(&line, &cap, stdin);
    if (n < 0) {
        free(line);
        return NULL;
    }
    if (n > 0 && line[n - 1] == '\n')
        line[n - 1] = '\0';
    return line;
}

static bool is_exit(const char *s)
{
    s += strspn(s, " \t\n");
    size_t n = strlen(s);
    while (n && strchr(" \t\n", s[n - 1]))
        n--;
    return (n == 6 && strncmp(s, "exit()", 6) == 0) || (n == 6 && strncmp(s, "quit()", 6) == 0);
}

static void run_input(Repl *rp, const char *code, size_t len, const char *prelude)
{
    ProtoRequest req = {.id = "null", .op = PROTO_EXEC, .session = SESSION, .code = code,
                        .code_len = len, .cell = true, .prelude = prelude, .filename = "<stdin>"};
    if (front_exec(rp->runner, &req, show, rp))
        return;
    if (front_interrupted) {
        fputs("\nKeyboardInterrupt\n(the session starts afresh)\n", stderr);
    } else {
        fputs("tirbox repl: no workers left to run programs\n", stderr);
        rp->leave = true;
        rp->status = 1;
    }
}

int repl_main(int argc, char **argv)
{
    if (cli_wants_help(argc, argv)) {
        help();
        return 0;
    }
    FrontOptions opt;
    front_defaults(&opt);
    for (int i = 1; i < argc; i++) {
        int k = front_option("repl", argc, argv, &i, &opt);
        if (k < 0)
            return 2;
        if (k == 0)
            return cli_usage_error("repl", "unknown argument '%s'", argv[i]);
    }
    Repl rp = {.tty = isatty(STDIN_FILENO) && isatty(STDOUT_FILENO)};
    rp.runner = front_start(&opt);
    if (!rp.runner)
        return 1;
    if (rp.tty) {
        /* Python source is UTF-8 whatever the user's locale; libedit shows and returns the line
         * through LC_CTYPE. (C.UTF-8 classifies single bytes exactly as C does, so <ctype.h> in
         * the workers forked later is unchanged.) */
        setlocale(LC_CTYPE, "C.UTF-8");
        rl_getc_function = read_key;     /* before using_history, which sets libedit up */
        using_history();
        printf("tirbox %s: Python 3.11 and sympy 1.14 semantics, in a sandbox.\n"
               "Type exit() or Ctrl-D to leave.\n", TIRBOX_VERSION);
    }
    Text input = {0};
    rp.input = &input;
    if (strcmp(opt.prelude, "none") != 0)
        run_input(&rp, "", 0, opt.prelude);
    for (bool eof = false; !eof && !rp.leave;) {
        front_interrupted = 0;
        char *line = read_line(&rp, input.len ? "... " : ">>> ");
        if (!line && front_interrupted) {     /* Ctrl-C drops the input typed so far */
            fputs("\nKeyboardInterrupt\n", stderr);
            input.len = 0;
            continue;
        }
        eof = !line;
        if (eof) {                            /* what is pending still runs, as in python */
            fputc('\n', rp.tty ? stdout : stderr);   /* where the prompt went */
        } else {
            if (rp.tty && line[strspn(line, " \t")])
                add_history(line);
            bool ok = text_add(&input, line, strlen(line)) && text_add(&input, "\n", 1);
            free(line);
            if (!ok) {
                fputs("tirbox repl: out of memory\n", stderr);
                rp.status = 1;
                break;
            }
            if (needs_more(input.s))
                continue;
        }
        if (!input.len)
            continue;
        if (is_exit(input.s))
            break;
        if (input.s[strspn(input.s, " \t\r\n")])
            run_input(&rp, input.s, input.len, "none");
        input.len = 0;
    }
    free(input.s);
    front_stop(rp.runner);
    return rp.status;
}
