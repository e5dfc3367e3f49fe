/* base/mem.c — the request's memory limit and the counting allocators of the libraries. */
#include "base/mem.h"

#include <gmp.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <flint/flint.h>

static size_t limit_bytes;
static size_t in_use;
static size_t peak;
static size_t library_bytes;
static mem_oom_handler oom_handler;

void mem_set_limit(size_t bytes)
{
    limit_bytes = bytes;
    peak = in_use;
}

size_t mem_limit(void) { return limit_bytes; }
size_t mem_in_use(void) { return in_use; }
size_t mem_peak(void) { return peak; }
size_t mem_library_bytes(void) { return library_bytes; }

mem_oom_handler mem_set_oom_handler(mem_oom_handler h)
{
    mem_oom_handler old = oom_handler;
    oom_handler = h;
    return old;
}

/* Applies a charge unconditionally (the memory exists whether or not it fits). */
static void account(long long delta)
{
    if (delta >= 0) {
        in_use += (size_t)delta;
        if (in_use > peak)
            peak = in_use;
    } else {
        size_t d = (size_t)-delta;
        in_use = d > in_use ? 0 : in_use - d;
    }
}

static bool over_limit(void) { return limit_bytes && in_use > limit_bytes; }

bool mem_try_charge(long long delta)
{
    if (delta > 0 && limit_bytes && (size_t)delta > limit_bytes - (in_use < limit_bytes ? in_use : limit_bytes))
        return false;
    account(delta);
    return true;
}

_Noreturn void mem_oom(void)
{
    if (oom_handler)
        oom_handler();
    fputs("tirbox: out of memory\n", stderr);
    abort();
}

#ifdef TIRBOX_FAULT
static unsigned long fault_count, fault_at;

void mem_fault_arm(unsigned long n)
{
    fault_count = 0;
    fault_at = n;
}

unsigned long mem_fault_count(void) { return fault_count; }

void mem_fault_point(void)
{
    if (++fault_count == fault_at)
        mem_oom();
}
#define FAULT_POINT() mem_fault_point()
#else
#define FAULT_POINT() ((void)0)
#endif

/* Library blocks are charged by their usable size, so that frees (which FLINT does not size)
 * give back exactly what was charged. A block that went over the limit stays with the library
 * (it owns it now) and the request ends. */
static void library_account(long long delta)
{
    library_bytes = (size_t)((long long)library_bytes + delta);
    account(delta);
    if (delta > 0 && over_limit())
        mem_oom();
}

static void *lib_malloc(size_t n)
{
    FAULT_POINT();
    void *p = malloc(n ? n : 1);
    if (!p)
        mem_oom();
    library_account((long long)malloc_usable_size(p));
    return p;
}

static void *lib_calloc(size_t k, size_t n)
{
    FAULT_POINT();
    void *p = calloc(k ? k : 1, n ? n : 1);
    if (!p)
        mem_oom();
    library_account((long long)malloc_usable_size(p));
    return p;
}

static void *lib_realloc(void *old, size_t n)
{
    FAULT_POINT();
    long long before = old ? (long long)malloc_usable_size(old) : 0;
    void *p = realloc(old, n ? n : 1);
    if (!p)
        mem_oom();
    library_account((long long)malloc_usable_size(p) - before);
    return p;
}

static void lib_free(void *p)
{
    if (!p)
        return;
    library_account(-(long long)malloc_usable_size(p));
    free(p);
}

static void *gmp_alloc(size_t n) { return lib_malloc(n); }
static void *gmp_realloc(void *p, size_t old, size_t n) { (void)old; return lib_realloc(p, n); }
static void gmp_free(void *p, size_t n) { (void)n; lib_free(p); }

void mem_install(void)
{
    mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
    __flint_set_memory_functions(lib_malloc, lib_calloc, lib_realloc, lib_free);
}
