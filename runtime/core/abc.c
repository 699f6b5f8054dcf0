/* abc.c -- values typed by an abstract collection type (Sequence[T],
 * Mapping[K, V], Collection[T], Sized, Container[T], AbstractSet[T], their
 * Mutable forms).  The compiler knows the kind it wants an item in, not the
 * object: these dispatch on the object's layout to the builtin type's own
 * operation (so its error messages are that type's), and convert words
 * between the object's kinds and the static ones.  Compiled classes never
 * get here: the compiler calls their dunders itself. */
#include "core.h"

#define L(o) ((rt_list *)(o))
#define D(o) ((rt_dict *)(o))

static void not_supported(rt_obj *o, const char *what) {
    rt_raisef(&rt_type_TypeError, "'%s' object %s", rt_kind_name((rt_word)(uintptr_t)o, RT_OBJ), what);
}

i64 rt_abc_len(rt_obj *o) {
    switch (o->type->layout) {
    case RT_L_LIST: return L(o)->len;
    case RT_L_TUPLE: return ((rt_tuple *)o)->len;
    case RT_L_STR: return ((rt_str *)o)->nchars;
    case RT_L_BYTES: case RT_L_BYTEARRAY: case RT_L_BUFFER: return rt_bytes_len(o);
    case RT_L_DICT: return D(o)->used;
    case RT_L_SET: return rt_set_len(o);
    }
    if (o->type == &rt_type_range)
        return rt_range_len(o);
    if (rt_is_dictview(o))
        return rt_dictview_len(o);
    rt_raisef(&rt_type_TypeError, "object of type '%s' has no len()", rt_kind_name((rt_word)(uintptr_t)o, RT_OBJ));
    return 0;
}

rt_word rt_seq_get(rt_obj *s, i64 i, i64 want) {
    switch (s->type->layout) {
    case RT_L_LIST: {
        rt_word w = rt_list_get(s, i);
        return rt_exc ? 0 : rt_word_as(w, L(s)->kind, want);
    }
    case RT_L_TUPLE: return rt_tuple_get(s, i, want);
    case RT_L_STR: return (rt_word)(uintptr_t)rt_str_getitem(s, i);
    case RT_L_BYTES: case RT_L_BYTEARRAY: {
        i64 v = rt_bytes_getitem(s, i);
        return rt_exc ? 0 : rt_word_as((rt_word)v, RT_I64, want);
    }
    }
    if (s->type == &rt_type_range) {
        i64 v = rt_range_get(s, i);
        return rt_exc ? 0 : rt_word_as((rt_word)v, RT_I64, want);
    }
    not_supported(s, "is not subscriptable");
    return 0;
}

rt_obj *rt_seq_slice(rt_obj *s, i64 start, i64 stop, i64 step, i64 has) {
    switch (s->type->layout) {
    case RT_L_LIST: return rt_list_slice(s, start, stop, step, has);
    case RT_L_TUPLE: return rt_tuple_slice(s, start, stop, step, has);
    case RT_L_STR: return rt_str_slice(s, start, stop, step, has);
    case RT_L_BYTES: case RT_L_BYTEARRAY: return rt_bytes_slice(s, start, stop, step, has);
    }
    if (s->type == &rt_type_range)
        return rt_range_slice(s, start, stop, step, has);
    not_supported(s, "is not subscriptable");
    return 0;
}

/* The int a word of `kind` equals, if it equals one (True, 2.0, a box). */
static int as_int(rt_word w, i64 kind, i64 *out) {
    if (kind == RT_OBJ) {
        rt_obj *o = (rt_obj *)(uintptr_t)w;
        if (!o || (o->type != &rt_type_int && o->type != &rt_type_bool && o->type != &rt_type_float))
            return 0;
        w = ((rt_box *)o)->v;
        kind = o->type == &rt_type_float ? RT_F64 : RT_I64;
    }
    if (kind == RT_F64) {
        double d = ((union { rt_word w; double d; }){w}).d;
        if (rt_num_kind(d)) {
            *out = rt_num_int(d);
            return 1;
        }
        if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0) || (double)(i64)d != d)
            return 0;
        *out = (i64)d;
        return 1;
    }
    *out = (i64)w;
    return 1;
}

/* An int (or bool) as CPython's int operations take it: not a float. */
static int is_int(rt_word w, i64 kind, i64 *out) {
    if (kind == RT_OBJ) {
        rt_obj *o = (rt_obj *)(uintptr_t)w;
        if (!o || (o->type != &rt_type_int && o->type != &rt_type_bool))
            return 0;
    } else if (kind == RT_F64 && !rt_num_kind(((union { rt_word w; double d; }){w}).d))
        return 0;
    return as_int(w, kind, out);
}

static const char *name_of(rt_word w, i64 kind) {
    if (kind == RT_F64)
        return rt_num_type(((union { rt_word w; double d; }){w}).d)->name;
    return rt_kind_name(w, kind);
}

/* w as the str argument of a str's `in`, index or count (fmt: the TypeError otherwise). */
static rt_obj *str_arg(rt_word w, i64 kind, const char *fmt) {
    rt_obj *o = (rt_obj *)(uintptr_t)w;
    if (kind == RT_OBJ && o && o->type->layout == RT_L_STR)
        return o;
    rt_raisef(&rt_type_TypeError, fmt, name_of(w, kind));
    return 0;
}

static int bytes_like(rt_word w, i64 kind) {
    rt_obj *o = (rt_obj *)(uintptr_t)w;
    return kind == RT_OBJ && o && (o->type->layout == RT_L_BYTES || o->type->layout == RT_L_BYTEARRAY);
}

/* Position of the first item equal to w in a list or tuple, -1 if none;
 * count: how many there are instead. */
static i64 scan(rt_obj *s, rt_word w, i64 kind, int count) {
    i64 n = rt_abc_len(s), c = 0;
    for (i64 i = 0; i < n && !rt_exc; i++) {
        rt_word x;
        i64 k;
        if (s->type->layout == RT_L_LIST) {
            if (i >= L(s)->len)   /* an __eq__ shortened it */
                break;
            x = L(s)->items->data[i], k = L(s)->kind;
        } else
            x = ((rt_tuple *)s)->items[i], k = ((rt_tuple *)s)->kinds[i];
        if (rt_same_kinds(x, k, w, kind)) {
            if (!count)
                return i;
            c++;
        }
    }
    return rt_exc ? 0 : count ? c : -1;
}

/* w (of kind `kind`) as a key of kind `to` of a dict or set, or 0 if no key of that kind equals it. */
static int key_as(rt_word w, i64 kind, i64 to, rt_word *out) {
    i64 v;
    if (kind == to || to == RT_OBJ) {
        *out = rt_word_as(w, kind, to);
        return !rt_exc;
    }
    if (to == RT_F64 && kind != RT_OBJ) {
        *out = rt_word_as(w, kind, to);
        return 1;
    }
    if (kind == RT_OBJ && to == RT_F64 && w && ((rt_obj *)(uintptr_t)w)->type == &rt_type_float) {
        *out = ((rt_box *)(uintptr_t)w)->v;
        return 1;
    }
    if (!as_int(w, kind, &v) || (to == RT_BOOL && (v < 0 || v > 1)) || (to == RT_U64 && v < 0))
        return 0;
    *out = to == RT_F64 ? rt_word_as((rt_word)v, RT_I64, RT_F64) : (rt_word)v;
    return 1;
}

/* The value of key k (of kind kkind) in dict d, as d[k] would find it: 1.0 finds 1. */
i64 rt_dict_find(rt_obj *d, rt_word k, i64 kkind, rt_word *out) {
    rt_word key;
    return key_as(k, kkind, D(d)->kkind, &key) && rt_dict_lookup(d, key, out);
}

i64 rt_abc_contains(rt_obj *c, rt_word w, i64 kind) {
    rt_word k;
    switch (c->type->layout) {
    case RT_L_LIST: case RT_L_TUPLE: return scan(c, w, kind, 0) >= 0;
    case RT_L_STR: {
        rt_obj *sub = str_arg(w, kind, "'in <string>' requires string as left operand, not %s");
        return sub && rt_str_contains(c, sub);
    }
    case RT_L_BYTES: case RT_L_BYTEARRAY: {
        i64 v;
        if (bytes_like(w, kind))
            return rt_bytes_contains(c, (rt_obj *)(uintptr_t)w);   /* b"ab" in data */
        if (is_int(w, kind, &v))
            return rt_bytes_contains_int(c, v);
        rt_raisef(&rt_type_TypeError, "a bytes-like object is required, not '%s'", name_of(w, kind));
        return 0;
    }
    case RT_L_DICT: return key_as(w, kind, D(c)->kkind, &k) && rt_dict_contains(c, k);
    case RT_L_SET: return key_as(w, kind, ((rt_set *)c)->kind, &k) && rt_set_contains(c, k);
    }
    if (c->type == &rt_type_range) {
        i64 v;
        return as_int(w, kind, &v) && rt_range_contains(c, v);
    }
    if (rt_is_dictview(c))
        return rt_dictview_contains(c, w, kind);
    not_supported(c, "is not a container");
    return 0;
}

/* data.index(x) / data.count(x) of a bytes or bytearray for an int x: the bytes of x */
static rt_obj *byte_of(rt_word w, i64 kind) {
    i64 v;
    uint8_t c;
    if (bytes_like(w, kind))
        return (rt_obj *)(uintptr_t)w;
    if (!is_int(w, kind, &v)) {
        rt_raisef(&rt_type_TypeError, "argument should be integer or bytes-like object, not '%s'", name_of(w, kind));
        return 0;
    }
    if (v < 0 || v > 255) {
        rt_raise_msg(&rt_type_ValueError, "byte must be in range(0, 256)");
        return 0;
    }
    c = (uint8_t)v;
    return rt_bytes_new(&c, 1);
}

i64 rt_seq_index(rt_obj *s, rt_word w, i64 kind) {
    i64 i, v;
    rt_obj *sub;
    switch (s->type->layout) {
    case RT_L_LIST: case RT_L_TUPLE:
        i = scan(s, w, kind, 0);
        if (i < 0 && !rt_exc) {
            if (s->type->layout == RT_L_LIST)
                rt_raisef(&rt_type_ValueError, "%R is not in list", w, kind);
            else
                rt_raise_msg(&rt_type_ValueError, "tuple.index(x): x not in tuple");
        }
        return i < 0 ? 0 : i;
    case RT_L_STR:
        sub = str_arg(w, kind, "must be str, not %s");
        return sub ? rt_str_index(s, sub) : 0;
    case RT_L_BYTES: case RT_L_BYTEARRAY:
        sub = byte_of(w, kind);
        i = sub ? rt_bytes_find(s, sub) : 0;
        if (i < 0)
            rt_raise_msg(&rt_type_ValueError, "subsection not found");
        return i < 0 ? 0 : i;
    }
    if (s->type == &rt_type_range) {
        if (as_int(w, kind, &v) && rt_range_contains(s, v))
            return rt_range_index(s, v);
        if (is_int(w, kind, &v))
            rt_raisef(&rt_type_ValueError, "%R is not in range", w, kind);
        else
            rt_raise_msg(&rt_type_ValueError, "sequence.index(x): x not in sequence");
        return 0;
    }
    not_supported(s, "has no attribute 'index'");
    return 0;
}

i64 rt_seq_count(rt_obj *s, rt_word w, i64 kind) {
    i64 v;
    rt_obj *sub;
    switch (s->type->layout) {
    case RT_L_LIST: case RT_L_TUPLE: return scan(s, w, kind, 1);
    case RT_L_STR:
        sub = str_arg(w, kind, "must be str, not %s");
        return sub ? rt_str_count(s, sub) : 0;
    case RT_L_BYTES: case RT_L_BYTEARRAY:
        sub = byte_of(w, kind);
        return sub ? rt_bytes_count(s, sub) : 0;
    }
    if (s->type == &rt_type_range)
        return as_int(w, kind, &v) && rt_range_contains(s, v);
    not_supported(s, "has no attribute 'count'");
    return 0;
}

/* ---- MutableSequence: list and bytearray ---- */

static int mutable_seq(rt_obj *s) {
    if (s->type->layout == RT_L_LIST || s->type->layout == RT_L_BYTEARRAY)
        return 1;
    not_supported(s, "does not support item assignment");
    return 0;
}

static i64 byte_value(rt_word w, i64 kind) {
    i64 v;
    if (!as_int(w, kind, &v))
        v = -1;
    return v;
}

void rt_mseq_set(rt_obj *s, i64 i, rt_word w, i64 kind) {
    if (!mutable_seq(s))
        return;
    if (s->type->layout == RT_L_LIST)
        rt_list_set(s, i, rt_word_as(w, kind, L(s)->kind));
    else
        rt_bytearray_setitem(s, i, byte_value(w, kind));
}

void rt_mseq_append(rt_obj *s, rt_word w, i64 kind) {
    if (!mutable_seq(s))
        return;
    if (s->type->layout == RT_L_LIST)
        rt_list_append(s, rt_word_as(w, kind, L(s)->kind));
    else
        rt_bytearray_append(s, byte_value(w, kind));
}

rt_word rt_mseq_pop(rt_obj *s, i64 i, i64 has_i, i64 want) {
    if (!mutable_seq(s))
        return 0;
    if (s->type->layout == RT_L_LIST) {
        rt_word w = rt_list_pop(s, i, has_i);
        return rt_exc ? 0 : rt_word_as(w, L(s)->kind, want);
    }
    if (!rt_bytes_len(s)) {
        rt_raise_msg(&rt_type_IndexError, "pop from empty bytearray");
        return 0;
    }
    i64 v = has_i ? rt_bytearray_pop_at(s, i) : rt_bytearray_pop(s);
    return rt_exc ? 0 : rt_word_as((rt_word)v, RT_I64, want);
}

void rt_mseq_insert(rt_obj *s, i64 i, rt_word w, i64 kind) {
    if (!mutable_seq(s))
        return;
    if (s->type->layout == RT_L_LIST)
        rt_list_insert(s, i, rt_word_as(w, kind, L(s)->kind));
    else
        rt_bytearray_insert(s, i, byte_value(w, kind));
}

void rt_mseq_del(rt_obj *s, i64 i) {
    if (!mutable_seq(s))
        return;
    if (s->type->layout == RT_L_LIST)
        rt_list_del(s, i);
    else
        rt_bytearray_del(s, i);
}

/* ---- Mapping and MutableMapping: dict ---- */

static int is_dict(rt_obj *m) {
    if (m->type->layout == RT_L_DICT)
        return 1;
    not_supported(m, "is not a mapping");
    return 0;
}

rt_word rt_map_get(rt_obj *m, rt_word k, i64 kkind, i64 want) {
    rt_word key, v;
    if (!is_dict(m))
        return 0;
    if (!key_as(k, kkind, D(m)->kkind, &key) || !rt_dict_lookup(m, key, &v)) {
        if (!rt_exc)
            rt_raise_key(k, kkind);
        return 0;
    }
    return rt_word_as(v, D(m)->vkind, want);
}

i64 rt_map_lookup(rt_obj *m, rt_word k, i64 kkind, rt_word *out, i64 want) {
    rt_word key, v;
    if (!is_dict(m) || !key_as(k, kkind, D(m)->kkind, &key) || !rt_dict_lookup(m, key, &v))
        return 0;
    *out = rt_word_as(v, D(m)->vkind, want);
    return !rt_exc;
}

void rt_map_set(rt_obj *m, rt_word k, i64 kkind, rt_word v, i64 vkind) {
    if (is_dict(m))
        rt_dict_set(m, rt_word_as(k, kkind, D(m)->kkind), rt_word_as(v, vkind, D(m)->vkind));
}

void rt_map_del(rt_obj *m, rt_word k, i64 kkind) {
    rt_word key;
    if (!is_dict(m))
        return;
    if (key_as(k, kkind, D(m)->kkind, &key))
        rt_dict_del(m, key);
    else if (!rt_exc)
        rt_raise_key(k, kkind);
}

rt_word rt_map_pop(rt_obj *m, rt_word k, i64 kkind, i64 want) {
    rt_word key;
    if (!is_dict(m))
        return 0;
    if (!key_as(k, kkind, D(m)->kkind, &key)) {
        if (!rt_exc)
            rt_raise_key(k, kkind);
        return 0;
    }
    rt_word v = rt_dict_pop(m, key);
    return rt_exc ? 0 : rt_word_as(v, D(m)->vkind, want);
}

rt_word rt_map_setdefault(rt_obj *m, rt_word k, i64 kkind, rt_word v, i64 vkind) {
    if (!is_dict(m))
        return 0;
    rt_word w = rt_dict_setdefault(m, rt_word_as(k, kkind, D(m)->kkind), rt_word_as(v, vkind, D(m)->vkind));
    return rt_exc ? 0 : rt_word_as(w, D(m)->vkind, vkind);
}

/* m.keys() (0), m.values() (1), m.items() (2): the dict's view; items are
 * 2-tuples whose words are of the kinds asked for. */
rt_obj *rt_map_view(rt_obj *m, i64 what, const uint8_t *pair_kinds) {
    return is_dict(m) ? rt_dict_view(m, what, pair_kinds) : 0;
}
