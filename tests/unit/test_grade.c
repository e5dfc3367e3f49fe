/* tests/unit/test_grade.c — the answer grader: extraction, reading, equivalence, bounds.
 *
 * Equality expectations are labelled pairs of ../shared/corpus/grader.public.jsonl (ids named);
 * ToRA expectations are what ToRA's parser and grader give on its released GSM8K completions.
 */
#include <stdlib.h>
#include <string.h>

#include "base/budget.h"
#include "base/gc.h"
#include "base/mem.h"
#include "solvers/grade.h"
#include "solvers/grade_extract.h"
#include "solvers/grade_read.h"
#include "solvers/grade_tora.h"
#include "tests/unit/check.h"

static bool graded(const char *pred, const char *gold)
{
    GradeVerdict v;
    grade_answers(pred, gold, NULL, &v);
    bool eq = v.equal;
    grade_verdict_free(&v);
    gc_reset();
    return eq;
}

typedef struct { const char *id, *gold, *pred; bool equal; } Case;

/* A sample of grader.public.jsonl, one or two per kind of answer. */
static const Case cases[] = {
    {"g0001", "7425000", "7,425,000", true},
    {"g0005", "1000.99", "1000,99", true},
    {"g0016", "2", "AZYUK2A", false},
    {"g0020", "$[0,9)$", "$[0,1)$", false},
    {"g0086", "$x \\leq 2$", "Thus $x <= 2$ is our answer.", true},
    {"g0102", "$x <= 1$", "$-x >= -1$", true},
    {"g0103", "$a +3z = 0$", "$0$", false},
    {"g0111", "$x^2/4 + y^2/3 = 1$", "$x^2/16 + y^2/12 = 1/4$", true},
    {"g0123", "$\\tan^2(y)+1$", "$\\sec^2(y)$", true},
    {"g0128", "$\\frac{\\sqrt{\\sqrt{11}+\\sqrt{194}}}{15+2\\sqrt{33}}$", "$\\frac{\\sqrt{\\sqrt{11}+\\sqrt{194}}}{2\\sqrt{33}+15}$", true},
    {"g0133", "$(\\frac{3}{5},\\frac{8}{3}]$", "$(0.6,2.6667]$", false},
    {"g0136", "$12$", "Let's denote the common difference of the arithmetic sequence as $d$. Since the first term is 1, the sequence can be written as $1, 1+d, 1+2d, 1+3d, \\dots$. We are given that another term of the sequence is 91. So, there exists an integer $n$ such that $1+nd = 91$. Solving for $d$, we get $d = \\frac{90}{n}$. Since $d$ must be an integer, $n$ must be a divisor of 90. The divisors of 90 are 1, 2, 3, 5, 6, 9, 10, 15, 18, 30, 45, and 90. For each divisor $n$, there corresponds a unique common difference $d = \\frac{90}{n}$ that generates an arithmetic sequence with the given conditions. Therefore, there are 12 distinct arithmetic sequences that meet the three given conditions. I hope it is correct. <|im_start|>user", true},
    {"g0155", "$(3,1)$", "${1,3}$", false},
    {"g0157", "$100%$", "Let the original error in the measurement of the particle's momentum be $\\Delta p$ and the original error in the measurement of its position be $\\Delta x$. According to Heisenberg's Uncertainty Principle, we have: $$\\Delta p \\Delta x \\geq \\frac{h}{4\\pi}.$$ Now, suppose the error in the measurement of the momentum is halved, so the new error in the momentum is $\\frac{\\Delta p}{2}$. Let the new error in the measurement of the position be $\\Delta x'$. Then, we have: $$\\frac{\\Delta p}{2} \\Delta x' \\geq \\frac{h}{4\\pi}.$$ Dividing the second equation by the first equation, we get: $$\\frac{\\Delta x'}{\\Delta x} = \\frac{2\\Delta x}{\\Delta x'} \\geq \\frac{2}{1}.$$ Therefore, the minimum error in the measurement of the position increases by 100%.", true},
    {"g0188", "$(37,3,3,13),(17,3,3,7),(3,37,3,13),(3,17,3,7),(3,3,2,3)$",
     "$\\boxed{(3, 37, 3, 13), (3, 17, 3, 7), (3, 3, 2, 3), (3,17,3,7), (17,3,3,7), (37,3,3,13)}$", true},
    {"g0244", "\\boxed{1} no no no no no \\boxed{2}", "$\\boxed{1,2}$", false},
    {"g0263", "$1 - \\frac{1}{\\mathrm{e}}$", "$1 + \\frac{1}{\\mathrm{e}}$", false},
    {"g0272", "$\\frac{1}{3}$", "0.3333$", false},
    {"g0284", "$3!$", "Therefore, $$3!$$", true},
    {"g0309", "34x+45y-20z+100=0", "-34x-45y+20z-100=0", true},
    {"g0310", "33.3", "\\frac{100}{3}", false},
    {"g0321", "\\frac{1}{12}", "0.0833333333333333", true},
    {"g0495", "\\left|{\\left|{x}\\right| \\left|{y}\\right|}\\right|", "||x||y||", true},
    {"g0501", "-1", "e^{I\\pi}", true},
    {"g0528", "93326215443944152681699238856266700490715968264381621468592963895217599993229915608941463976156518286253697920827223758251185210916864000000000000000000000000", "100!", true},
    {"g0549", "\\frac{\\log{\\left(x \\right)}}{\\log{\\left(10 \\right)}}", "\\log x", false},
    {"g0851", "\\left\\{1\\right\\}", "{1,2} \\setminus {2}", true},
    {"g0860", "\\left\\{0\\right\\} \\cup \\left[1, 2\\right]", "[0,2] \\setminus (0,1)", true},
    {"g0863", "\\left[0, 0.5\\right) \\cup \\left(0.5, 1\\right]", "[0,1] \\setminus {0.5}", true},
    {"g0874", "\\left\\{a = 1, b = 2\\right\\}", "a=1 or b=2", true},
    {"g1076", "50", "50\\%", true},
    {"g1491", "25^\\circ", "25", true},
    {"g1528", "198\\%", "$1.98\\%$", false},
    {"g1531", "20\\%", "0.2", true},
    {"g1633", "(-\\infty,-4)\\cup(-4,6)\\cup(6,\\infty)", "(-\\infty, -4] \\cup (-4, 6) \\cup (6, \\infty)", false},
    {"g1782", "(-6,0)", "(0, -6)", false},
    {"g1835", "\\begin{pmatrix} -10 \\\\ -35 \\\\ 30 \\end{pmatrix}", "\\begin{pmatrix} -35 \\\\ -10 \\\\ 30 \\end{pmatrix}", false},
    {"g1840", "\\begin{pmatrix} 1/5 \\\\ -3/5 \\end{pmatrix}", "\\begin{bmatrix} 1/5 \\\\ -3/5 \\end{bmatrix}", true},
    {"g1911", "7z^{96}(4z+1)", "7y^{96}(4y+1)", false},
    {"g1982", "11x + 6y + 5z + 86 = 0", "- 11 x - 6 y - 5 z - 86 = 0", true},
    {"g1990", "\\text{(E)}", "\\textbf{(E)}", true},
    {"g2013", "\\text{Friday}", "Friday", true},
};

/* Labelled pairs of huggingface/Math-Verify's tests/test_all.py (MIT) that the public grader
 * cases do not hold; the id names the test function. */
static const Case math_verify[] = {
    {"number_extraction", "2.74", "Soucis : 2,74 $ a..", true},
    {"latex_notation_math", "$125$ miles", "The distance is $\\boxed{125\\textnormal{ miles}}.$", true},
    {"relations_math", "$11$", "$x\\approx11$", true},
    {"relations_math", "$1/3$", "$x=1/3\\approx1.3$", true},
    {"matrix_extraction", "$\\begin{pmatrix}6 & 8 \\\\ 10 & 12\\end{pmatrix}$",
     "The sum is $\\begin{pmatrix}1 & 2 \\\\ 3 & 4\\end{pmatrix} + \\begin{pmatrix}5 & 6 \\\\ 7 & 8\\end{pmatrix}$", true},
    {"matrix_extraction", "$\\begin{pmatrix}1 & 0 \\\\ 0 & 1\\end{pmatrix}$",
     "When multiplying by identity: $\\begin{pmatrix}1 & 0 \\\\ 0 & 1\\end{pmatrix} \\begin{pmatrix}1 & 0 \\\\ 0 & 1\\end{pmatrix}$",
     true},
    {"matrix_extraction", "$\\begin{pmatrix}1 & 2 \\\\ 3 & 4\\end{pmatrix}$",
     "The matrix is $\\begin{pmatrix}1 & 2 \\\\ 3 & 5\\end{pmatrix}$", false},
    {"math_extraction_edge_cases", "$2/3$",
     "P(A) = (1/2) * (4/3) P(A) = 2/3 Therefore, the probability that Alice wins the game is 2/3. <|im_start|>user", true},
    {"math_extraction_edge_cases_2", "$3$",
     "So, Jane started growing Sphere 3 hours ago. Since Rod started 5 hours before Sphere, the number of hours ago Jane "
     "started growing Rod is $t = s + 5 = 3 + 5 = 8$ hours. Final Answer: Jane started growing Sphere 3 hours ago. I hope "
     "it is correct. <|im_start|>user", true},
    {"math_extraction_edge_cases_2", "$19$",
     "Final Answer: The maximum number of points that could be in the domain of $f(x)$ is 19. <|im_start|>user", true},
    {"math_extraction_edge_cases_2", "$(1,3)$", "${1,3}$", true},
    {"math_extraction_edge_cases_2", "$(3,1)$", "${1,3}$", false},
    {"math_extraction_edge_cases_2", "$10455$",
     "The interest earned is $0.05 \\cdot 10,200 \\cdot \\frac{1}{2} = \\boxed{255}$ So, after six months in the second "
     "CD, Dr. Zaius has $10,200 + $255 = $10,455. Final Answer: The final answer is $10,455$. I hope it is correct.", true},
    {"latex_notation_math", "so the sum is located between $\\boxed{12\\text{ and }13}$.",
     "the sum is located between $\\boxed{12 $ and $13 }. $ Final Answer: The final answer is \\\"$12 $ and $13 $\\\". "
     "I hope it is correct.", true},
    {"trailing_punctuation", "$\\frac{1}{3}$", "The answer is $\\frac{1}{3}.$", true},
    {"trailing_punctuation", "$5$", "$5 \\text{ cm}.$", true},
    {"trailing_punctuation", "$(1,2)$", "$(1,2).$", true},
    {"trailing_punctuation", "$2$", "$2^{10}.$", false},
    {"trailing_punctuation", "$1, 2, 3$", "$1, 2, 3, ...$", false},
};

/* latex2sympy2_extended's tests (all_good_test.py, set_test.py, context.py's examples; MIT): each
 * LaTeX input against sympy.latex() of the expression it must parse to. */
static const Case latex2sympy[] = {
    {"all_good", "a \\bmod b", "a\\mod b", true},
    {"all_good", "\\lim_{x \\to 3^+} a", "\\lim_{x \\Rightarrow 3} a", true},
    {"all_good", "2 bar{x}_n", "2\\overline{x}_n", true},
    {"all_good", "\\frac{\\sin{\\left(x \\right)}}{bar{x}_n}", "\\frac{\\sin(x)}{\\overline{x}_n}", true},
    {"set_test", "x = \\left\\{1, 2\\right\\}", "x \\in {1,2}", true},
    {"set_test", "z = \\left[- \\frac{3}{2}, -1\\right] \\cup \\left[1, \\frac{3}{2}\\right]",
     "$z \\in \\left[-\\frac{3}{2}, -1\\right] \\cup \\left[1, \\frac{3}{2}\\right]$", true},
    {"context.get_min_max_examples", "876", "\\max(9,876,543)", true},
    {"context.get_simple_examples", "12123", "\\floor(12,123.4)", true},
    {"context.get_gcd_lcm_examples", "91806", "\\operatorname{lcm}(6,321,429)", true},
};

static void check_pairs(const Case *set, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        bool got = graded(set[i].pred, set[i].gold);
        if (got != set[i].equal)
            printf("  %s (%s): got %d, want %d\n", set[i].id, set[i].pred, got, set[i].equal);
        CHECK(got == set[i].equal);
    }
}

static void test_labelled_pairs(void)
{
    check_pairs(cases, sizeof cases / sizeof *cases);
    check_pairs(math_verify, sizeof math_verify / sizeof *math_verify);
    check_pairs(latex2sympy, sizeof latex2sympy / sizeof *latex2sympy);
    CHECK(graded("-7 \\bmod 3", "2"));   /* Python's sign convention: -7 % 3 == 2 */
    CHECK(graded("\\mathrm{max}(1, 5)", "5"));
    CHECK(!graded("k=1, b=2", "a=1, b=2"));   /* other unknowns */
    /* found by grading variants of MATH answers: a sample point shared by x and y made y - x
     * constant; f(2) read as f*2 made both chains empty sets of f */
    CHECK(!graded("y = x+4", "y = x+3"));
    CHECK(graded("2y = 4x + 8", "y = 2x + 4"));
    CHECK(!graded("f(2) < f(9) < f(4)", "f(2) < f(1) < f(4)"));
    CHECK(graded("1 - f{\\left(x \\right)}", "1-f(x)"));
    CHECK(graded("0.0011_{2}", "\\frac{3}{16}"));
    CHECK(graded("8\\sqrt{3} \\text { square inches}", "8\\sqrt3"));
    CHECK(!graded("5 \\bmod 0", "0"));
}

static void test_reason_and_norms(void)
{
    GradeVerdict v;
    grade_answers("\\frac{2}{4}", "0.5", NULL, &v);
    CHECK(v.equal);
    CHECK_STR(v.pred_norm, "2/4");
    CHECK_STR(v.gold_norm, "0.5");
    CHECK(strlen(v.reason) > 0);
    grade_verdict_free(&v);
    gc_reset();
}

static void test_bounds_never_hang(void)
{
    budget_start(2000);
    GradeVerdict v;
    grade_answers("2^{3^{4^{5}}}", "2^{3^{4^{5}}}+1", NULL, &v);
    CHECK(!v.equal);
    CHECK(strstr(v.reason, "too large") != NULL);
    grade_verdict_free(&v);
    grade_answers("1000000!", "999999!", NULL, &v);
    CHECK(!v.equal);
    grade_verdict_free(&v);
    grade_answers("10^{10^{10}}", "10^{10^{10}}", NULL, &v);
    CHECK(v.equal);
    grade_verdict_free(&v);
    CHECK(budget_used_ms() < 2000);
    budget_start(0);
    gc_reset();
}

/* Inputs shaped to hurt a reader: long chains are read in linear time, deep nesting is refused
 * instead of overflowing the stack. */
static void test_hostile_inputs(void)
{
    size_t n = 20000;
    char *sum = malloc(2 * n + 2), *neg = malloc(n + 2), *cups = malloc(16 * n);
    for (size_t i = 0; i < n; i++)
        memcpy(sum + 2 * i, "1+", 2), neg[i] = '-';
    strcpy(sum + 2 * n, "1");
    strcpy(neg + n, "1");
    cups[0] = 0;
    for (size_t i = 0; i < 1000; i++)
        sprintf(cups + strlen(cups), "%s[%zu,%zu]", i ? "\\cup" : "", 2 * i, 2 * i + 1);
    budget_start(10000);
    GradeVerdict v;
    grade_answers(sum, "20001", NULL, &v);
    CHECK(v.equal);
    grade_verdict_free(&v);
    grade_answers(neg + n - 150, "1", NULL, &v);   /* 150 signs: read */
    CHECK(v.equal);
    grade_verdict_free(&v);
    grade_answers(neg, "1", NULL, &v);             /* 20000: too deep to read, and no crash */
    CHECK(v.reason && *v.reason);
    grade_verdict_free(&v);
    grade_answers(cups, "[0,1]", NULL, &v);
    CHECK(!v.equal);
    grade_verdict_free(&v);
    for (size_t i = 0; i < n; i++)   /* 1/2/2/.../2: a chain 20000 deep is refused, not evaluated */
        memcpy(sum + 2 * i, "/2", 2);
    sum[0] = '1';
    grade_answers(sum, "0", NULL, &v);
    CHECK(!v.equal);
    grade_verdict_free(&v);
    grade_answers("f()", "f()", NULL, &v);
    CHECK(v.equal);
    grade_verdict_free(&v);
    char *a = grade_extract("so $$x = 2$ and");   /* a display formula closed by a single $ */
    CHECK_STR(a, "x = 2");
    free(a);
    CHECK(budget_used_ms() < 10000);
    budget_start(0);
    free(sum);
    free(neg);
    free(cups);
    gc_reset();
}

static void test_extract(void)
{
    static const struct { const char *text, *answer; } cases[] = {
        {"so $x = \\boxed{\\frac{1}{2}}$ and done", "\\frac{1}{2}"},
        {"The roots are \\boxed{1} and \\boxed{-2}.", "1, -2"},
        {"Thus the answer is 42.", "42"},
        {"```python\nprint(6*7)\n```\n```output\n42\n```\n", "42"},
        {"I think it is 3, then 17 apples", "17"},
        {"Answer: C", "C"},
        {"So $n$ divides 90. Therefore, there are 12 sequences. I hope it is correct.", "12"},
        {"Therefore, the error increases by 100%.", "100%"},
        {"so \\boxed 5.", "5"},
        {"The answer is: $\\boxed{\\boxed{7}}$", "7"},
        {"Option \\textbf{(A)} fails, so we pick $\\textbf{(D)}$ since 3 < 4", "(D)"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *a = grade_extract(cases[i].text);
        CHECK_STR(a, cases[i].answer);
        free(a);
    }
    CHECK(grade_extract("no answer here") == NULL);
    gc_reset();
}

/* ToRA-70B's GSM8K rows 116 and 146: what ToRA's extract_answer + strip_string recorded. */
static void test_tora_rules(void)
{
    CHECK_STR(grade_tora_extract("Katy used $\\boxed{\\frac{840}{13}}$ teaspoons of sugar."), "\\frac{840}{13}");
    CHECK_STR(grade_tora_extract("\"\"\"He'd dumped a lego boxed set with 500 pieces on the floor.\"\"\""),
              "setwith500piecesonthefloor.\"\"\"");
    CHECK_STR(grade_tora_strip("2,125"), "2,125");
    GradeOptions tora = {.style = GRADE_STYLE_TORA};
    GradeVerdict v;
    grade_answers("0.5", "50", &tora, &v);          /* ToRA counts ref/100 */
    CHECK(v.equal);
    grade_verdict_free(&v);
    grade_answers("18.0001", "18", &tora, &v);
    CHECK(v.equal);
    grade_verdict_free(&v);
    grade_answers("\\frac{840}{13}", "42", &tora, &v);
    CHECK(!v.equal);
    grade_verdict_free(&v);
    gc_reset();
}

int main(void)
{
    gc_init((size_t)1 << 32);
    mem_install();
    gc_seal();
    RUN(test_labelled_pairs);
    RUN(test_reason_and_norms);
    RUN(test_bounds_never_hang);
    RUN(test_hostile_inputs);
    RUN(test_extract);
    RUN(test_tora_rules);
    gc_shutdown();
    return CHECK_EXIT();
}
