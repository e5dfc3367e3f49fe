/* runtime/modules/random.h — the `random` module: CPython's Mersenne Twister (seeding from ints,
 * floats, strs and bytes exactly as CPython does, so the same seed gives the same numbers),
 * the Random class and the module-level functions bound to a hidden instance. Without a call to
 * seed, every request starts from the state of seed(0): runs are reproducible. */
#ifndef TIRBOX_MOD_RANDOM_H
#define TIRBOX_MOD_RANDOM_H

#include "runtime/lang/module.h"

extern const ModuleDef random_module;

#endif
