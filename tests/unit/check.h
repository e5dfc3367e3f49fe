/* tests/unit/check.h — the unit-test harness: each TEST prints one PASS or FAIL line, which
 * tests/run counts; the binary exits non-zero when any test failed. */
#ifndef TIRBOX_CHECK_H
#define TIRBOX_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_failed_total;
static int check_failed_here;

#define CHECK(cond)                                                                 \
    do {                                                                            \
        if (!(cond)) {                                                              \
            if (!check_failed_here)                                                 \
                printf("FAIL %s: %s:%d: %s\n", check_current, __FILE__, __LINE__, #cond); \
            check_failed_here = 1;                                                  \
        }                                                                           \
    } while (0)

#define CHECK_STR(got, want)                                                        \
    do {                                                                            \
        const char *g_ = (got), *w_ = (want);                                       \
        if (!g_ || strcmp(g_, w_) != 0) {                                           \
            if (!check_failed_here)                                                 \
                printf("FAIL %s: %s:%d: got \"%s\", want \"%s\"\n", check_current,   \
                       __FILE__, __LINE__, g_ ? g_ : "(null)", w_);                 \
            check_failed_here = 1;                                                  \
        }                                                                           \
    } while (0)

static const char *check_current = "";

#define RUN(fn)                                                                     \
    do {                                                                            \
        check_current = #fn;                                                        \
        check_failed_here = 0;                                                      \
        fn();                                                                       \
        if (!check_failed_here)                                                     \
            printf("PASS %s\n", #fn);                                               \
        check_failed_total += check_failed_here;                                    \
        fflush(stdout);                                                             \
    } while (0)

#define CHECK_EXIT() (check_failed_total ? 1 : 0)

#endif
