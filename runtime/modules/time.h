/* runtime/modules/time.h — the `time` module's clocks (time, perf_counter, monotonic,
 * process_time and their _ns forms), sleep (which returns at once: waiting changes no output),
 * and strftime/ctime of the current time in UTC (the sandbox has no time zone). */
#ifndef TIRBOX_MOD_TIME_H
#define TIRBOX_MOD_TIME_H

#include "runtime/lang/module.h"

extern const ModuleDef time_module;

#endif
