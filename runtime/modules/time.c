/* runtime/modules/time.c — the `time` module (see time.h). */
#include "runtime/modules/time.h"

#include <math.h>
#include <time.h>

#include "runtime/lang/exc.h"
#include "runtime/lang/float.h"
#include "runtime/lang/func.h"
#include "runtime/lang/int.h"
#include "runtime/lang/str.h"
#include "runtime/modules/datetime.h"

static double clock_seconds(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static Obj *clock_ns(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return int_from_i64((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
}

#define CLOCK_FN(fn, id)                                                              \
    static Obj *t_##fn(Obj *self, Obj **args, int nargs, Obj *kwnames)               \
    {                                                                                 \
        (void)self, (void)args;                                                       \
        args_no_kw(#fn, kwnames);                                                     \
        args_count(#fn, nargs, 0, 0);                                                 \
        return float_new(clock_seconds(id));                                          \
    }                                                                                 \
    static Obj *t_##fn##_ns(Obj *self, Obj **args, int nargs, Obj *kwnames)          \
    {                                                                                 \
        (void)self, (void)args;                                                       \
        args_no_kw(#fn "_ns", kwnames);                                               \
        args_count(#fn "_ns", nargs, 0, 0);                                           \
        return clock_ns(id);                                                          \
    }
CLOCK_FN(time, CLOCK_REALTIME)
CLOCK_FN(perf_counter, CLOCK_MONOTONIC)
CLOCK_FN(monotonic, CLOCK_MONOTONIC)
CLOCK_FN(process_time, CLOCK_PROCESS_CPUTIME_ID)
#undef CLOCK_FN

static Obj *t_sleep(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_no_kw("sleep", kwnames);
    args_count("sleep", nargs, 1, 1);
    double s = float_as_double(args[0]);
    if (isnan(s))
        exc_raisef(&type_ValueError, "Invalid value NaN (not a number)");
    if (s < 0)
        exc_raisef(&type_ValueError, "sleep length must be non-negative");
    return None;
}

/* strftime(format) and ctime() of the current local time. */
static Obj *format_now(const char *fmt)
{
    struct tm tm;
    int us;
    datetime_utc_now(&tm, &us);
    char buf[512];
    size_t n = strftime(buf, sizeof buf, fmt, &tm);
    return str_new(buf, n);
}

static Obj *t_strftime(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_no_kw("strftime", kwnames);
    args_count("strftime", nargs, 1, 1);
    if (!str_check(args[0]))
        exc_raisef(&type_TypeError, "strftime() argument 1 must be str, not %s", obj_type_name(args[0]));
    return format_now(str_cstr(args[0]));
}

static Obj *t_ctime(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self, (void)args;
    args_no_kw("ctime", kwnames);
    args_count("ctime", nargs, 0, 0);
    return format_now("%a %b %e %H:%M:%S %Y");
}

static void time_init(Obj *m)
{
    static const struct {
        const char *name;
        NativeFn fn;
    } fns[] = {
        {"time", t_time}, {"time_ns", t_time_ns}, {"perf_counter", t_perf_counter},
        {"perf_counter_ns", t_perf_counter_ns}, {"monotonic", t_monotonic}, {"monotonic_ns", t_monotonic_ns},
        {"process_time", t_process_time}, {"process_time_ns", t_process_time_ns}, {"sleep", t_sleep},
        {"strftime", t_strftime}, {"ctime", t_ctime},
    };
    for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++)
        module_add_function(m, fns[i].name, fns[i].fn);
}

const ModuleDef time_module = {"time", time_init, NULL};
