/* runtime/modules/operator.h — the `operator` module: the operators as functions (add, mul,
 * truediv, the comparisons, the in-place forms ...), itemgetter, attrgetter and methodcaller. */
#ifndef TIRBOX_MOD_OPERATOR_H
#define TIRBOX_MOD_OPERATOR_H

#include "runtime/lang/module.h"

extern const ModuleDef operator_module;

#endif
