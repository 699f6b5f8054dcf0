/* iter.c -- the iterator protocol shared by compiled generators, classes
 * with __next__ and sequence cursors: one iternext slot per type, which
 * returns words of the kind the caller asks for. */
#include "core.h"

i64 rt_iter_stop;

rt_word rt_word_as(rt_word w, i64 from, i64 to) {
    if (from == to)
        return w;
    if (to == RT_OBJ) {
        rt_obj *b = from == RT_F64 ? rt_box_float(((union { rt_word w; double d; }){w}).d)
                    : from == RT_BOOL ? rt_box_bool((i64)w)
                    : from == RT_U64  ? rt_box_u64(w)
                                      : rt_box_int((i64)w);
        return (rt_word)(uintptr_t)b;
    }
    if (from == RT_OBJ && to == RT_F64) {   /* a float, int or bool box; an int stays one (num.c) */
        double d = rt_unbox_float((rt_obj *)(uintptr_t)w);
        return ((union { double d; rt_word w; }){d}).w;
    }
    if (from == RT_OBJ)
        w = ((rt_box *)(uintptr_t)w)->v;   /* the static type proved it is a box */
    else if (to == RT_F64 && from != RT_F64) {   /* an int where float is declared stays one (num.c) */
        double d;
        if (from == RT_BOOL)
            d = rt_num_from_bool((i64)w);
        else if (from == RT_U64 ? w < ((rt_word)1 << 49) : (i64)w >= -((i64)1 << 49) && (i64)w < ((i64)1 << 49))
            d = rt_num_from_int((i64)w);
        else
            d = from == RT_U64 ? (double)w : (double)(i64)w;
        return ((union { double d; rt_word w; }){d}).w;
    }
    return w;
}

/* A cursor over a list (live, as CPython's), tuple or bytes. */
typedef struct seq_iter {
    rt_obj h;
    rt_obj *seq;
    i64 next;
} seq_iter;

static rt_word seq_next(rt_obj *self, i64 want) {
    seq_iter *it = (seq_iter *)self;
    rt_obj *s = it->seq;
    i64 i = it->next;
    rt_word w;
    i64 kind;
    if (!s)
        goto end;
    switch (s->type->layout) {
    case RT_L_LIST: {
        rt_list *l = (rt_list *)s;
        if (i >= l->len)
            goto end;
        w = l->items->data[i];
        kind = l->kind;
        break;
    }
    case RT_L_TUPLE: {
        rt_tuple *t = (rt_tuple *)s;
        if (i >= t->len)
            goto end;
        w = t->items[i];
        kind = t->kinds[i];
        break;
    }
    case RT_L_BYTES: {
        rt_bytes *b = (rt_bytes *)s;
        if (i >= b->len)
            goto end;
        w = b->data[i];
        kind = RT_I64;
        break;
    }
    default: {   /* bytearray */
        rt_bytearray *b = (rt_bytearray *)s;
        if (i >= b->len)
            goto end;
        w = b->store->data[i];
        kind = RT_I64;
    }
    }
    it->next = i + 1;
    return rt_word_as(w, kind, want);
end:
    it->seq = 0;   /* an exhausted iterator stays exhausted, even if the list grows */
    rt_iter_stop = 1;
    return 0;
}

static const uint8_t seq_iter_fields[] = {RT_OBJ, RT_I64};
static const rt_type seq_iter_type = {"iterator", "builtins", &rt_type_object, RT_L_FIELDS, 2,
                                      seq_iter_fields, 0, 0, 0, 0, 0, 0, seq_next};

/* A list of a set's items, in iteration order. */
static rt_obj *set_items(rt_obj *s) {
    i64 pos = 0, n = rt_set_len(s);
    rt_word w;
    rt_obj *l = rt_list_new(((rt_set *)s)->kind, n);
    while (l && rt_set_next(s, &pos, n, &w))
        rt_list_append(l, w);
    return l;
}

rt_obj *rt_iter(rt_obj *o) {
    if (o && o->type->iternext)
        return o;
    if (o && o->type->iter) {   /* a compiled class's __iter__ */
        rt_obj *it = o->type->iter(o);
        if (rt_exc)
            return 0;
        if (!it || !it->type->iternext) {
            rt_raisef(&rt_type_TypeError, "iter() returned non-iterator of type '%s'",
                      rt_kind_name((rt_word)(uintptr_t)it, RT_OBJ));
            return 0;
        }
        return it;
    }
    if (o && o->type == &rt_type_range)
        return rt_range_iter(o);
    uint32_t layout = o ? o->type->layout : RT_L_FIELDS;
    /* snapshots: CPython's iterators over these raise if they change size */
    if (layout == RT_L_STR || layout == RT_L_DICT || layout == RT_L_SET) {
        o = layout == RT_L_STR ? rt_str_list(o) : layout == RT_L_DICT ? rt_dict_keys(o) : set_items(o);
        if (!o)
            return 0;
        layout = RT_L_LIST;
    }
    if (layout != RT_L_LIST && layout != RT_L_TUPLE && layout != RT_L_BYTES &&
        layout != RT_L_BYTEARRAY) {
        rt_raisef(&rt_type_TypeError, "'%s' object is not iterable", rt_kind_name((rt_word)(uintptr_t)o, RT_OBJ));
        return 0;
    }
    seq_iter *it = (seq_iter *)rt_alloc(&seq_iter_type, sizeof(seq_iter));
    if (it)
        it->seq = o;
    return &it->h;
}

rt_word rt_next(rt_obj *it, i64 want) {
    if (!it || !it->type->iternext) {
        rt_raisef(&rt_type_TypeError, "'%s' object is not an iterator", rt_kind_name((rt_word)(uintptr_t)it, RT_OBJ));
        return 0;
    }
    return it->type->iternext(it, want);
}

rt_word rt_next_or_raise(rt_obj *it, i64 want) {
    rt_word w = rt_next(it, want);
    if (rt_iter_stop) {   /* a generator's StopIteration carries its result */
        rt_iter_stop = 0;
        rt_obj *v = it->type->layout == RT_L_GEN ? (rt_obj *)(uintptr_t)rt_gen_result(it, RT_OBJ) : 0;
        rt_obj *e = rt_exc ? 0 : rt_stop_iteration(v);
        if (e)
            rt_raise(e);
    }
    return w;
}

i64 rt_iter_contains(rt_obj *it, rt_word w, i64 kind) {
    for (;;) {
        rt_word x = rt_next(it, kind);
        if (rt_exc)
            return 0;
        if (rt_iter_stop) {
            rt_iter_stop = 0;
            return 0;
        }
        if (rt_same(x, w, kind))
            return !rt_exc;
    }
}

/* ---- generators and coroutines ---- */

rt_obj *rt_stop_iteration(rt_obj *value) {
    rt_obj *e = rt_exc_new(&rt_type_StopIteration, value);
    if (e)
        ((rt_word *)(e + 1))[4] = (rt_word)(uintptr_t)value;
    return e;
}

rt_word rt_gen_result(rt_obj *g, i64 want) {
    return rt_word_as(((rt_gen *)g)->retval, g->type->field_kinds[2], want);
}

rt_word rt_gen_send(rt_obj *g, rt_word sent, rt_obj *thrown, i64 not_none) {
    rt_gen *gen = (rt_gen *)g;
    if (gen->state == 0 && not_none && !thrown) {
        rt_raise_msg(&rt_type_TypeError, "can't send non-None value to a just-started generator");
        return 0;
    }
    rt_word w = gen->resume(g, sent, thrown);
    if (!rt_exc && gen->state == RT_GEN_DONE) {
        rt_word v = rt_gen_result(g, RT_OBJ);
        rt_obj *e = rt_exc ? 0 : rt_stop_iteration((rt_obj *)(uintptr_t)v);
        if (e)
            rt_raise(e);
        return 0;
    }
    return w;
}

/* The for loop that owned generator g is left (break, return, an
   exception): CPython drops its last reference, which closes it; an
   exception the close raises is printed and ignored, and one pending
   stays so, with its location.  Other iterators (an Iterator-typed call
   may return any) are left alone. */
void rt_gen_drop(rt_obj *g) {
    if (!g || g->type->layout != RT_L_GEN)
        return;
    rt_obj *pending = rt_exc;
    const char *file = rt_exc_file, *func = rt_exc_func;
    i64 line = rt_exc_line;
    rt_exc = 0;
    rt_gen_close(g);
    if (rt_exc) {
        rt_obj *e = rt_exc;
        rt_exc = 0;
        rt_write_cstr(2, "Exception ignored in: ");
        rt_obj *r = rt_repr((rt_word)(uintptr_t)g, RT_OBJ);
        if (r)
            rt_write_str(2, r);
        rt_write_cstr(2, "\n");
        ((rt_exception *)e)->context = 0;   /* CPython shows no GeneratorExit before it */
        rt_print_uncaught(e);
    }
    rt_exc = pending;
    rt_exc_file = file, rt_exc_func = func, rt_exc_line = line;
}

/* PEP 479: a StopIteration escaping the body would look like the end. */
void rt_gen_escaped(i64 coroutine) {
    if (rt_exc && rt_isinstance(rt_exc, &rt_type_StopIteration))
        rt_raise_msg(&rt_type_RuntimeError, coroutine ? "coroutine raised StopIteration"
                                                      : "generator raised StopIteration");
}

void rt_gen_close(rt_obj *g) {
    rt_gen *gen = (rt_gen *)g;
    if (!g || g->type->layout != RT_L_GEN) /* iter(t) typed Iterator: a cursor has nothing to close */
        return;
    if (gen->state <= 0) {   /* not started or finished: nothing to unwind */
        if (gen->state == 0)
            gen->state = RT_GEN_DONE;
        return;
    }
    rt_obj *exit = rt_exc_new(&rt_type_GeneratorExit, 0);
    if (!exit)
        return;
    gen->resume(g, 0, exit);
    if (rt_exc) {
        if (rt_isinstance(rt_exc, &rt_type_GeneratorExit) || rt_isinstance(rt_exc, &rt_type_StopIteration))
            rt_exc = 0;
    } else if (gen->state != RT_GEN_DONE) {
        rt_raise_msg(&rt_type_RuntimeError, "generator ignored GeneratorExit");
    }
}
