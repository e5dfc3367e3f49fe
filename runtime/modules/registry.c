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
#include "runtime/modules/sys.h"
#include "runtime/modules/time.h"
#include "runtime/modules/typing.h"

extern const ModuleDef mod_builtins;

const ModuleDef *const registry_modules[] = {
    &mod_builtins,
    &sympy_module,
    &sympy_abc_module,
    &sympy_views[0], &sympy_views[1], &sympy_views[2], &sympy_views[3], &sympy_views[4],
    &sympy_views[5], &sympy_views[6], &sympy_views[7], &sympy_views[8], &sympy_views[9],
    &sympy_views[10], &sympy_views[11], &sympy_views[12], &sympy_views[13],
    &sympy_views[14], &sympy_views[15], &sympy_views[16], &sympy_views[17], &sympy_views[18],
    &sympy_views[19], &sympy_views[20], &sympy_views[21], &sympy_views[22], &sympy_views[23],
    &sympy_views[24], &sympy_views[25], &sympy_views[26], &sympy_views[27], &sympy_views[28],
    &sympy_views[29], &sympy_views[30], &sympy_views[31], &sympy_views[32], &sympy_views[33],
    &sympy_views[34], &sympy_views[35], &sympy_views[36], &sympy_views[37], &sympy_views[38],
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
    NULL,
};
