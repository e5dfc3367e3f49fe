/* base/gc.c — the collected heap (the rules are in gc.h).
 *
 * Layout: one reserved range of 8 KiB pages. A small block (up to 2 KiB) lives in a one-page span
 * of blocks of one size class and one kind (scanned, atomic, or scanned with a finalizer word in
 * front); a large block owns a run of pages. A table maps each page to its span; a span records
 * which of its blocks are allocated and marked. Pages below `young_base` belong to the permanent
 * spans made before gc_seal(); young pages are bump-allocated above it and recycled through a list
 * of free runs, and gc_reset() simply rewinds the bump pointer. Freed pages go back to the kernel
 * only at gc_reset (beyond a few hot megabytes): returning them during a request, only to touch
 * them again at the next allocation, costs more system time than it saves.
 */
#include "base/gc.h"

#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "base/budget.h"
#include "base/mem.h"

#if defined(__has_include)
#if __has_include(<valgrind/memcheck.h>)
#include <valgrind/memcheck.h>
#endif
#endif
#ifndef VALGRIND_MAKE_MEM_DEFINED
#define VALGRIND_MAKE_MEM_DEFINED(p, n) ((void)(p), (void)(n))
#endif

#define PAGE_SHIFT 13
#define PAGE ((size_t)1 << PAGE_SHIFT)
#define SMALL_LIMIT 2048
#define FINAL_HDR 16
#define NCLASS 24
#define MIN_THRESHOLD ((size_t)8 << 20)
#define HOT_PAGES ((size_t)(16 << 20) / PAGE)     /* young pages kept mapped across resets */
#define MARK_STACK ((size_t)1 << 20)

enum { KIND_SCAN, KIND_ATOMIC, KIND_FINAL, NKIND };
enum { SPAN_FREE, SPAN_SMALL, SPAN_LARGE };

typedef struct Span {
    struct Span *prev, *next;
    uint32_t page, npages;
    uint8_t state, kind, perm, cls;
    uint32_t size;      /* block size: the class size, or the large block's byte size */
    uint32_t nobj, nalloc;
    uint32_t recip;     /* ceil(2^32 / size): block index = offset * recip >> 32 */
    uint64_t alloc[8], mark[8];
} Span;

typedef struct Slot { struct Slot *next; } Slot;

static const uint32_t class_size[NCLASS] = {
    16, 32, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256,
    320, 384, 448, 512, 640, 768, 896, 1024, 1280, 1536, 1792, 2048,
};
static uint8_t class_of[SMALL_LIMIT / 16 + 1];   /* (size + 15) / 16 -> class */

static char *heap_lo;
static size_t heap_pages;
static size_t top_page;          /* pages below are or were in use */
static size_t young_base;        /* first page after the permanent spans */
static Span **page_span;
static Span *span_pool, *span_free;
static size_t span_pool_used;
static Span *young_spans, *perm_spans, *free_runs;
static Slot *freelist[NKIND][NCLASS];
static void **mark_stack;
static size_t mark_top;
static int mark_overflow;
static int sealed;
static size_t young_bytes, since_gc, threshold = MIN_THRESHOLD, charged, ncollect;

extern char __data_start[], _end[];
extern void *__libc_stack_end;

static void *map_reserve(size_t n)
{
    void *p = mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) {
        fputs("tirbox: cannot reserve the heap\n", stderr);
        abort();
    }
    return p;
}

void gc_init(size_t reserve)
{
    heap_pages = (reserve + PAGE - 1) / PAGE;
    /* Page-aligned to PAGE so that a span's base is page_index << PAGE_SHIFT from heap_lo. */
    char *raw = map_reserve(heap_pages * PAGE + PAGE);
    heap_lo = (char *)(((uintptr_t)raw + PAGE - 1) & ~(uintptr_t)(PAGE - 1));
    page_span = map_reserve(heap_pages * sizeof(Span *));
    span_pool = map_reserve(heap_pages * sizeof(Span));
    mark_stack = map_reserve(MARK_STACK * sizeof(void *));
    for (size_t i = 0, c = 0; i <= SMALL_LIMIT / 16; i++) {
        while (class_size[c] < i * 16)
            c++;
        class_of[i] = (uint8_t)c;
    }
}

/* ---- spans and page runs ---------------------------------------------------------------- */

static Span *span_new(void)
{
    Span *s = span_free;
    if (s)
        span_free = s->next;
    else
        s = &span_pool[span_pool_used++];
    memset(s, 0, sizeof *s);
    return s;
}

static void list_push(Span **head, Span *s)
{
    s->prev = NULL;
    s->next = *head;
    if (*head)
        (*head)->prev = s;
    *head = s;
}

static void list_unlink(Span **head, Span *s)
{
    if (s->prev)
        s->prev->next = s->next;
    else
        *head = s->next;
    if (s->next)
        s->next->prev = s->prev;
}

static char *span_base(const Span *s) { return heap_lo + ((size_t)s->page << PAGE_SHIFT); }

/* The span owning page `pg`, or NULL; entries of recycled pages may be stale, so check. */
static Span *span_of_page(size_t pg)
{
    if (pg >= top_page)
        return NULL;
    Span *s = page_span[pg];
    if (!s || pg < s->page || pg >= (size_t)s->page + s->npages)
        return NULL;
    return s;
}

static void set_pages(Span *s)
{
    for (uint32_t i = 0; i < s->npages; i++)
        page_span[s->page + i] = s;
}

/* Takes n pages for a young or pre-seal span, charging them once sealed; NULL when over the
 * memory limit. */
static Span *take_pages(size_t n)
{
    if (sealed && !mem_try_charge((long long)(n * PAGE)))
        return NULL;
    for (Span *r = free_runs; r; r = r->next) {
        if (r->npages < n)
            continue;
        list_unlink(&free_runs, r);
        uint32_t page = r->page, have = r->npages;
        memset(r, 0, sizeof *r);
        r->page = page;
        r->npages = have;
        if (r->npages > n) {
            Span *rest = span_new();
            rest->state = SPAN_FREE;
            rest->page = r->page + (uint32_t)n;
            rest->npages = r->npages - (uint32_t)n;
            page_span[rest->page] = rest;
            page_span[rest->page + rest->npages - 1] = rest;
            list_push(&free_runs, rest);
            r->npages = (uint32_t)n;
        }
        if (sealed)
            charged += n * PAGE;
        return r;
    }
    if (top_page + n > heap_pages) {
        if (sealed)
            mem_try_charge(-(long long)(n * PAGE));
        return NULL;
    }
    Span *s = span_new();
    s->page = (uint32_t)top_page;
    s->npages = (uint32_t)n;
    top_page += n;
    if (sealed)
        charged += n * PAGE;
    return s;
}

/* Gives a young span's pages back as a free run, merged with free neighbours. */
static void release_pages(Span *s)
{
    if (sealed) {
        mem_try_charge(-(long long)((size_t)s->npages * PAGE));
        charged -= (size_t)s->npages * PAGE;
    }
    s->state = SPAN_FREE;
    Span *left = s->page > young_base ? span_of_page(s->page - 1) : NULL;
    if (left && left->state == SPAN_FREE) {
        list_unlink(&free_runs, left);
        left->npages += s->npages;
        s->next = span_free;
        span_free = s;
        s = left;
    }
    Span *right = span_of_page((size_t)s->page + s->npages);
    if (right && right->state == SPAN_FREE) {
        list_unlink(&free_runs, right);
        s->npages += right->npages;
        right->next = span_free;
        span_free = right;
    }
    page_span[s->page] = s;
    page_span[s->page + s->npages - 1] = s;
    list_push(&free_runs, s);
}

/* ---- allocation ------------------------------------------------------------------------ */

static uint32_t block_index(const Span *s, const char *p)
{
    return (uint32_t)(((uint64_t)(p - span_base(s)) * s->recip) >> 32);
}

static int bit_get(const uint64_t *bits, uint32_t i) { return (int)((bits[i >> 6] >> (i & 63)) & 1); }
static void bit_set(uint64_t *bits, uint32_t i) { bits[i >> 6] |= (uint64_t)1 << (i & 63); }
static void bit_clear(uint64_t *bits, uint32_t i) { bits[i >> 6] &= ~((uint64_t)1 << (i & 63)); }

/* Threads a span's free blocks onto its free list, lowest address first. */
static void span_thread_free(Span *s)
{
    Slot **head = &freelist[s->kind][s->cls];
    char *base = span_base(s);
    for (uint32_t i = s->nobj; i-- > 0;) {
        if (!bit_get(s->alloc, i)) {
            Slot *b = (Slot *)(base + (size_t)i * s->size);
            b->next = *head;
            *head = b;
        }
    }
}

static Span *span_acquire(size_t npages)
{
    Span *s = take_pages(npages);
    if (!s) {
        gc_collect();
        s = take_pages(npages);
        if (!s)
            mem_oom();
    }
    return s;
}

static Slot *refill(int kind, int cls)
{
    if (since_gc >= threshold) {
        gc_collect();
        if (freelist[kind][cls])
            return freelist[kind][cls];
    }
    Span *s = span_acquire(1);
    s->state = SPAN_SMALL;
    s->kind = (uint8_t)kind;
    s->cls = (uint8_t)cls;
    s->size = class_size[cls];
    s->nobj = (uint32_t)(PAGE / s->size);
    s->recip = (uint32_t)((((uint64_t)1 << 32) + s->size - 1) / s->size);
    set_pages(s);
    list_push(&young_spans, s);
    span_thread_free(s);
    return freelist[kind][cls];
}

static void *alloc_large(size_t need, int kind)
{
    if (since_gc >= threshold)
        gc_collect();
    size_t npages = (need + PAGE - 1) / PAGE;
    if (npages > heap_pages)
        mem_oom();
    Span *s = span_acquire(npages);
    s->state = SPAN_LARGE;
    s->kind = (uint8_t)kind;
    s->size = (uint32_t)(npages * PAGE > UINT32_MAX ? UINT32_MAX : need);
    s->nobj = 1;
    s->nalloc = 1;
    s->recip = 0;
    bit_set(s->alloc, 0);
    set_pages(s);
    list_push(&young_spans, s);
    char *p = span_base(s);
    memset(p, 0, need);
    young_bytes += npages * PAGE;
    since_gc += npages * PAGE;
    return p;
}

static void *alloc_block(size_t need, int kind)
{
    budget_tick();
#ifdef TIRBOX_FAULT
    mem_fault_point();
#endif
    if (need > SMALL_LIMIT)
        return alloc_large(need, kind);
    int cls = class_of[(need + 15) >> 4];
    Slot *b = freelist[kind][cls];
    if (!b)
        b = refill(kind, cls);
    freelist[kind][cls] = b->next;
    Span *s = page_span[((char *)b - heap_lo) >> PAGE_SHIFT];
    bit_set(s->alloc, block_index(s, (char *)b));
    s->nalloc++;
    memset(b, 0, s->size);
    young_bytes += s->size;
    since_gc += s->size;
    return b;
}

void *gc_alloc(size_t n) { return alloc_block(n ? n : 1, KIND_SCAN); }

void *gc_alloc_atomic(size_t n) { return alloc_block(n ? n : 1, KIND_ATOMIC); }

void *gc_alloc_final(size_t n, gc_finalizer fin)
{
    char *b = alloc_block(n + FINAL_HDR, KIND_FINAL);
    memcpy(b, &fin, sizeof fin);
    return b + FINAL_HDR;
}

/* The span and block start of a pointer anywhere inside an allocated block, or NULL. */
static Span *find_block(const void *p, char **start)
{
    uintptr_t off = (uintptr_t)p - (uintptr_t)heap_lo;
    if (off >= heap_pages * PAGE)
        return NULL;
    Span *s = span_of_page(off >> PAGE_SHIFT);
    if (!s || s->state == SPAN_FREE)
        return NULL;
    if (s->state == SPAN_LARGE) {
        if ((uintptr_t)p - (uintptr_t)span_base(s) >= s->size || !bit_get(s->alloc, 0))
            return NULL;
        *start = span_base(s);
        return s;
    }
    uint32_t i = block_index(s, p);
    if (i >= s->nobj || !bit_get(s->alloc, i))
        return NULL;
    *start = span_base(s) + (size_t)i * s->size;
    return s;
}

size_t gc_size(const void *p)
{
    char *start;
    Span *s = find_block(p, &start);
    if (!s)
        return 0;
    size_t n = s->size - (size_t)((const char *)p - start);
    return n;
}

void *gc_realloc(void *p, size_t n)
{
    if (!p)
        return gc_alloc(n);
    char *start;
    Span *s = find_block(p, &start);
    size_t have = s ? s->size - (size_t)((char *)p - start) : 0;
    if (n <= have)
        return p;
    void *q = alloc_block(n, s && s->kind == KIND_ATOMIC ? KIND_ATOMIC : KIND_SCAN);
    memcpy(q, p, have);
    return q;
}

bool gc_owns(const void *p)
{
    uintptr_t off = (uintptr_t)p - (uintptr_t)heap_lo;
    return heap_lo && off < top_page * PAGE;
}

bool gc_is_permanent(const void *p)
{
    char *start;
    Span *s = find_block(p, &start);
    return s && s->perm;
}

/* ---- marking --------------------------------------------------------------------------- */

static void mark_word(uintptr_t w)
{
    uintptr_t off = w - (uintptr_t)heap_lo;
    if (off >= top_page * PAGE)
        return;
    Span *s = span_of_page(off >> PAGE_SHIFT);
    if (!s || s->state == SPAN_FREE || s->perm)
        return;
    uint32_t i = 0;
    if (s->state == SPAN_SMALL) {
        i = block_index(s, (const char *)w);
        if (i >= s->nobj)
            return;
    } else if (w - (uintptr_t)span_base(s) >= s->size) {
        return;
    }
    if (!bit_get(s->alloc, i) || bit_get(s->mark, i))
        return;
    bit_set(s->mark, i);
    if (s->kind == KIND_ATOMIC)
        return;
    if (mark_top < MARK_STACK)
        mark_stack[mark_top++] = span_base(s) + (size_t)i * s->size;
    else
        mark_overflow = 1;
}

__attribute__((no_sanitize_address)) static void scan_range(const void *lo, const void *hi)
{
    uintptr_t a = ((uintptr_t)lo + sizeof(uintptr_t) - 1) & ~(uintptr_t)(sizeof(uintptr_t) - 1);
    for (const uintptr_t *p = (const uintptr_t *)a; (const char *)(p + 1) <= (const char *)hi; p++) {
        uintptr_t w = *p;
        VALGRIND_MAKE_MEM_DEFINED(&w, sizeof w);
        mark_word(w);
    }
}

static void scan_block(char *b)
{
    Span *s = page_span[(b - heap_lo) >> PAGE_SHIFT];
    scan_range(b, b + s->size);
}

static void drain(void)
{
    while (mark_top)
        scan_block(mark_stack[--mark_top]);
}

/* After a mark-stack overflow: rescan every marked scanned block until nothing new is marked. */
static void rescan_marked(void)
{
    while (mark_overflow) {
        mark_overflow = 0;
        for (Span *s = young_spans; s; s = s->next) {
            if (s->kind == KIND_ATOMIC)
                continue;
            for (uint32_t i = 0; i < s->nobj; i++) {
                if (bit_get(s->mark, i)) {
                    scan_block(span_base(s) + (size_t)i * s->size);
                    drain();
                }
            }
        }
    }
}

__attribute__((noinline)) static void mark_roots(void)
{
    jmp_buf regs;   /* spills callee-saved registers onto the stack scanned below */
    setjmp(regs);
    volatile char here = 0;
    scan_range((const void *)&here, __libc_stack_end);
    scan_range(regs, (char *)regs + sizeof regs);
    drain();
    scan_range(__data_start, _end);
    drain();
    rescan_marked();
}

/* ---- sweeping -------------------------------------------------------------------------- */

static void finalize_block(char *b)
{
    gc_finalizer fin;
    memcpy(&fin, b, sizeof fin);
    if (fin)
        fin(b + FINAL_HDR);
}

static void sweep(void)
{
    memset(freelist, 0, sizeof freelist);
    Span *next;
    for (Span *s = young_spans; s; s = next) {
        next = s->next;
        char *base = span_base(s);
        for (uint32_t i = 0; i < s->nobj; i++) {
            if (bit_get(s->alloc, i) && !bit_get(s->mark, i)) {
                if (s->kind == KIND_FINAL)
                    finalize_block(base + (size_t)i * s->size);
                bit_clear(s->alloc, i);
                s->nalloc--;
                young_bytes -= s->state == SPAN_SMALL ? s->size : (size_t)s->npages * PAGE;
            }
        }
        memset(s->mark, 0, sizeof s->mark);
        if (s->nalloc == 0) {
            list_unlink(&young_spans, s);
            release_pages(s);
        } else if (s->state == SPAN_SMALL) {
            span_thread_free(s);
        }
    }
}

void gc_collect(void)
{
    if (!heap_lo)
        return;
    ncollect++;
    mark_roots();
    sweep();
    since_gc = 0;
    threshold = young_bytes > MIN_THRESHOLD ? young_bytes : MIN_THRESHOLD;
}

/* ---- life cycle ------------------------------------------------------------------------ */

void gc_seal(void)
{
    while (young_spans) {
        Span *s = young_spans;
        list_unlink(&young_spans, s);
        s->perm = 1;
        list_push(&perm_spans, s);
    }
    /* Free runs and free blocks among permanent pages are abandoned: young pages start above. */
    free_runs = NULL;
    memset(freelist, 0, sizeof freelist);
    young_base = top_page;
    young_bytes = since_gc = charged = 0;
    threshold = MIN_THRESHOLD;
    sealed = 1;
}

static void finalize_spans(Span *list)
{
    for (Span *s = list; s; s = s->next) {
        if (s->kind != KIND_FINAL)
            continue;
        for (uint32_t i = 0; i < s->nobj; i++)
            if (bit_get(s->alloc, i))
                finalize_block(span_base(s) + (size_t)i * s->size);
    }
}

void gc_reset(void)
{
    finalize_spans(young_spans);
    while (young_spans) {
        Span *s = young_spans;
        young_spans = s->next;
        s->next = span_free;
        span_free = s;
    }
    while (free_runs) {
        Span *r = free_runs;
        free_runs = r->next;
        r->next = span_free;
        span_free = r;
    }
    memset(freelist, 0, sizeof freelist);
    if (top_page > young_base + HOT_PAGES)
        madvise(heap_lo + (young_base + HOT_PAGES) * PAGE, (top_page - young_base - HOT_PAGES) * PAGE,
                MADV_DONTNEED);
    top_page = young_base;
    if (sealed)
        mem_try_charge(-(long long)charged);
    young_bytes = since_gc = charged = 0;
    threshold = MIN_THRESHOLD;
}

void gc_shutdown(void)
{
    finalize_spans(young_spans);
    finalize_spans(perm_spans);
    young_spans = perm_spans = NULL;
}

size_t gc_young_bytes(void) { return young_bytes; }
size_t gc_collections(void) { return ncollect; }
