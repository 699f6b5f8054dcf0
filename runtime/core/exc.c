/* exc.c -- exceptions: the builtin exception types (CPython's hierarchy),
 * raising, isinstance, printing an uncaught exception like CPython, and the
 * two helpers compiled code calls for `except` and unpacking. */
#include "core.h"

rt_obj *rt_exc;
const char *rt_exc_file;
i64 rt_exc_line;
const char *rt_exc_func;

static const uint8_t exc_fields[] = {RT_OBJ};

#define EXC(name, basename)                                                   \
    const rt_type rt_type_##name = {#name, "builtins", basename, RT_L_FIELDS, \
                                    1, exc_fields, 0, 0, 0, 0, 0, 0}
EXC(BaseException, &rt_type_object);
EXC(Exception, &rt_type_BaseException);
EXC(SystemExit, &rt_type_BaseException);
EXC(KeyboardInterrupt, &rt_type_BaseException);
EXC(GeneratorExit, &rt_type_BaseException);
EXC(ArithmeticError, &rt_type_Exception);
EXC(ZeroDivisionError, &rt_type_ArithmeticError);
EXC(OverflowError, &rt_type_ArithmeticError);
EXC(LookupError, &rt_type_Exception);
EXC(KeyError, &rt_type_LookupError);
EXC(IndexError, &rt_type_LookupError);
EXC(ValueError, &rt_type_Exception);
EXC(UnicodeError, &rt_type_ValueError);
EXC(UnicodeDecodeError, &rt_type_UnicodeError);
EXC(UnicodeEncodeError, &rt_type_UnicodeError);
EXC(TypeError, &rt_type_Exception);
EXC(AttributeError, &rt_type_Exception);
EXC(NameError, &rt_type_Exception);
EXC(UnboundLocalError, &rt_type_NameError);
EXC(AssertionError, &rt_type_Exception);
EXC(RuntimeError, &rt_type_Exception);
EXC(NotImplementedError, &rt_type_RuntimeError);
EXC(RecursionError, &rt_type_RuntimeError);
EXC(MemoryError, &rt_type_Exception);
EXC(StopAsyncIteration, &rt_type_Exception);
EXC(OSError, &rt_type_Exception);
EXC(TimeoutError, &rt_type_OSError);
EXC(EOFError, &rt_type_Exception);
/* StopIteration also keeps its value (field 1), for generators' results. */
static const uint8_t stop_fields[] = {RT_OBJ, RT_OBJ};
const rt_type rt_type_StopIteration = {"StopIteration", "builtins", &rt_type_Exception,
    RT_L_FIELDS, 2, stop_fields, 0, 0, 0, 0, 0, 0};
/* asyncio.CancelledError derives from BaseException since 3.8. */
const rt_type rt_type_CancelledError = {"CancelledError", "asyncio.exceptions",
    &rt_type_BaseException, RT_L_FIELDS, 1, exc_fields, 0, 0, 0, 0, 0, 0};

rt_obj *rt_exc_new(const rt_type *t, rt_obj *msg) {
    rt_exception *e = (rt_exception *)rt_alloc(t, (i64)sizeof(rt_obj) + 8 * (i64)t->nfields);
    if (e)
        e->msg = msg;
    return &e->h;
}

/* A new exception raised by the runtime: no source line to show. */
void rt_raise(rt_obj *exc) {
    rt_exc = exc;
    rt_exc_file = 0;
}

/* An exception raised again (bare raise, after finally, unmatched except):
   it keeps the location it was first raised at. */
void rt_reraise(rt_obj *exc) { rt_exc = exc; }

void rt_raise_at(rt_obj *exc, const char *file, i64 line, const char *func) {
    rt_exc = exc;
    rt_exc_file = file;
    rt_exc_line = line;
    rt_exc_func = func;
}

/* Reading an attribute an instance never got (set on one branch of __init__). */
void rt_raise_no_attribute(rt_obj *o, const char *attr) {
    rt_raisef(&rt_type_AttributeError, "'%s' object has no attribute '%s'", o->type->name, attr);
}

void rt_raise_msg(const rt_type *t, const char *cmsg) {
    rt_obj *m = cmsg ? rt_str_from_cstr(cmsg) : 0;
    if (!cmsg || m) {
        rt_obj *e = rt_exc_new(t, m);
        if (e)
            rt_raise(e);
    }
}

void rt_raisef(const rt_type *t, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    rt_obj *m = rt_vstrf(fmt, ap);
    va_end(ap);
    rt_obj *e = m ? rt_exc_new(t, m) : 0;
    if (e)
        rt_raise(e);
}

i64 rt_issubclass(const rt_type *u, const rt_type *t) {
    for (; u; u = u->base)
        if (u == t)
            return 1;
    return 0;
}

/* type(o), for `type(o) is C` and `type(o).__name__` */
const rt_type *rt_type_of(rt_obj *o) {
    return o ? o->type : &rt_type_NoneType;
}

/* type(o).__name__, or __module__ when `module` */
rt_obj *rt_type_name(const rt_type *t, i64 module) {
    return rt_str_from_cstr(module ? t->module : t->name);
}

i64 rt_isinstance(rt_obj *o, const rt_type *t) {
    if (!o)
        return t == &rt_type_NoneType || t == &rt_type_object;
    return rt_issubclass(o->type, t);
}

/* "Name" for builtins and __main__, else "module.Name", as tracebacks. */
static void write_type_name(const rt_type *t) {
    const char *m = t->module;
    if (m && *m && !rt_streq(m, "builtins") && !rt_streq(m, "__main__")) {
        rt_write_cstr(2, m);
        rt_write_cstr(2, ".");
    }
    rt_write_cstr(2, t->name);
}

void rt_print_uncaught(rt_obj *exc) {
    rt_exc = 0;
    rt_write_cstr(2, "Traceback (most recent call last):\n");
    if (rt_exc_file) {
        rt_obj *line = rt_int_to_str(rt_exc_line);
        rt_write_cstr(2, "  File \"");
        rt_write_cstr(2, rt_exc_file);
        rt_write_cstr(2, "\", line ");
        if (line)
            rt_write_str(2, line);
        rt_write_cstr(2, ", in ");
        rt_write_cstr(2, rt_exc_func);
        rt_write_cstr(2, "\n");
    }
    write_type_name(exc->type);
    rt_obj *msg = rt_to_str((rt_word)(uintptr_t)exc, RT_OBJ);
    if (msg && ((rt_str *)msg)->len) {
        rt_write_cstr(2, ": ");
        rt_write_str(2, msg);
    }
    rt_write_cstr(2, "\n");
    rt_exc = 0;
}

/* An except/finally block owns the exception from here on. */
rt_obj *rt_exc_take(void) {
    rt_obj *e = rt_exc;
    rt_exc = 0;
    return e;
}

/* a, b = seq with the wrong number of items */
void rt_raise_unpack(i64 expected, i64 got) {
    if (got > expected)
        rt_raisef(&rt_type_ValueError, "too many values to unpack (expected %d)", expected);
    else
        rt_raisef(&rt_type_ValueError, "not enough values to unpack (expected %d, got %d)", expected, got);
}
