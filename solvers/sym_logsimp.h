/* solvers/sym_logsimp.h — logcombine(): sums and multiples of logarithms gathered into one. */
#ifndef TIRBOX_SYM_LOGSIMP_H
#define TIRBOX_SYM_LOGSIMP_H

#include "solvers/sym.h"

/* logcombine(e, force): a*log(x) + log(y) -> log(x**a*y) where x, y are positive and a real (with
 * force, wherever that is not known false), from the leaves up. */
Sym *sym_logcombine(Sym *e, bool force);

#endif
