/* solvers/grade_read.h — the answer reader: LaTeX or plain-text final answers as a tree.
 *
 * grade_read() turns an answer such as `2\frac{1}{3}`, `(-\infty, 3] \cup \{5\}`, `x = 2y+1`,
 * `\begin{pmatrix}1\\2\end{pmatrix}`, `50\%` or `\text{(C)}` into a GradeNode tree: numbers stay
 * exact decimal digit strings, operators and functions keep their structure, and the collections
 * (tuples, sets, lists, intervals, matrices) and relations are nodes of their own, so that the
 * equivalence module can decide equality on mathematical objects rather than on strings. Wrapping
 * (`$..$`, `\boxed{}`, `\left`, spacing commands, thousands separators, units written as text)
 * is dropped while reading. Every node lives in the collected heap.
 */
#ifndef TIRBOX_GRADE_READ_H
#define TIRBOX_GRADE_READ_H

#include <stdbool.h>
#include <stddef.h>

typedef enum {
    GN_NUM,       /* name: digits, value digits * 10^exp10; GF_DECIMAL when written with a point */
    GN_SYM,       /* name: the symbol with its subscript folded in ("x_1", "theta", "bar(x)") */
    GN_PI, GN_E, GN_I, GN_INF, GN_EMPTY, GN_ELLIPSIS,
    GN_TEXT,      /* name: lower-cased words of a text answer */
    GN_ADD, GN_MUL, GN_NEG, GN_DIV, GN_POW,
    GN_PM,        /* a ± b (one child: ± b) */
    GN_FUNC,      /* name: canonical function name ("sin", "log", "floor", "fact", "int" ...) */
    GN_PERCENT, GN_DEGREE,
    GN_REL,       /* relation chain: kid[0] op[0] kid[1] op[1] ... */
    GN_TUPLE,     /* (a, b, ...): ordered */
    GN_LIST,      /* a, b and c: order-free */
    GN_SET,       /* \{a, b\} */
    GN_INTERVAL,  /* two children; GF_LO_CLOSED, GF_HI_CLOSED */
    GN_MATRIX,    /* rows x cols children, row-major */
    GN_UNION, GN_INTER, GN_SETMINUS,
} GradeKind;

enum {
    GF_DECIMAL = 1,     /* GN_NUM: written with a decimal point or exponent */
    GF_LO_CLOSED = 2,   /* GN_INTERVAL */
    GF_HI_CLOSED = 4,
    GF_SQUARE = 8,      /* GN_TUPLE/GN_LIST written in square brackets */
};

/* Relation operators of GN_REL. */
enum { GR_EQ = '=', GR_LT = '<', GR_GT = '>', GR_LE = 'l', GR_GE = 'g', GR_NE = 'n', GR_IN = 'e' };

typedef struct GradeNode {
    GradeKind kind;
    int n;                     /* number of children */
    struct GradeNode **kid;
    const char *name;
    long exp10;
    int flags;
    int rows, cols;            /* GN_MATRIX */
    const char *ops;           /* GN_REL: n - 1 operators */
} GradeNode;

/* Reads an answer; NULL when it is not a readable answer. comma_decimal reads `1,5` as 1.5. */
GradeNode *grade_read(const char *text, bool comma_decimal);

/* A copy of the first n bytes of s, in the collected heap. */
char *grade_strndup(const char *s, size_t n);

/* A new node of the given kind with n children (zeroed). */
GradeNode *grade_node(GradeKind kind, int n);

/* A new node with one child, with two children, or with a name and no children. */
GradeNode *grade_node1(GradeKind kind, GradeNode *a);
GradeNode *grade_node2(GradeKind kind, GradeNode *a, GradeNode *b);
GradeNode *grade_named(GradeKind kind, const char *name);

/* The canonical text of a tree (collected heap), used for pred_norm/gold_norm and reasons. */
char *grade_print(const GradeNode *node);

/* True when the text is `digits,digits` that could be a decimal written with a comma. */
bool grade_read_comma_decimal_candidate(const char *text);

#endif
