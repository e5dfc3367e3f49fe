/* runtime/lang/vm.h — the bytecode interpreter: frames, calls, generators.
 *
 * Every Python-level call runs vm_run on a new frame (the C stack follows the Python stack, as in
 * CPython); a generator keeps its frame in the heap and resumes it. `vm` is the interpreter state:
 * the innermost frame (for line numbers), the depth counted against the recursion limit, and the
 * exception being handled (for bare `raise` and implicit chaining). */
#ifndef TIRBOX_VM_H
#define TIRBOX_VM_H

#include <signal.h>

#include "runtime/lang/code.h"
#include "runtime/lang/func.h"
#include "runtime/lang/obj.h"

typedef struct Block {
    uint32_t handler;        /* instruction to jump to when an exception lands here */
    uint32_t level;          /* value-stack depth to unwind to */
    Obj *handled;            /* vm.handled when the block was entered */
} Block;

typedef struct Frame {
    CodeObj *code;
    FuncObj *func;
    Obj *globals;
    Obj *locals;             /* a dict for class bodies; NULL when locals are slots */
    struct Frame *back;
    const uint32_t *pc;      /* the instruction being executed (the next to run when suspended) */
    uint32_t stack;          /* saved value-stack depth of a suspended generator */
    int nblocks;
    Block *blocks;
    Obj *fast[];             /* locals, cells, free variables, then the value stack */
} Frame;

typedef struct VmState {
    Frame *frame;
    int depth;
    int limit;
    char *stack_low;         /* a call whose C frame would sit below this raises RecursionError */
    volatile sig_atomic_t interrupted;   /* set by SIGINT: raise KeyboardInterrupt at a safe point */
    Obj *handled;
    Obj *builtins;           /* the builtins dict of this request */
} VmState;

extern VmState vm;

#define VM_DEFAULT_RECURSION_LIMIT 1000

int frame_line(const Frame *f);
bool frame_is_prelude(const Frame *f);

/* Calls a Python function. */
Obj *vm_call_function(FuncObj *fn, Obj **args, int nargs, Obj *kwnames);
/* Runs module-level code in the globals dict. */
void vm_exec_module(CodeObj *code, Obj *globals);
/* Evaluates an expression code object (cell mode's trailing expression) in globals. */
Obj *vm_eval(CodeObj *code, Obj *globals);
/* Runs code with a dict for its locals (a class body), returning what the code returns. */
Obj *vm_run_namespace(CodeObj *code, Obj *globals, Obj *locals, Obj *closure);

/* Resumes a generator's frame, pushing `sent` unless it is the first run; sets *yielded and
 * returns the yielded value, or the return value when the frame finished. */
Obj *vm_resume(Frame *f, Obj *sent, bool first, bool *yielded);

/* Raises an exception again as it is, keeping its line and context (a re-raise). */
_Noreturn void vm_reraise(Obj *exc);

void vm_init(Obj *builtins_dict);

#endif
