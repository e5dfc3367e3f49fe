/* runtime/modules/datetime.c — the `datetime` module (see datetime.h).
 *
 * Dates are handled as proleptic Gregorian ordinals (day 1 is 0001-01-01); a timedelta is a
 * count of microseconds held normalised as days, seconds in [0, 86400) and microseconds in
 * [0, 10**6). Arithmetic on microsecond counts uses 128-bit integers, and floats enter as their
 * exact ratios, rounded half to even as CPython rounds them. */
#include "runtime/modules/datetime.h"

#include <ctype.h>
#include <gmp.h>
#include <math.h>
#include <string.h>
#include <time.h>

#include "base/gc.h"
#include "runtime/lang/class.h"
#include "runtime/lang/dict.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/float.h"
#include "runtime/lang/func.h"
#include "runtime/lang/int.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"
#include "runtime/modules/collections.h"
#include "runtime/modules/fractions.h"

typedef __int128 i128;

#define US_PER_DAY ((int64_t)86400 * 1000000)
#define MAX_DAYS 999999999

typedef struct TimedeltaObj {
    Obj base;
    int64_t days;
    int32_t seconds, us;
} TimedeltaObj;

typedef struct DateObj {    /* datetime extends it */
    Obj base;
    int year, month, day;
    int hour, minute, second, us;
} DateObj;

typedef struct TimeObj {
    Obj base;
    int hour, minute, second, us;
} TimeObj;

static Type timedelta_type, date_type, datetime_type, time_type;

static bool is_td(Obj *o) { return !is_small(o) && obj_is(o, &timedelta_type); }
static bool is_dt(Obj *o) { return !is_small(o) && obj_is(o, &datetime_type); }

/* ---- calendar ---------------------------------------------------------------------------------- */

static bool leap(int y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }

static int days_in_month(int y, int m)
{
    static const int dim[] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : dim[m];
}

static int64_t days_before_year(int y)
{
    int64_t p = y - 1;
    return p * 365 + p / 4 - p / 100 + p / 400;
}

static int days_before_month(int y, int m)
{
    int d = 0;
    for (int k = 1; k < m; k++)
        d += days_in_month(y, k);
    return d;
}

static int64_t to_ordinal(int y, int m, int d) { return days_before_year(y) + days_before_month(y, m) + d; }

static void from_ordinal(int64_t n, int *y, int *m, int *d)
{
    int year = (int)((n - 1) / 366) + 1;
    while (days_before_year(year + 1) < n)
        year++;
    int64_t rest = n - days_before_year(year);
    int month = 1;
    while (rest > days_in_month(year, month)) {
        rest -= days_in_month(year, month);
        month++;
    }
    *y = year;
    *m = month;
    *d = (int)rest;
}

static void check_date(int y, int m, int d)
{
    if (y < 1 || y > 9999)
        exc_raisef(&type_ValueError, "year %d is out of range", y);
    if (m < 1 || m > 12)
        exc_raisef(&type_ValueError, "month must be in 1..12");
    if (d < 1 || d > days_in_month(y, m))
        exc_raisef(&type_ValueError, "day is out of range for month");
}

static void check_time(int h, int mi, int s, int us)
{
    if (h < 0 || h > 23)
        exc_raisef(&type_ValueError, "hour must be in 0..23");
    if (mi < 0 || mi > 59)
        exc_raisef(&type_ValueError, "minute must be in 0..59");
    if (s < 0 || s > 59)
        exc_raisef(&type_ValueError, "second must be in 0..59");
    if (us < 0 || us > 999999)
        exc_raisef(&type_ValueError, "microsecond must be in 0..999999");
}

/* ---- timedelta ----------------------------------------------------------------------------------- */

static Obj *td_from_us(Type *type, i128 us)
{
    i128 days = us / US_PER_DAY, rest = us % US_PER_DAY;
    if (rest < 0) {
        rest += US_PER_DAY;
        days--;
    }
    if (days > MAX_DAYS || days < -MAX_DAYS)
        exc_raisef(&type_OverflowError, "days=%lld; must have magnitude <= %d", (long long)days, MAX_DAYS);
    TimedeltaObj *t = gc_alloc(sizeof *t);
    t->base.type = type;
    t->days = (int64_t)days;
    t->seconds = (int32_t)(rest / 1000000);
    t->us = (int32_t)(rest % 1000000);
    return (Obj *)t;
}

static i128 td_us(Obj *o)
{
    TimedeltaObj *t = (TimedeltaObj *)o;
    return (i128)t->days * US_PER_DAY + (i128)t->seconds * 1000000 + t->us;
}

/* q rounded half to even, as an i128. */
static i128 round_mpq(mpq_t q)
{
    mpz_t f, r2;
    mpz_inits(f, r2, NULL);
    mpz_fdiv_qr(f, r2, mpq_numref(q), mpq_denref(q));
    mpz_mul_2exp(r2, r2, 1);
    int c = mpz_cmp(r2, mpq_denref(q));
    if (c > 0 || (c == 0 && mpz_odd_p(f)))
        mpz_add_ui(f, f, 1);
    if (mpz_sizeinbase(f, 2) > 120) {
        mpz_clears(f, r2, NULL);
        exc_raisef(&type_OverflowError, "date value out of range");
    }
    bool neg = mpz_sgn(f) < 0;
    mpz_abs(f, f);
    i128 v = (i128)mpz_get_ui(f);
    mpz_tdiv_q_2exp(f, f, 64);
    v |= (i128)mpz_get_ui(f) << 64;
    mpz_clears(f, r2, NULL);
    return neg ? -v : v;
}

static void mpq_from_i128(mpq_t q, i128 v)
{
    bool neg = v < 0;
    unsigned __int128 u = neg ? -(unsigned __int128)v : (unsigned __int128)v;
    mpz_set_ui(mpq_numref(q), (unsigned long)(u >> 64));
    mpz_mul_2exp(mpq_numref(q), mpq_numref(q), 64);
    mpz_add_ui(mpq_numref(q), mpq_numref(q), (unsigned long)u);
    if (neg)
        mpz_neg(mpq_numref(q), mpq_numref(q));
    mpz_set_ui(mpq_denref(q), 1);
}

/* Adds value * scale microseconds to acc, exactly (value an int or a float). */
static void add_scaled(mpq_t acc, Obj *value, long scale)
{
    mpq_ptr v = fractions_temp();
    if (float_check(value)) {
        double d = float_value(value);
        if (!isfinite(d))
            exc_raisef(isnan(d) ? &type_ValueError : &type_OverflowError, "cannot convert float %s to integer",
                       isnan(d) ? "NaN" : "infinity");
        mpq_set_d(v, d);
    } else if (int_check(value)) {
        int_get_mpz(value, mpq_numref(v));
    } else {
        exc_raisef(&type_TypeError, "unsupported type for timedelta component: %s", obj_type_name(value));
    }
    mpz_mul_si(mpq_numref(v), mpq_numref(v), scale);
    mpq_canonicalize(v);
    mpq_add(acc, acc, v);
}

static Obj *timedelta_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"days", "seconds", "microseconds", "milliseconds", "minutes", "hours",
                                        "weeks", NULL};
    static const long scales[] = {86400000000L, 1000000L, 1L, 1000L, 60000000L, 3600000000L, 604800000000L};
    Obj *a[7];
    args_parse("timedelta", args, nargs, kwnames, names, 0, a);
    mpq_ptr acc = fractions_temp();
    for (int i = 0; i < 7; i++)
        if (a[i])
            add_scaled(acc, a[i], scales[i]);
    return td_from_us(type, round_mpq(acc));
}

static Obj *td_repr(Obj *self)
{
    TimedeltaObj *t = (TimedeltaObj *)self;
    if (!t->days && !t->seconds && !t->us)
        return str_from_cstr("datetime.timedelta(0)");
    Buf b;
    buf_init(&b);
    buf_puts(&b, "datetime.timedelta(");
    const char *sep = "";
    if (t->days) {
        buf_printf(&b, "days=%lld", (long long)t->days);
        sep = ", ";
    }
    if (t->seconds) {
        buf_printf(&b, "%sseconds=%d", sep, t->seconds);
        sep = ", ";
    }
    if (t->us)
        buf_printf(&b, "%smicroseconds=%d", sep, t->us);
    buf_putc(&b, ')');
    return str_from_buf(&b);
}

static Obj *td_str(Obj *self)
{
    TimedeltaObj *t = (TimedeltaObj *)self;
    Buf b;
    buf_init(&b);
    if (t->days)
        buf_printf(&b, "%lld day%s, ", (long long)t->days, t->days == 1 || t->days == -1 ? "" : "s");
    buf_printf(&b, "%d:%02d:%02d", t->seconds / 3600, t->seconds / 60 % 60, t->seconds % 60);
    if (t->us)
        buf_printf(&b, ".%06d", t->us);
    return str_from_buf(&b);
}

static Obj *i128_to_int(i128 v)
{
    if (v >= INT64_MIN && v <= INT64_MAX)
        return int_from_i64((int64_t)v);
    mpq_t q;
    mpq_init(q);
    mpq_from_i128(q, v);
    Obj *r = int_from_mpz(mpq_numref(q));
    mpq_clear(q);
    return r;
}

/* td * number or td / number, exact then rounded half to even. */
static Obj *td_scale(Obj *td, Obj *n, bool divide)
{
    mpq_ptr q = fractions_temp(), f = fractions_temp();
    mpq_from_i128(q, td_us(td));
    if (float_check(n)) {
        double d = float_value(n);
        if (!isfinite(d))
            exc_raisef(&type_ValueError, "cannot convert float %s to integer ratio", isnan(d) ? "NaN" : "infinity");
        mpq_set_d(f, d);
    } else {
        int_get_mpz(n, mpq_numref(f));
    }
    if (divide) {
        if (mpq_sgn(f) == 0)
            exc_raisef(&type_ZeroDivisionError, float_check(n) ? "float division by zero" : "integer division or modulo by zero");
        mpq_div(q, q, f);
    } else {
        mpq_mul(q, q, f);
    }
    return td_from_us(&timedelta_type, round_mpq(q));
}

static i128 floordiv128(i128 a, i128 b)
{
    i128 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        q--;
    return q;
}

static Obj *date_add_td(Obj *d, i128 us);

static Obj *td_binop(Obj *a, Obj *b, int op)
{
    int k = OP_BASE(op);
    if (is_td(a) && is_td(b)) {
        i128 x = td_us(a), y = td_us(b);
        switch (k) {
        case OP_ADD: return td_from_us(&timedelta_type, x + y);
        case OP_SUB: return td_from_us(&timedelta_type, x - y);
        case OP_TRUEDIV:
            if (!y)
                exc_raisef(&type_ZeroDivisionError, "division by zero");
            return obj_binop(i128_to_int(x), i128_to_int(y), OP_TRUEDIV);
        case OP_FLOORDIV:
            if (!y)
                exc_raisef(&type_ZeroDivisionError, "integer division or modulo by zero");
            return i128_to_int(floordiv128(x, y));
        case OP_MOD:
            if (!y)
                exc_raisef(&type_ZeroDivisionError, "integer modulo by zero");
            return td_from_us(&timedelta_type, x - floordiv128(x, y) * y);
        case OP_DIVMOD:
            if (!y)
                exc_raisef(&type_ZeroDivisionError, "integer division or modulo by zero");
            return tuple_pack(2, i128_to_int(floordiv128(x, y)), td_from_us(&timedelta_type, x - floordiv128(x, y) * y));
        default: return NotImplemented;
        }
    }
    Obj *td = is_td(a) ? a : b, *other = is_td(a) ? b : a;
    bool td_left = is_td(a);
    if (k == OP_MUL && (int_check(other) || float_check(other)))
        return td_scale(td, other, false);
    if (td_left && k == OP_TRUEDIV && (int_check(other) || float_check(other)))
        return td_scale(td, other, true);
    if (td_left && k == OP_FLOORDIV && int_check(other)) {
        int64_t n;
        if (!int_get_i64(other, &n) || n == 0) {
            if (int_sign(other) == 0)
                exc_raisef(&type_ZeroDivisionError, "integer division or modulo by zero");
            return td_from_us(&timedelta_type, 0);
        }
        return td_from_us(&timedelta_type, floordiv128(td_us(td), n));
    }
    if (k == OP_ADD && !is_small(other) && obj_is(other, &date_type))
        return date_add_td(other, td_us(td));
    return NotImplemented;
}

static Obj *td_unop(Obj *a, int op)
{
    switch (op) {
    case UNARY_NEG: return td_from_us(&timedelta_type, -td_us(a));
    case UNARY_POS: return td_from_us(&timedelta_type, td_us(a));
    case UNARY_ABS: return td_from_us(&timedelta_type, td_us(a) < 0 ? -td_us(a) : td_us(a));
    default: return NotImplemented;
    }
}

static int cmp128(i128 a, i128 b) { return a < b ? -1 : a > b; }

static Obj *td_compare(Obj *a, Obj *b, int op)
{
    if (!is_td(b))
        return NotImplemented;
    return bool_from(int_cmp_holds(cmp128(td_us(a), td_us(b)), op));
}

static int64_t td_hash(Obj *o)
{
    TimedeltaObj *t = (TimedeltaObj *)o;
    int64_t h = t->days * 1000003 ^ (int64_t)t->seconds * 1009 ^ t->us;
    return h == -1 ? -2 : h;
}

static bool td_truth(Obj *o) { return td_us(o) != 0; }

static Obj *td_total_seconds(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("total_seconds", kwnames);
    args_count("total_seconds", nargs, 0, 0);
    return obj_binop(i128_to_int(td_us(self)), small_new(1000000), OP_TRUEDIV);
}

static Obj *td_get_days(Obj *self) { return int_from_i64(((TimedeltaObj *)self)->days); }
static Obj *td_get_seconds(Obj *self) { return small_new(((TimedeltaObj *)self)->seconds); }
static Obj *td_get_us(Obj *self) { return small_new(((TimedeltaObj *)self)->us); }

static const MethodDef td_methods[] = {
    {"total_seconds", td_total_seconds, 0},
    {NULL, NULL, 0},
};

static const GetSetDef td_getsets[] = {
    {"days", td_get_days, NULL}, {"seconds", td_get_seconds, NULL}, {"microseconds", td_get_us, NULL},
    {NULL, NULL, NULL},
};

static Type timedelta_type = {
    .base = {&type_type}, .name = "datetime.timedelta", .flags = TF_BASETYPE, .basicsize = sizeof(TimedeltaObj),
    .new = timedelta_new, .repr = td_repr, .str = td_str, .hash = td_hash, .compare = td_compare,
    .binop = td_binop, .unop = td_unop, .truth = td_truth, .methods = td_methods, .getsets = td_getsets,
};

/* ---- date and datetime ----------------------------------------------------------------------- */

static Obj *make_date(Type *type, int y, int m, int d, int h, int mi, int s, int us)
{
    check_date(y, m, d);
    check_time(h, mi, s, us);
    DateObj *o = gc_alloc(sizeof *o);
    o->base.type = type;
    o->year = y, o->month = m, o->day = d, o->hour = h, o->minute = mi, o->second = s, o->us = us;
    return (Obj *)o;
}

static int int_field(Obj *o)
{
    if (float_check(o))
        exc_raisef(&type_TypeError, "'float' object cannot be interpreted as an integer");
    int64_t v = obj_index_i64(o);
    return v > INT32_MAX ? INT32_MAX : v < INT32_MIN ? INT32_MIN : (int)v;
}

static Obj *date_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"year", "month", "day", NULL};
    Obj *a[3];
    args_parse("date", args, nargs, kwnames, names, 3, a);
    return make_date(type, int_field(a[0]), int_field(a[1]), int_field(a[2]), 0, 0, 0, 0);
}

static Obj *datetime_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"year", "month", "day", "hour", "minute", "second", "microsecond",
                                        "tzinfo", NULL};
    Obj *a[8];
    args_parse("datetime", args, nargs, kwnames, names, 3, a);
    if (a[7] && a[7] != None)
        exc_raisef(&type_NotImplementedError, "time zones are not supported");
    return make_date(type, int_field(a[0]), int_field(a[1]), int_field(a[2]), a[3] ? int_field(a[3]) : 0,
                     a[4] ? int_field(a[4]) : 0, a[5] ? int_field(a[5]) : 0, a[6] ? int_field(a[6]) : 0);
}

static DateObj *D(Obj *o) { return (DateObj *)o; }

static int64_t ordinal_of(Obj *o) { return to_ordinal(D(o)->year, D(o)->month, D(o)->day); }

static i128 dt_us(Obj *o)
{
    DateObj *d = D(o);
    return (i128)ordinal_of(o) * US_PER_DAY + ((i128)d->hour * 3600 + d->minute * 60 + d->second) * 1000000 + d->us;
}

/* A date moved by whole days. */
static Obj *date_plus_days(Obj *d, int64_t days)
{
    int64_t n = ordinal_of(d) + days;
    if (n < 1 || n > to_ordinal(9999, 12, 31))
        exc_raisef(&type_OverflowError, "date value out of range");
    int y, m, dd;
    from_ordinal(n, &y, &m, &dd);
    return make_date(&date_type, y, m, dd, 0, 0, 0, 0);
}

/* d + us microseconds: a date moves by the timedelta's days (its normalised days field), a
 * datetime by all of it. */
static Obj *date_add_td(Obj *d, i128 us)
{
    if (!is_dt(d))
        return date_plus_days(d, (int64_t)floordiv128(us, US_PER_DAY));
    i128 t = dt_us(d) + us;
    i128 n = floordiv128(t, US_PER_DAY), rest = t - n * US_PER_DAY;
    if (n < 1 || n > to_ordinal(9999, 12, 31))
        exc_raisef(&type_OverflowError, "date value out of range");
    int y, m, dd;
    from_ordinal((int64_t)n, &y, &m, &dd);
    int64_t secs = (int64_t)(rest / 1000000);
    return make_date(&datetime_type, y, m, dd, (int)(secs / 3600), (int)(secs / 60 % 60), (int)(secs % 60),
                     (int)(rest % 1000000));
}

static Obj *date_binop(Obj *a, Obj *b, int op)
{
    int k = OP_BASE(op);
    bool a_date = !is_small(a) && obj_is(a, &date_type), b_date = !is_small(b) && obj_is(b, &date_type);
    if (k == OP_ADD && a_date && is_td(b))
        return date_add_td(a, td_us(b));
    if (k == OP_ADD && b_date && is_td(a))
        return date_add_td(b, td_us(a));
    if (k != OP_SUB || !a_date)
        return NotImplemented;
    if (is_td(b))
        return is_dt(a) ? date_add_td(a, -td_us(b)) : date_plus_days(a, -((TimedeltaObj *)b)->days);
    if (b_date && is_dt(a) == is_dt(b)) {
        if (is_dt(a))
            return td_from_us(&timedelta_type, dt_us(a) - dt_us(b));
        return td_from_us(&timedelta_type, (i128)(ordinal_of(a) - ordinal_of(b)) * US_PER_DAY);
    }
    return NotImplemented;
}

static Obj *date_compare(Obj *a, Obj *b, int op)
{
    bool b_date = !is_small(b) && obj_is(b, &date_type);
    if (!b_date)
        return NotImplemented;
    if (is_dt(a) != is_dt(b)) {
        if (op == CMP_EQ || op == CMP_NE)
            return bool_from(op == CMP_NE);
        exc_raisef(&type_TypeError, "can't compare %s to %s", TYPE(a)->name, TYPE(b)->name);
    }
    return bool_from(int_cmp_holds(cmp128(dt_us(a), dt_us(b)), op));
}

static int64_t date_hash(Obj *o)
{
    i128 v = dt_us(o);
    int64_t h = (int64_t)(v ^ (v >> 64)) ^ (is_dt(o) ? 0x5bd1e995 : 0);
    return h == -1 ? -2 : h;
}

static Obj *date_repr(Obj *self)
{
    DateObj *d = D(self);
    if (!is_dt(self))
        return str_printf("datetime.date(%d, %d, %d)", d->year, d->month, d->day);
    Buf b;
    buf_init(&b);
    buf_printf(&b, "datetime.datetime(%d, %d, %d, %d, %d", d->year, d->month, d->day, d->hour, d->minute);
    if (d->us)
        buf_printf(&b, ", %d, %d", d->second, d->us);
    else if (d->second)
        buf_printf(&b, ", %d", d->second);
    buf_putc(&b, ')');
    return str_from_buf(&b);
}

static void time_text(Buf *b, int h, int mi, int s, int us)
{
    buf_printf(b, "%02d:%02d:%02d", h, mi, s);
    if (us)
        buf_printf(b, ".%06d", us);
}

static Obj *iso(Obj *self, char sep)
{
    DateObj *d = D(self);
    Buf b;
    buf_init(&b);
    buf_printf(&b, "%04d-%02d-%02d", d->year, d->month, d->day);
    if (is_dt(self)) {
        buf_putc(&b, sep);
        time_text(&b, d->hour, d->minute, d->second, d->us);
    }
    return str_from_buf(&b);
}

static Obj *date_str(Obj *self) { return iso(self, ' '); }

/* strftime through the C library (its C locale is CPython's), %f added. */
static Obj *format_time(const char *fmt, int y, int m, int d, int h, int mi, int s, int us)
{
    struct tm tm = {0};
    tm.tm_year = y - 1900;
    tm.tm_mon = m - 1;
    tm.tm_mday = d;
    tm.tm_hour = h;
    tm.tm_min = mi;
    tm.tm_sec = s;
    tm.tm_wday = (int)(to_ordinal(y, m, d) % 7);
    tm.tm_yday = days_before_month(y, m) + d - 1;
    tm.tm_isdst = -1;
    Buf pre;
    buf_init(&pre);
    for (const char *p = fmt; *p; p++) {
        if (*p == '%' && p[1] == 'f') {
            buf_printf(&pre, "%06d", us);
            p++;
        } else if (*p == '%' && (p[1] == 'z' || p[1] == 'Z')) {
            p++;
        } else {
            buf_putc(&pre, *p);
            if (*p == '%' && p[1])
                buf_putc(&pre, *++p);
        }
    }
    size_t cap = strlen(buf_cstr(&pre)) * 8 + 64;
    char *out = gc_alloc_atomic(cap);
    size_t n = strftime(out, cap, buf_cstr(&pre), &tm);
    return str_new(out, n);
}

static Obj *date_strftime(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("strftime", kwnames);
    args_count("strftime", nargs, 1, 1);
    if (!str_check(args[0]))
        exc_raisef(&type_TypeError, "strftime() argument 1 must be str, not %s", obj_type_name(args[0]));
    DateObj *d = D(self);
    return format_time(str_cstr(args[0]), d->year, d->month, d->day, d->hour, d->minute, d->second, d->us);
}

static Obj *date_isoformat(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"sep", "timespec", NULL};
    Obj *a[2];
    args_parse("isoformat", args, nargs, kwnames, names, 0, a);
    char sep = a[0] && str_check(a[0]) && str_bytes(a[0]) == 1 ? str_cstr(a[0])[0] : 'T';
    return iso(self, sep);
}

static Obj *date_weekday(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("weekday", kwnames);
    args_count("weekday", nargs, 0, 0);
    return small_new((ordinal_of(self) + 6) % 7);
}

static Obj *date_isoweekday(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("isoweekday", kwnames);
    args_count("isoweekday", nargs, 0, 0);
    return small_new((ordinal_of(self) + 6) % 7 + 1);
}

static Obj *date_toordinal(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("toordinal", kwnames);
    args_count("toordinal", nargs, 0, 0);
    return int_from_i64(ordinal_of(self));
}

static Obj *date_ctime(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("ctime", kwnames);
    args_count("ctime", nargs, 0, 0);
    DateObj *d = D(self);
    return format_time("%a %b %e %H:%M:%S %Y", d->year, d->month, d->day, d->hour, d->minute, d->second, 0);
}

static Obj *date_replace(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"year", "month", "day", "hour", "minute", "second", "microsecond", NULL};
    Obj *a[7];
    args_parse("replace", args, nargs, kwnames, names, 0, a);
    DateObj *d = D(self);
    int v[7] = {d->year, d->month, d->day, d->hour, d->minute, d->second, d->us};
    int limit = is_dt(self) ? 7 : 3;
    for (int i = 0; i < 7; i++)
        if (a[i]) {
            if (i >= limit)
                exc_raisef(&type_TypeError, "'%s' is an invalid keyword argument for replace()", names[i]);
            v[i] = int_field(a[i]);
        }
    return make_date(TYPE(self), v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
}

static Obj *iso_calendar_class;    /* IsoCalendarDate, made by the request that first asks */

static Obj *date_isocalendar(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("isocalendar", kwnames);
    args_count("isocalendar", nargs, 0, 0);
    DateObj *d = D(self);
    int year = d->year;
    /* ISO weeks start on Monday; week 1 holds the year's first Thursday. */
    int64_t ord = ordinal_of(self);
    int64_t jan4 = to_ordinal(year, 1, 4), week1 = jan4 - (jan4 + 6) % 7;
    if (ord < week1) {
        year--;
        jan4 = to_ordinal(year, 1, 4);
        week1 = jan4 - (jan4 + 6) % 7;
    } else {
        int64_t next4 = to_ordinal(year + 1, 1, 4), next1 = next4 - (next4 + 6) % 7;
        if (ord >= next1) {
            year++;
            week1 = next1;
        }
    }
    if (!iso_calendar_class)
        iso_calendar_class = collections_namedtuple("IsoCalendarDate", "year week weekday", "datetime.IsoCalendarDate");
    Obj *v[3] = {small_new(year), small_new((ord - week1) / 7 + 1), small_new((ord + 6) % 7 + 1)};
    return obj_call(iso_calendar_class, v, 3, NULL);
}

static Obj *dt_date(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("date", kwnames);
    args_count("date", nargs, 0, 0);
    return make_date(&date_type, D(self)->year, D(self)->month, D(self)->day, 0, 0, 0, 0);
}

static Obj *make_time(Type *type, int h, int mi, int s, int us)
{
    check_time(h, mi, s, us);
    TimeObj *t = gc_alloc(sizeof *t);
    t->base.type = type;
    t->hour = h, t->minute = mi, t->second = s, t->us = us;
    return (Obj *)t;
}

static Obj *dt_time(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("time", kwnames);
    args_count("time", nargs, 0, 0);
    DateObj *d = D(self);
    return make_time(&time_type, d->hour, d->minute, d->second, d->us);
}

void datetime_utc_now(struct tm *tm, int *us)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    int64_t days = ts.tv_sec / 86400, secs = ts.tv_sec % 86400;
    int y, m, d;
    from_ordinal(days + to_ordinal(1970, 1, 1), &y, &m, &d);
    memset(tm, 0, sizeof *tm);
    tm->tm_year = y - 1900;
    tm->tm_mon = m - 1;
    tm->tm_mday = d;
    tm->tm_hour = (int)(secs / 3600);
    tm->tm_min = (int)(secs / 60 % 60);
    tm->tm_sec = (int)(secs % 60);
    tm->tm_wday = (int)((to_ordinal(y, m, d) % 7));
    tm->tm_yday = days_before_month(y, m) + d - 1;
    *us = (int)(ts.tv_nsec / 1000);
}

/* today() and now(): the time from the clock, in UTC (the sandbox has no time zone). */
static Obj *now(Type *type)
{
    struct tm tm;
    int us;
    datetime_utc_now(&tm, &us);
    bool dt = type_is_subtype(type, &datetime_type);
    return make_date(type, tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, dt ? tm.tm_hour : 0, dt ? tm.tm_min : 0,
                     dt ? tm.tm_sec : 0, dt ? us : 0);
}

static Obj *date_today(Obj *cls, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("today", kwnames);
    args_count("today", nargs, 0, 0);
    return now((Type *)cls);
}

static Obj *dt_now(Obj *cls, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("now", kwnames);
    args_count("now", nargs, 0, 1);
    return now((Type *)cls);
}

static Obj *date_fromordinal(Obj *cls, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("fromordinal", kwnames);
    args_count("fromordinal", nargs, 1, 1);
    int64_t n = obj_index_i64(args[0]);
    if (n < 1 || n > to_ordinal(9999, 12, 31))
        exc_raisef(&type_ValueError, "ordinal must be >= 1");
    int y, m, d;
    from_ordinal(n, &y, &m, &d);
    return make_date((Type *)cls, y, m, d, 0, 0, 0, 0);
}

/* Reads exactly `width` digits (or 1..width when flexible) at *p. */
static bool digits(const char **p, int width, bool flexible, int *out)
{
    int v = 0, n = 0;
    while (n < width && isdigit((unsigned char)**p)) {
        v = v * 10 + (**p - '0');
        (*p)++;
        n++;
    }
    *out = v;
    return flexible ? n > 0 : n == width;
}

static Obj *date_fromisoformat(Obj *cls, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("fromisoformat", kwnames);
    args_count("fromisoformat", nargs, 1, 1);
    if (!str_check(args[0]))
        exc_raisef(&type_TypeError, "fromisoformat: argument must be str");
    const char *s = str_cstr(args[0]), *p = s;
    int v[7] = {0};
    bool ok = digits(&p, 4, false, &v[0]) && *p++ == '-' && digits(&p, 2, false, &v[1]) && *p++ == '-' &&
              digits(&p, 2, false, &v[2]);
    bool dt = type_is_subtype((Type *)cls, &datetime_type);
    if (ok && dt && *p) {
        p++;
        ok = digits(&p, 2, false, &v[3]);
        if (ok && *p == ':') {
            p++;
            ok = digits(&p, 2, false, &v[4]);
            if (ok && *p == ':') {
                p++;
                ok = digits(&p, 2, false, &v[5]);
                if (ok && (*p == '.' || *p == ',')) {
                    p++;
                    const char *f = p;
                    ok = digits(&p, 6, true, &v[6]);
                    for (long k = p - f; k < 6; k++)
                        v[6] *= 10;
                }
            }
        }
    }
    if (!ok || *p)
        exc_raisef(&type_ValueError, "Invalid isoformat string: %s", str_cstr(str_repr(args[0])));
    return make_date((Type *)cls, v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
}

static Obj *dt_combine(Obj *cls, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("combine", kwnames);
    args_count("combine", nargs, 2, 2);
    if (is_small(args[0]) || !obj_is(args[0], &date_type))
        exc_raisef(&type_TypeError, "combine() argument 1 must be datetime.date, not %s", obj_type_name(args[0]));
    if (is_small(args[1]) || !obj_is(args[1], &time_type))
        exc_raisef(&type_TypeError, "combine() argument 2 must be datetime.time, not %s", obj_type_name(args[1]));
    DateObj *d = D(args[0]);
    TimeObj *t = (TimeObj *)args[1];
    return make_date((Type *)cls, d->year, d->month, d->day, t->hour, t->minute, t->second, t->us);
}

/* ---- strptime -------------------------------------------------------------------------------- */

static const char *const month_names[] = {"january", "february", "march", "april", "may", "june", "july",
                                          "august", "september", "october", "november", "december"};
static const char *const day_names[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                        "sunday"};

/* A full or three-letter name from `names` at *p, case-insensitively; its index or -1. */
static int match_name(const char **p, const char *const *names, int n, bool full)
{
    for (int i = 0; i < n; i++) {
        size_t len = full ? strlen(names[i]) : 3;
        if (strncasecmp(*p, names[i], len) == 0) {
            *p += len;
            return i;
        }
    }
    return -1;
}

static Obj *dt_strptime(Obj *cls, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("strptime", kwnames);
    args_count("strptime", nargs, 2, 2);
    for (int i = 0; i < 2; i++)
        if (!str_check(args[i]))
            exc_raisef(&type_TypeError, "strptime() argument %d must be str, not %s", i + 1, obj_type_name(args[i]));
    const char *s = str_cstr(args[0]), *f = str_cstr(args[1]);
    int year = 1900, month = 1, day = 1, hour = 0, minute = 0, second = 0, us = 0, pm = -1, hour12 = -1;
    bool ok = true;
    while (*f && ok) {
        if (*f == '%' && f[1]) {
            char c = f[1];
            f += 2;
            int v;
            switch (c) {
            case 'Y': ok = digits(&s, 4, false, &year); break;
            case 'y': ok = digits(&s, 2, false, &v); year = v < 69 ? 2000 + v : 1900 + v; break;
            case 'm': ok = digits(&s, 2, true, &month); break;
            case 'd': ok = digits(&s, 2, true, &day); break;
            case 'H': ok = digits(&s, 2, true, &hour); break;
            case 'I': ok = digits(&s, 2, true, &hour12); break;
            case 'M': ok = digits(&s, 2, true, &minute); break;
            case 'S': ok = digits(&s, 2, true, &second); break;
            case 'j': ok = digits(&s, 3, true, &v); break;
            case 'f': {
                const char *start = s;
                ok = digits(&s, 6, true, &us);
                for (long k = s - start; k < 6; k++)
                    us *= 10;
                break;
            }
            case 'b': case 'h': ok = (v = match_name(&s, month_names, 12, false)) >= 0; month = v + 1; break;
            case 'B': ok = (v = match_name(&s, month_names, 12, true)) >= 0; month = v + 1; break;
            case 'a': ok = match_name(&s, day_names, 7, false) >= 0; break;
            case 'A': ok = match_name(&s, day_names, 7, true) >= 0; break;
            case 'p':
                if (strncasecmp(s, "AM", 2) == 0 || strncasecmp(s, "PM", 2) == 0) {
                    pm = toupper((unsigned char)s[0]) == 'P';
                    s += 2;
                } else {
                    ok = false;
                }
                break;
            case '%': ok = *s++ == '%'; break;
            default: exc_raisef(&type_ValueError, "'%c' is a bad directive in format '%s'", c, str_cstr(args[1]));
            }
        } else if (isspace((unsigned char)*f)) {
            while (isspace((unsigned char)*f))
                f++;
            while (isspace((unsigned char)*s))
                s++;
        } else {
            ok = *s++ == *f++;
        }
    }
    if (!ok || *f)
        exc_raisef(&type_ValueError, "time data %s does not match format %s", str_cstr(str_repr(args[0])),
                   str_cstr(str_repr(args[1])));
    if (*s)
        exc_raisef(&type_ValueError, "unconverted data remains: %s", s);
    if (hour12 >= 0)
        hour = pm == 1 ? hour12 % 12 + 12 : hour12 % 12;
    return make_date((Type *)cls, year, month, day, hour, minute, second, us);
}

static Obj *date_get_year(Obj *self) { return small_new(D(self)->year); }
static Obj *date_get_month(Obj *self) { return small_new(D(self)->month); }
static Obj *date_get_day(Obj *self) { return small_new(D(self)->day); }
static Obj *dt_get_hour(Obj *self) { return small_new(D(self)->hour); }
static Obj *dt_get_minute(Obj *self) { return small_new(D(self)->minute); }
static Obj *dt_get_second(Obj *self) { return small_new(D(self)->second); }
static Obj *dt_get_us(Obj *self) { return small_new(D(self)->us); }
static Obj *get_none(Obj *self) { (void)self; return None; }

static const MethodDef date_methods[] = {
    {"strftime", date_strftime, 0}, {"__format__", date_strftime, 0}, {"isoformat", date_isoformat, 0},
    {"weekday", date_weekday, 0}, {"isoweekday", date_isoweekday, 0}, {"toordinal", date_toordinal, 0},
    {"ctime", date_ctime, 0}, {"replace", date_replace, 0}, {"isocalendar", date_isocalendar, 0},
    {"today", date_today, METH_CLASS}, {"fromordinal", date_fromordinal, METH_CLASS},
    {"fromisoformat", date_fromisoformat, METH_CLASS}, {NULL, NULL, 0},
};

static const GetSetDef date_getsets[] = {
    {"year", date_get_year, NULL}, {"month", date_get_month, NULL}, {"day", date_get_day, NULL},
    {NULL, NULL, NULL},
};

static Obj *date_format(Obj *self, Obj *spec)
{
    if (!str_bytes(spec))
        return obj_str(self);
    DateObj *d = D(self);
    return format_time(str_cstr(spec), d->year, d->month, d->day, d->hour, d->minute, d->second, d->us);
}

static Type date_type = {
    .base = {&type_type}, .name = "datetime.date", .flags = TF_BASETYPE, .basicsize = sizeof(DateObj),
    .new = date_new, .repr = date_repr, .str = date_str, .hash = date_hash, .compare = date_compare,
    .binop = date_binop, .format = date_format, .methods = date_methods, .getsets = date_getsets,
};

static const MethodDef datetime_methods[] = {
    /* class methods are listed again so that they make datetimes (a C type's class method is bound
     * to the type that defines it) */
    {"date", dt_date, 0}, {"time", dt_time, 0}, {"now", dt_now, METH_CLASS}, {"utcnow", dt_now, METH_CLASS},
    {"today", date_today, METH_CLASS}, {"fromisoformat", date_fromisoformat, METH_CLASS},
    {"fromordinal", date_fromordinal, METH_CLASS},
    {"combine", dt_combine, METH_CLASS}, {"strptime", dt_strptime, METH_CLASS}, {NULL, NULL, 0},
};

static const GetSetDef datetime_getsets[] = {
    {"hour", dt_get_hour, NULL}, {"minute", dt_get_minute, NULL}, {"second", dt_get_second, NULL},
    {"microsecond", dt_get_us, NULL}, {"tzinfo", get_none, NULL}, {NULL, NULL, NULL},
};

static Type datetime_type = {
    .base = {&type_type}, .name = "datetime.datetime", .base_type = &date_type, .flags = TF_BASETYPE,
    .basicsize = sizeof(DateObj), .new = datetime_new, .methods = datetime_methods, .getsets = datetime_getsets,
};

/* ---- time ------------------------------------------------------------------------------------ */

static Obj *time_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"hour", "minute", "second", "microsecond", "tzinfo", NULL};
    Obj *a[5];
    args_parse("time", args, nargs, kwnames, names, 0, a);
    if (a[4] && a[4] != None)
        exc_raisef(&type_NotImplementedError, "time zones are not supported");
    return make_time(type, a[0] ? int_field(a[0]) : 0, a[1] ? int_field(a[1]) : 0, a[2] ? int_field(a[2]) : 0,
                     a[3] ? int_field(a[3]) : 0);
}

static TimeObj *T(Obj *o) { return (TimeObj *)o; }

static Obj *time_repr(Obj *self)
{
    TimeObj *t = T(self);
    if (t->us)
        return str_printf("datetime.time(%d, %d, %d, %d)", t->hour, t->minute, t->second, t->us);
    if (t->second)
        return str_printf("datetime.time(%d, %d, %d)", t->hour, t->minute, t->second);
    return str_printf("datetime.time(%d, %d)", t->hour, t->minute);
}

static Obj *time_str(Obj *self)
{
    Buf b;
    buf_init(&b);
    time_text(&b, T(self)->hour, T(self)->minute, T(self)->second, T(self)->us);
    return str_from_buf(&b);
}

static int64_t time_us(Obj *o) { return ((int64_t)T(o)->hour * 3600 + T(o)->minute * 60 + T(o)->second) * 1000000 + T(o)->us; }

static Obj *time_compare(Obj *a, Obj *b, int op)
{
    if (is_small(b) || !obj_is(b, &time_type))
        return NotImplemented;
    int64_t x = time_us(a), y = time_us(b);
    return bool_from(int_cmp_holds(x < y ? -1 : x > y, op));
}

static int64_t time_hash(Obj *o) { return time_us(o) == -1 ? -2 : time_us(o); }

static Obj *time_strftime(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("strftime", kwnames);
    args_count("strftime", nargs, 1, 1);
    if (!str_check(args[0]))
        exc_raisef(&type_TypeError, "strftime() argument 1 must be str, not %s", obj_type_name(args[0]));
    return format_time(str_cstr(args[0]), 1900, 1, 1, T(self)->hour, T(self)->minute, T(self)->second, T(self)->us);
}

static Obj *time_isoformat(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("isoformat", kwnames);
    args_count("isoformat", nargs, 0, 0);
    return time_str(self);
}

static Obj *time_get_hour(Obj *self) { return small_new(T(self)->hour); }
static Obj *time_get_minute(Obj *self) { return small_new(T(self)->minute); }
static Obj *time_get_second(Obj *self) { return small_new(T(self)->second); }
static Obj *time_get_us(Obj *self) { return small_new(T(self)->us); }

static const MethodDef time_methods[] = {
    {"strftime", time_strftime, 0}, {"isoformat", time_isoformat, 0}, {NULL, NULL, 0},
};

static const GetSetDef time_getsets[] = {
    {"hour", time_get_hour, NULL}, {"minute", time_get_minute, NULL}, {"second", time_get_second, NULL},
    {"microsecond", time_get_us, NULL}, {"tzinfo", get_none, NULL}, {NULL, NULL, NULL},
};

static Type time_type = {
    .base = {&type_type}, .name = "datetime.time", .flags = TF_BASETYPE, .basicsize = sizeof(TimeObj),
    .new = time_new, .repr = time_repr, .str = time_str, .hash = time_hash, .compare = time_compare,
    .methods = time_methods, .getsets = time_getsets,
};

/* ---- the module ------------------------------------------------------------------------------ */

static void set_class_attr(Type *t, const char *name, Obj *v) { dict_set_cstr(t->dict, name, v); }

static void datetime_init(Obj *m)
{
    Type *types[] = {&timedelta_type, &date_type, &datetime_type, &time_type};
    for (size_t i = 0; i < 4; i++) {
        type_ready(types[i]);
        module_add(m, types[i]->name + strlen("datetime."), (Obj *)types[i]);
    }
    set_class_attr(&timedelta_type, "min", td_from_us(&timedelta_type, -(i128)MAX_DAYS * US_PER_DAY));
    set_class_attr(&timedelta_type, "max", td_from_us(&timedelta_type, (i128)(MAX_DAYS + 1) * US_PER_DAY - 1));
    set_class_attr(&timedelta_type, "resolution", td_from_us(&timedelta_type, 1));
    set_class_attr(&date_type, "min", make_date(&date_type, 1, 1, 1, 0, 0, 0, 0));
    set_class_attr(&date_type, "max", make_date(&date_type, 9999, 12, 31, 0, 0, 0, 0));
    set_class_attr(&datetime_type, "min", make_date(&datetime_type, 1, 1, 1, 0, 0, 0, 0));
    set_class_attr(&datetime_type, "max", make_date(&datetime_type, 9999, 12, 31, 23, 59, 59, 999999));
    module_add(m, "MINYEAR", small_new(1));
    module_add(m, "MAXYEAR", small_new(9999));
}

static void datetime_fresh(Obj *m)
{
    (void)m;
    iso_calendar_class = NULL;
}

const ModuleDef datetime_module = {"datetime", datetime_init, datetime_fresh};
