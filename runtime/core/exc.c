/* exc.c -- exceptions: the builtin exception types (CPython's hierarchy),
 * raising, isinstance, printing an uncaught exception like CPython, and the
 * two helpers compiled code calls for `except` and unpacking. */
#include "core.h"

rt_obj *rt_exc;
rt_obj *rt_handled;
const char *rt_exc_file;
i64 rt_exc_line;
const char *rt_exc_func;

/* args, __cause__, __context__ (objects), __suppress_context__ (a flag);
   StopIteration's value follows. */
static const uint8_t exc_fields[] = {RT_OBJ, RT_OBJ, RT_OBJ, RT_I64, RT_OBJ};

/* One descriptor per line of exc_types.h. */
#define EXC(name, base, extra)                                                 \
    const rt_type rt_type_##name = {#name, "builtins", &rt_type_##base, RT_L_FIELDS, \
                                    4 + (extra), exc_fields, 0, 0, 0, 0, 0, 0};
#include "exc_types.h"
#undef EXC
/* asyncio.CancelledError derives from BaseException since 3.8. */
const rt_type rt_type_CancelledError = {"CancelledError", "asyncio.exceptions",
    &rt_type_BaseException, RT_L_FIELDS, 4, exc_fields, 0, 0, 0, 0, 0, 0};

#define X(o) ((rt_exception *)(o))
static const uint8_t one_obj[] = {RT_OBJ};

/* t(*args): args a tuple (or NULL for none), as BaseException.__new__
   keeps them; StopIteration's value is its first argument. */
rt_obj *rt_exc_new_args(const rt_type *t, rt_obj *args) {
    rt_exception *e = X(rt_alloc(t, (i64)sizeof(rt_obj) + 8 * (i64)t->nfields));
    if (!e)
        return 0;
    e->args = args;
    if (args && ((rt_tuple *)args)->len && rt_issubclass(t, &rt_type_StopIteration))
        ((rt_word *)(&e->h + 1))[4] = rt_word_as(((rt_tuple *)args)->items[0], ((rt_tuple *)args)->kinds[0], RT_OBJ);
    return &e->h;
}

/* t(arg), or t() when arg is NULL: arg any object, a str for the runtime's
   messages. */
rt_obj *rt_exc_new(const rt_type *t, rt_obj *arg) {
    rt_obj *args = 0;
    if (arg) {
        args = rt_tuple_new(1, one_obj);
        if (!args)
            return 0;
        ((rt_tuple *)args)->items[0] = (rt_word)(uintptr_t)arg;
    }
    return rt_exc_new_args(t, args);
}

/* e.args */
rt_obj *rt_exc_args(rt_obj *e) {
    return X(e)->args ? X(e)->args : rt_tuple_new(0, one_obj);
}

/* SystemExit.code: None without arguments, the argument, or the tuple. */
rt_obj *rt_exc_code(rt_obj *e) {
    rt_tuple *a = (rt_tuple *)X(e)->args;
    if (!a || !a->len)
        return 0;
    if (a->len == 1)
        return (rt_obj *)(uintptr_t)rt_word_as(a->items[0], a->kinds[0], RT_OBJ);
    return &a->h;
}

/* str(e) as BaseException.__str__ (KeyError: the repr of its key, OSError:
   "[Errno n] text", SyntaxError: its msg, None without arguments). */
rt_obj *rt_exc_str(rt_obj *e) {
    rt_tuple *a = (rt_tuple *)X(e)->args;
    if (!a || !a->len)
        return rt_isinstance(e, &rt_type_SyntaxError) ? rt_str_new("None", 4) : rt_str_new("", 0);
    if (a->len == 1)
        return rt_isinstance(e, &rt_type_KeyError) ? rt_repr(a->items[0], a->kinds[0])
                                                  : rt_to_str(a->items[0], a->kinds[0]);
    if (a->len == 2 && rt_isinstance(e, &rt_type_OSError)) {
        rt_obj *n = rt_to_str(a->items[0], a->kinds[0]);
        rt_obj *m = n ? rt_to_str(a->items[1], a->kinds[1]) : 0;
        return m ? rt_strf("[Errno %S] %S", n, m) : 0;
    }
    return rt_repr((rt_word)(uintptr_t)a, RT_OBJ);
}

/* repr(e): Name(arg) or Name(arg, ...) */
rt_obj *rt_exc_repr(rt_obj *e) {
    rt_tuple *a = (rt_tuple *)X(e)->args;
    if (!a || !a->len)
        return rt_strf("%s()", rt_short_name(e->type));
    if (a->len == 1)
        return rt_strf("%s(%R)", rt_short_name(e->type), a->items[0], (i64)a->kinds[0]);
    return rt_strf("%s%R", rt_short_name(e->type), (rt_word)(uintptr_t)a, (i64)RT_OBJ);
}

/* e raised while `handled` was being handled: its __context__, unless it has
   one already (it was raised in a handler nested deeper) or is `handled`. */
void rt_exc_chain(rt_obj *e, rt_obj *handled) {
    if (e && e != handled && !X(e)->context)
        X(e)->context = handled;
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
    rt_raisef(&rt_type_AttributeError, "'%s' object has no attribute '%s'", rt_short_name(o->type), attr);
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
    for (; u; u = u->base) {
        if (u == t)
            return 1;
        for (const rt_type *const *m = u->mixins; m && *m; m++)
            if (rt_issubclass(*m, t))
                return 1;
    }
    return 0;
}

/* type(o), for `type(o) is C` and `type(o).__name__` */
const rt_type *rt_type_of(rt_obj *o) {
    return o ? o->type : &rt_type_NoneType;
}

/* type(o).__name__, __module__ or __qualname__ (which: 0, 1, 2) */
rt_obj *rt_type_name(const rt_type *t, i64 which) {
    return rt_str_from_cstr(which == 1 ? t->module : which == 2 ? t->name : rt_short_name(t));
}

/* f.__name__, __module__ or __qualname__ of a function object.  Those the
 * program can name have a descriptor of their own; a functools.wraps wrapper
 * has an empty name and answers for the function kept in its last field. */
rt_obj *rt_fn_name(rt_obj *f, i64 which) {
    while (f && !*f->type->name && f->type->nfields)
        f = (rt_obj *)(uintptr_t)((rt_word *)(f + 1))[f->type->nfields - 1];
    if (!f || rt_streq(f->type->name, "function") || rt_streq(f->type->name, "method")) {
        rt_raisef(&rt_type_NotImplementedError, "unicc does not know the name of this function object");
        return 0;
    }
    return rt_type_name(f->type, which);
}

/* The code of a function object for a call that leaves out its last omitted + 1
 * parameters: its descriptor's vtable holds one per count, each filling in
 * the defaults (irbuild/function.py, omitting_entries). */
void *rt_fn_entry(rt_obj *f, i64 omitted) {
    if (!f->type->vtable) {
        rt_raisef(&rt_type_TypeError, "unicc: this function object does not keep its default values; "
                  "pass all its arguments");
        return 0;
    }
    return f->type->vtable[omitted];
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

/* "Name: str(e)" or "Name" */
static void write_exc_line(rt_obj *exc) {
    write_type_name(exc->type);
    rt_obj *msg = rt_to_str((rt_word)(uintptr_t)exc, RT_OBJ);
    rt_exc = 0;   /* a __str__ that raised: the line ends at the name */
    if (msg && ((rt_str *)msg)->len) {
        rt_write_cstr(2, ": ");
        rt_write_str(2, msg);
    }
    rt_write_cstr(2, "\n");
}

/* The exceptions exc was raised from or while handling, first: CPython
   prints the chain oldest first.  Only the last one has a location. */
static void write_chain(rt_obj *exc, int depth) {
    rt_exception *x = X(exc);
    const char *why = 0;
    rt_obj *prev = 0;
    if (x->cause)
        prev = x->cause, why = "The above exception was the direct cause of the following exception:";
    else if (x->context && !x->suppress)
        prev = x->context, why = "During handling of the above exception, another exception occurred:";
    if (!prev || depth > 16)
        return;
    write_chain(prev, depth + 1);
    rt_write_cstr(2, "Traceback (most recent call last):\n");
    write_exc_line(prev);
    rt_write_cstr(2, "\n");
    rt_write_cstr(2, why);
    rt_write_cstr(2, "\n\n");
}

void rt_print_uncaught(rt_obj *exc) {
    rt_exc = 0;
    write_chain(exc, 0);
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
    write_exc_line(exc);
    rt_exc = 0;
}

/* An except/finally block owns the exception from here on. */
rt_obj *rt_exc_take(void) {
    rt_obj *e = rt_exc;
    rt_exc = 0;
    return e;
}

/* KeyError(k) */
void rt_raise_key(rt_word k, i64 kind) {
    rt_obj *args = rt_tuple_new(1, one_obj);   /* a None key too */
    if (!args)
        return;
    ((rt_tuple *)args)->items[0] = rt_word_as(k, kind, RT_OBJ);
    rt_obj *e = rt_exc ? 0 : rt_exc_new_args(&rt_type_KeyError, args);
    if (e)
        rt_raise(e);
}

/* a, b = seq with the wrong number of items */
void rt_raise_unpack(i64 expected, i64 got) {
    if (got > expected)
        rt_raisef(&rt_type_ValueError, "too many values to unpack (expected %d)", expected);
    else
        rt_raisef(&rt_type_ValueError, "not enough values to unpack (expected %d, got %d)", expected, got);
}

/* a, *rest = seq with fewer items than the unstarred targets */
void rt_raise_unpack_min(i64 expected, i64 got) {
    rt_raisef(&rt_type_ValueError, "not enough values to unpack (expected at least %d, got %d)", expected, got);
}
