/* base/gc.h — the collected heap: every object of the language and of the symbolic engine lives here.
 *
 * A conservative mark-and-sweep collector (the MicroPython/Boehm family). Roots are the C stack,
 * the registers and the executable's data and bss segments; a reachable block is scanned word by
 * word for further pointers unless it was allocated atomic. Any word that points into a block,
 * interior pointers included, keeps the block alive. Code therefore allocates and forgets: nothing
 * is freed by hand, and a longjmp out of any depth leaks nothing.
 *
 * The rules that make this sound:
 *   - Pointers to collected blocks live only in collected blocks, on the stack, or in static
 *     variables of the executable. Never in malloc'd memory, library-owned memory or TLS.
 *   - A block that owns library memory (mpz_t, fmpz_poly_t, arb_t, ca_t ...) is allocated with
 *     gc_alloc_final; its finalizer releases that memory and must not touch other blocks or
 *     allocate.
 *   - Blocks allocated before gc_seal() are permanent (the builtins, interned names, constants
 *     built at start-up): never freed, never scanned, so they must never be made to point at a
 *     block allocated after the seal.
 *   - gc_reset() frees every block allocated since the seal at once (the end of a one-shot
 *     request): afterwards no static variable may still hold one of them.
 *
 * Exhaustion never returns NULL: the request's memory limit lives in base/mem.h, and going over
 * it calls mem_oom(), which does not return.
 */
#ifndef TIRBOX_GC_H
#define TIRBOX_GC_H

#include <stdbool.h>
#include <stddef.h>

typedef void (*gc_finalizer)(void *block);

/* Reserves `reserve` bytes of address space for the heap (rounded to pages). Call once. */
void gc_init(size_t reserve);

/* A zeroed block of n bytes that is scanned for pointers. */
void *gc_alloc(size_t n);

/* A zeroed block that is never scanned: characters, digits, doubles. */
void *gc_alloc_atomic(size_t n);

/* A zeroed, scanned block; fin(block) runs once when the block is freed. */
void *gc_alloc_final(size_t n, gc_finalizer fin);

/* Grows or shrinks a block from gc_alloc or gc_alloc_atomic, keeping its kind; NULL p allocates a
 * scanned block. The old block is left to the collector (other pointers to it may exist). */
void *gc_realloc(void *p, size_t n);

/* The usable size of a block (at least what was asked). */
size_t gc_size(const void *p);

/* True when p points into a block of the heap (allocated or not) rather than elsewhere. */
bool gc_owns(const void *p);

/* True when p points into a permanent block. */
bool gc_is_permanent(const void *p);

/* Runs a full collection now. */
void gc_collect(void);

/* Ends start-up: every block allocated so far becomes permanent. */
void gc_seal(void);

/* Frees every block allocated since gc_seal(), running finalizers. */
void gc_reset(void);

/* Runs every finalizer, permanent blocks included, so that leak checkers see library memory
 * returned at exit. The heap is unusable afterwards. */
void gc_shutdown(void);

/* Statistics: bytes held in blocks allocated since the seal, and collections run so far. */
size_t gc_young_bytes(void);
size_t gc_collections(void);

#endif
