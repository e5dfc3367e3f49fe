/* runtime/modules/registry.c — the list of built-in modules a program can import. */
#include "runtime/modules/registry.h"

#include "runtime/modules/bisect.h"
#include "runtime/modules/cmath.h"
#include "runtime/modules/collections.h"
#include "runtime/modules/copy.h"
#include "runtime/modules/datetime.h"
#include "runtime/modules/decimal.h"
#include "runtime/modules/fractions.h"
#include "runtime/modules/functools.h"
#include "runtime/modules/heapq.h"
#include "runtime/modules/itertools.h"
#include "runtime/modules/json.h"
#include "runtime/modules/math.h"
#include "runtime/modules/operator.h"
#include "runtime/modules/os.h"
#include "runtime/modules/random.h"
#include "runtime/modules/re.h"
#include "runtime/modules/statistics.h"
#include "runtime/modules/string.h"
#include "runtime/modules/sympy.h"
#include "runtime/modules/sympy_iterables.h"
#include "runtime/modules/sys.h"
#include "runtime/modules/time.h"
#include "runtime/modules/typing.h"

extern const ModuleDef mod_builtins;

static const ModuleDef *const listed[] = {
    &mod_builtins,
    &sympy_module,
    &sympy_abc_module,
    &sympy_iterables_module,
    &math_module,
    &fractions_module,
    &itertools_module,
    &collections_module,
    &functools_module,
    &statistics_module,
    &cmath_module,
    &random_module,
    &string_module,
    &re_module,
    &operator_module,
    &heapq_module,
    &bisect_module,
    &copy_module,
    &sys_module,
    &os_module,
    &os_path_module,
    &time_module,
    &typing_module,
    &json_module,
    &datetime_module,
    &decimal_module,
};

#define N_LISTED (sizeof listed / sizeof listed[0])

size_t registry_count(void) { return N_LISTED + SYMPY_VIEWS; }

const ModuleDef *registry_get(size_t i) { return i < N_LISTED ? listed[i] : &sympy_views[i - N_LISTED]; }
