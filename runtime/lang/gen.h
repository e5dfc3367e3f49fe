/* runtime/lang/gen.h — generators: a suspended frame resumed by next, send, throw and close. */
#ifndef TIRBOX_GEN_H
#define TIRBOX_GEN_H

#include "runtime/lang/vm.h"

typedef struct GenObj {
    Obj base;
    Frame *frame;
    Obj *name, *qualname;
    Obj *retval;             /* what the generator returned, once finished */
    bool started, running, finished;
} GenObj;

extern Type type_generator;

Obj *gen_new(Frame *f, FuncObj *fn);
/* Sends a value (None for next); NULL when the generator finished (its return value is in
 * ->retval). */
Obj *gen_send(Obj *gen, Obj *value);

void gen_init(void);

#endif
