/* runtime/lang/exc.h — exceptions: the built-in hierarchy, raising, catching.
 *
 * Raising is a siglongjmp to the innermost handler pushed with EXC_TRY; the VM pushes one per try
 * block, C code pushes one where it must intercept an error. Nothing needs unwinding by hand
 * because all memory is collected. Use:
 *
 *     ExcJump j;
 *     EXC_TRY(j) {
 *         ... code that may raise ...
 *         exc_pop(&j);
 *     } else {
 *         ... j.exc is the exception; the handler is already popped ...
 *     }
 *
 * Locals assigned inside the protected block and read in the else branch must be volatile.
 */
#ifndef TIRBOX_EXC_H
#define TIRBOX_EXC_H

#include <setjmp.h>

#include "runtime/lang/obj.h"

typedef struct ExcObj {
    Obj base;
    Obj *dict;
    Obj *args;             /* tuple */
    Obj *cause;            /* raise ... from cause */
    Obj *context;          /* the exception being handled when this one was raised */
    bool suppress_context;
    int line;              /* innermost line of the request's code, 0 until known */
    void *frame;           /* the innermost frame when first raised, for the traceback */
} ExcObj;

typedef struct ExcJump {
    sigjmp_buf jb;
    struct ExcJump *prev;
    Obj *exc;
    void *frame;           /* interpreter state restored when the jump lands */
    int depth;
    Obj *handled;
} ExcJump;

extern ExcJump *exc_handler;

#define EXC_TRY(j) exc_push(&(j)); if (sigsetjmp((j).jb, 0) == 0)

void exc_push(ExcJump *j);
void exc_pop(ExcJump *j);

/* Raises an exception instance, or a class (instantiated without arguments), recording the
 * current line and the exception being handled as its context unless it has them already. */
_Noreturn void exc_raise(Obj *e);
/* Jumps to the innermost handler with e as it is (a re-raise). */
_Noreturn void exc_throw(Obj *e);
/* Raises t(message) with a printf-formatted message. */
_Noreturn void exc_raisef(Type *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Raises t(arg) with an object argument (KeyError(key), StopIteration(value)). */
_Noreturn void exc_raise_arg(Type *t, Obj *arg);

/* A new exception instance of t with the given args tuple. */
Obj *exc_new(Type *t, Obj *args);
/* True when e is an instance of the class spec or of a class in the tuple spec. */
bool exc_matches(Obj *e, Obj *spec);
/* The message of an exception as str() gives it, a C string. */
const char *exc_message(Obj *e);
/* The qualified name a traceback's last line gives its type: "ZeroDivisionError",
 * "sympy.core.sympify.SympifyError", "__main__.MyError". */
const char *exc_qualname(Obj *e);

/* TypeError helpers with CPython's wording. */
_Noreturn void exc_type_error_arg_count(const char *fname, int want_min, int want_max, int got);

#define EXC_TYPES(X)                                             \
    X(BaseException, object)                                     \
    X(SystemExit, BaseException)                                 \
    X(KeyboardInterrupt, BaseException)                          \
    X(GeneratorExit, BaseException)                              \
    X(Exception, BaseException)                                  \
    X(StopIteration, Exception)                                  \
    X(StopAsyncIteration, Exception)                             \
    X(ArithmeticError, Exception)                                \
    X(FloatingPointError, ArithmeticError)                       \
    X(OverflowError, ArithmeticError)                            \
    X(ZeroDivisionError, ArithmeticError)                        \
    X(AssertionError, Exception)                                 \
    X(AttributeError, Exception)                                 \
    X(BufferError, Exception)                                    \
    X(EOFError, Exception)                                       \
    X(ImportError, Exception)                                    \
    X(ModuleNotFoundError, ImportError)                          \
    X(LookupError, Exception)                                    \
    X(IndexError, LookupError)                                   \
    X(KeyError, LookupError)                                     \
    X(MemoryError, Exception)                                    \
    X(NameError, Exception)                                      \
    X(UnboundLocalError, NameError)                              \
    X(OSError, Exception)                                        \
    X(FileNotFoundError, OSError)                                \
    X(PermissionError, OSError)                                  \
    X(TimeoutError, OSError)                                     \
    X(ReferenceError, Exception)                                 \
    X(RuntimeError, Exception)                                   \
    X(NotImplementedError, RuntimeError)                         \
    X(RecursionError, RuntimeError)                              \
    X(SyntaxError, Exception)                                    \
    X(IndentationError, SyntaxError)                             \
    X(TabError, IndentationError)                                \
    X(SystemError, Exception)                                    \
    X(TypeError, Exception)                                      \
    X(ValueError, Exception)                                     \
    X(UnicodeError, ValueError)                                  \
    X(UnicodeDecodeError, UnicodeError)                          \
    X(UnicodeEncodeError, UnicodeError)                          \
    X(Warning, Exception)                                        \
    X(UserWarning, Warning)                                      \
    X(DeprecationWarning, Warning)                               \
    X(RuntimeWarning, Warning)

#define EXC_DECLARE(name, base) extern Type type_##name;
EXC_TYPES(EXC_DECLARE)
#undef EXC_DECLARE

/* Registers the exception classes (type_ready, names in builtins). */
void exc_init(Obj *builtins_dict);

#endif
