/* solvers/sym_quad.c — tanh-sinh quadrature (see sym_quad.h). */
#include "solvers/sym_quad.h"

#include <math.h>

#include "base/budget.h"

/* The step halves at most this many times (2**10 nodes per unit of t). */
#define MAX_LEVEL 10

typedef struct Quad {
    SymQuadFn f;
    void *ctx;
    const arb_struct *a, *b;
    bool a_inf, b_inf;
    slong prec;
} Quad;

/* f at one x, added to acc scaled by w; false when f fails. */
static bool add_value(acb_t acc, const Quad *q, const arb_t x, const arb_t w)
{
    acb_t v;
    acb_init(v);
    bool ok = q->f(v, x, q->ctx, q->prec);
    if (ok) {
        acb_mul_arb(v, v, w, q->prec);
        acb_add(acc, acc, v, q->prec);
    }
    acb_clear(v);
    return ok;
}

/* The integrand mapped onto (0, 1) at s, with c = 1 - s (both given exactly: one of them may
 * be tiny), times the node weight w, added to acc. */
static bool add_mapped(acb_t acc, const Quad *q, const arb_t s, const arb_t c, const arb_t w)
{
    slong p = q->prec;
    arb_t x, j;
    arb_init(x);
    arb_init(j);
    bool ok;
    if (!q->a_inf && !q->b_inf) {
        /* x = a + (b - a)*s, from the nearer end */
        arb_sub(j, q->b, q->a, p);
        bool near_a = arb_le(s, c);
        arb_mul(x, j, near_a ? s : c, p);
        if (near_a)
            arb_add(x, q->a, x, p);
        else
            arb_sub(x, q->b, x, p);
        arb_mul(j, j, w, p);
        ok = add_value(acc, q, x, j);
    } else {
        /* u = s/(1 - s) on (0, oo), dx = du/c**2; x = a + u, b - u or +-u */
        arb_div(x, s, c, p);
        arb_sqr(j, c, p);
        arb_div(j, w, j, p);
        if (q->a_inf && q->b_inf) {
            ok = add_value(acc, q, x, j);
            arb_neg(x, x);
        } else if (q->a_inf) {
            ok = true;
            arb_sub(x, q->b, x, p);
        } else {
            ok = true;
            arb_add(x, q->a, x, p);
        }
        ok = ok && add_value(acc, q, x, j);
    }
    arb_clear(x);
    arb_clear(j);
    return ok;
}

/* The nodes t = k*h for k = k0, k0 + step, ... up to tmax (and -t), weighted, added to acc;
 * also their sum of absolute values to l1. */
static bool add_level(acb_t acc, arb_t l1, const Quad *q, slong m, slong k0, slong step, double tmax)
{
    slong p = q->prec;
    arb_t t, sh, ch, e, d, dc, w, pi;
    acb_t part;
    arb_init(t); arb_init(sh); arb_init(ch); arb_init(e); arb_init(d); arb_init(dc); arb_init(w);
    arb_init(pi);
    acb_init(part);
    arb_const_pi(pi, p);
    bool ok = true;
    for (slong k = k0; ok && ldexp((double)k, (int)-m) <= tmax; k += step) {
        budget_tick();
        arb_set_si(t, k);
        arb_mul_2exp_si(t, t, -m);
        arb_sinh_cosh(sh, ch, t, p);
        /* e = exp(pi*sinh(t)); d = 1/(1 + e) and dc = 1 - d, each computed directly */
        arb_mul(e, sh, pi, p);
        arb_exp(e, e, p);
        arb_add_ui(d, e, 1, p);
        arb_div(dc, e, d, p);
        arb_inv(d, d, p);
        arb_mul(w, ch, pi, p);
        arb_mul(w, w, d, p);
        arb_mul(w, w, dc, p);
        acb_zero(part);
        if (k == 0) {
            ok = add_mapped(part, q, d, dc, w);
        } else {
            ok = add_mapped(part, q, d, dc, w) && add_mapped(part, q, dc, d, w);
        }
        acb_add(acc, acc, part, p);
        acb_abs(t, part, p);
        arb_add(l1, l1, t, p);
    }
    arb_clear(t); arb_clear(sh); arb_clear(ch); arb_clear(e); arb_clear(d); arb_clear(dc); arb_clear(w);
    arb_clear(pi);
    acb_clear(part);
    return ok;
}

/* True when |x - y| is below 2**-bits times scale. */
static bool near(const arb_t x, const arb_t y, const arb_t scale, slong bits, slong p)
{
    arb_t d, s;
    arb_init(d);
    arb_init(s);
    arb_sub(d, x, y, p);
    arb_abs(d, d);
    arb_mul_2exp_si(s, scale, -bits);
    bool r = arb_le(d, s) || (arb_is_exact(d) && arb_is_zero(d));
    arb_clear(d);
    arb_clear(s);
    return r;
}

/* Widens each part of r by its distance to the previous estimate. */
static void add_difference(acb_t r, const acb_t prev, slong p)
{
    acb_t d;
    acb_init(d);
    acb_sub(d, r, prev, p);
    mag_t m;
    mag_init(m);
    arb_get_mag(m, acb_realref(d));
    arb_add_error_mag(acb_realref(r), m);
    arb_get_mag(m, acb_imagref(d));
    arb_add_error_mag(acb_imagref(r), m);
    mag_clear(m);
    acb_clear(d);
}

bool sym_quad(acb_t out, SymQuadFn f, void *ctx, const arb_t a, bool a_inf, const arb_t b, bool b_inf,
              slong prec)
{
    Quad q = {f, ctx, a, b, a_inf, b_inf, prec};
    /* nodes whose distance to an end is below 2**-(2*prec + 20) add nothing */
    double tmax = asinh((2.0 * (double)prec + 20.0) * log(2.0) / M_PI);
    slong target = prec > 40 ? prec - 20 : prec / 2;
    acb_t sum, r, prev;
    arb_t l1, scale;
    acb_init(sum); acb_init(r); acb_init(prev);
    arb_init(l1); arb_init(scale);
    bool ok = add_level(sum, l1, &q, 1, 0, 1, tmax), done = false;
    acb_mul_2exp_si(prev, sum, -1);
    for (slong m = 2; ok && !done && m <= MAX_LEVEL; m++) {
        ok = add_level(sum, l1, &q, m, 1, 2, tmax);
        acb_mul_2exp_si(r, sum, -m);
        arb_mul_2exp_si(scale, l1, -m);
        done = ok && m >= 4 && near(acb_realref(r), acb_realref(prev), scale, target, prec) &&
               near(acb_imagref(r), acb_imagref(prev), scale, target, prec);
        if (done) {
            add_difference(r, prev, prec);
            acb_set(out, r);
        }
        acb_swap(prev, r);
    }
    acb_clear(sum); acb_clear(r); acb_clear(prev);
    arb_clear(l1); arb_clear(scale);
    return ok && done && acb_is_finite(out);
}
