/* runtime/modules/datetime.h — the `datetime` module for naive times: timedelta (normalised,
 * exact arithmetic and CPython's printing), date, time and datetime (validation, arithmetic with
 * timedeltas, comparison, isoformat/fromisoformat, strftime, strptime, today/now from the
 * clock, in UTC). Time zones are not supported. */
#ifndef TIRBOX_MOD_DATETIME_H
#define TIRBOX_MOD_DATETIME_H

#include "runtime/lang/module.h"

extern const ModuleDef datetime_module;

/* The current time in UTC as a broken-down struct tm (wday and yday filled), and its
 * microseconds; computed from the clock without the C library's zone machinery, which would
 * read files the sandbox forbids. */
struct tm;
void datetime_utc_now(struct tm *tm, int *us);

#endif
