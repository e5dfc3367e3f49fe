/* base/mem.h — the request's memory limit, shared by the collected heap and the libraries.
 *
 * The collected heap charges the pages it holds for blocks allocated since the seal; GMP, MPFR,
 * FLINT, Arb and Calcium allocate through counting wrappers installed by mem_install(). Their sum
 * is checked against the limit. Over the limit, or when malloc itself fails, mem_oom() calls the
 * handler set by the runtime, which ends the request with status `memory` and never returns (a
 * longjmp out of library code may strand library temporaries, so the worker is retired after).
 */
#ifndef TIRBOX_MEM_H
#define TIRBOX_MEM_H

#include <stdbool.h>
#include <stddef.h>

typedef void (*mem_oom_handler)(void);

/* Routes the GMP/MPFR and FLINT/Arb/Calcium allocators through the counting wrappers. */
void mem_install(void);

/* Sets the limit in bytes (0: none) and forgets the peak. */
void mem_set_limit(size_t bytes);
size_t mem_limit(void);

/* Adds (or with a negative delta removes) charged bytes; false, with nothing charged, when the
 * limit would be exceeded. */
bool mem_try_charge(long long delta);

/* Bytes charged now and the peak since the last mem_set_limit. */
size_t mem_in_use(void);
size_t mem_peak(void);

/* Bytes charged by library allocations alone. */
size_t mem_library_bytes(void);

/* Sets the handler of mem_oom(); returns the previous one. */
mem_oom_handler mem_set_oom_handler(mem_oom_handler h);

/* Out of memory: calls the handler, or aborts when none is set. */
_Noreturn void mem_oom(void);

#ifdef TIRBOX_FAULT
/* Allocation-failure injection, compiled only into the test build of tests/hardening/oomsweep
 * (-DTIRBOX_FAULT), never into the shipped binary. */

/* Counts allocations (collected heap and libraries) from zero again; the n-th from now fails
 * as if memory were exhausted (0: none fails). */
void mem_fault_arm(unsigned long n);

/* Allocations counted since mem_fault_arm. */
unsigned long mem_fault_count(void);

/* Counts one allocation; calls mem_oom() when it is the one that must fail. */
void mem_fault_point(void);
#endif

#endif
