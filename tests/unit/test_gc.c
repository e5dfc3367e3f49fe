/* tests/unit/test_gc.c — the collected heap: reachability, finalizers, seal/reset, the limit. */
#include <stdint.h>
#include <stdlib.h>

#include "base/gc.h"
#include "base/mem.h"
#include "tests/unit/check.h"

typedef struct Node { struct Node *next; long value; } Node;

static int finalized;
static void count_final(void *p) { (void)p; finalized++; }

static Node *keep;   /* a static root */

static __attribute__((noinline)) void make_garbage(int n)
{
    for (int i = 0; i < n; i++)
        gc_alloc_final(32, count_final);
}

static void test_reachable_survive(void)
{
    keep = NULL;
    for (long i = 0; i < 1000; i++) {
        Node *n = gc_alloc(sizeof *n);
        n->next = keep;
        n->value = i;
        keep = n;
    }
    make_garbage(100000);
    gc_collect();
    long sum = 0, count = 0;
    for (Node *n = keep; n; n = n->next) {
        sum += n->value;
        count++;
    }
    CHECK(count == 1000);
    CHECK(sum == 999 * 1000 / 2);
    keep = NULL;
}

static void test_unreachable_finalized(void)
{
    finalized = 0;
    make_garbage(5000);
    gc_collect();
    gc_collect();
    CHECK(finalized >= 4900);   /* conservative: a few may be held by stale stack words */
}

static void test_large_and_interior(void)
{
    char *big = gc_alloc_atomic(1 << 20);
    big[(1 << 20) - 1] = 7;
    char *inner = big + 12345;
    big = NULL;
    make_garbage(20000);
    gc_collect();
    CHECK(gc_size(inner) >= (1 << 20) - 12345);
    CHECK(inner[(1 << 20) - 1 - 12345] == 7);
}

static void test_realloc_keeps_contents(void)
{
    long *a = gc_alloc(8 * sizeof(long));
    for (int i = 0; i < 8; i++)
        a[i] = i * 3;
    a = gc_realloc(a, 5000 * sizeof(long));
    CHECK(gc_size(a) >= 5000 * sizeof(long));
    for (int i = 0; i < 8; i++)
        CHECK(a[i] == i * 3);
    CHECK(a[4999] == 0);
}

static Node *perm_node;

static void test_seal_reset_and_limit(void)
{
    perm_node = gc_alloc(sizeof *perm_node);
    perm_node->value = 42;
    gc_seal();
    CHECK(gc_is_permanent(perm_node));
    mem_set_limit(64u << 20);
    finalized = 0;
    make_garbage(1000);
    Node *young = gc_alloc(sizeof *young);
    CHECK(!gc_is_permanent(young));
    CHECK(gc_young_bytes() > 0);
    CHECK(mem_in_use() > 0);
    gc_reset();
    CHECK(finalized == 1000);
    CHECK(gc_young_bytes() == 0);
    CHECK(mem_in_use() == 0);
    CHECK(perm_node->value == 42);
    /* Garbage beyond the limit is collected instead of failing. */
    for (int round = 0; round < 20; round++)
        gc_alloc_atomic(8u << 20);
    CHECK(mem_in_use() <= 64u << 20);
    gc_reset();
    mem_set_limit(0);
}

int main(void)
{
    gc_init((size_t)1 << 32);
    mem_install();
    RUN(test_reachable_survive);
    RUN(test_unreachable_finalized);
    RUN(test_large_and_interior);
    RUN(test_realloc_keeps_contents);
    RUN(test_seal_reset_and_limit);
    gc_shutdown();
    return CHECK_EXIT();
}
