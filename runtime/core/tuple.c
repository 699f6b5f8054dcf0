/* tuple.c -- fixed-size tuples whose item kinds come from a static array
 * (or, for a strided slice, tuple(list) and t * n, a heap array the
 * collector keeps alive): indexing, slicing, `in`, repr, ==, < and
 * CPython 3.11's tuple hash. */
#include "core.h"

#define T(o) ((rt_tuple *)(o))
#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL

rt_obj *rt_tuple_new(i64 n, const uint8_t *kinds) { return rt_tuple_new_as(&rt_type_tuple, n, kinds); }

/* A tuple of a class deriving from tuple (a NamedTuple): its own repr, the
 * tuple's ==, < and hash. */
rt_obj *rt_tuple_new_as(const rt_type *type, i64 n, const uint8_t *kinds) {
    rt_tuple *t = T(rt_alloc(type, (i64)sizeof(rt_tuple) + 8 * n));
    if (t) {
        t->len = n;
        t->kinds = kinds;
    }
    return &t->h;
}

/* t[i] as a word of kind want: a tuple keeps each item in its own kind
 * (a display's tuple[int, bool] read as object items, or typed
 * tuple[object, ...] holding an int). */
rt_word rt_tuple_get(rt_obj *t, i64 i, i64 want) {
    if (i < 0)
        i += T(t)->len;
    if (i < 0 || i >= T(t)->len) {
        rt_raise_msg(&rt_type_IndexError, "tuple index out of range");
        return 0;
    }
    return rt_word_as(T(t)->items[i], T(t)->kinds[i], want);
}

rt_obj *rt_tuple_slice(rt_obj *t, i64 start, i64 stop, i64 step, i64 has) {
    i64 n = rt_slice_adjust(T(t)->len, &start, &stop, step, has);
    if (n < 0)
        return 0;
    const uint8_t *kinds = T(t)->kinds + start;
    if (step != 1 && n) {
        rt_raw *k = rt_raw_new(n);
        if (!k)
            return 0;
        for (i64 i = 0; i < n; i++)
            k->data[i] = T(t)->kinds[start + i * step];
        kinds = k->data;
    }
    rt_obj *r = rt_tuple_new(n, kinds);
    for (i64 i = 0; r && i < n; i++)
        T(r)->items[i] = T(t)->items[start + i * step];
    return r;
}

i64 rt_tuple_contains(rt_obj *t, rt_word w, i64 kind) {
    for (i64 i = 0; i < T(t)->len && !rt_exc; i++) {
        i64 k = T(t)->kinds[i];
        rt_word x = T(t)->items[i];
        if (rt_same_kinds(x, k, w, kind))
            return 1;
    }
    return 0;
}

rt_obj *rt_tuple_repr(rt_obj *o) {
    return rt_seq_repr(T(o)->items, T(o)->len, T(o)->kinds, 0, "(", T(o)->len == 1 ? ",)" : ")");
}

i64 rt_tuple_eq(rt_obj *a, rt_obj *b) {
    if (T(a)->len != T(b)->len)
        return 0;
    i64 eq;
    rt_seq_cmp(T(a)->items, T(a)->len, T(a)->kinds, 0, T(b)->items, T(b)->len, T(b)->kinds, 0, &eq, 0);
    return rt_exc ? 0 : eq;
}

i64 rt_tuple_lt(rt_obj *a, rt_obj *b) {
    i64 eq;
    return rt_seq_cmp(T(a)->items, T(a)->len, T(a)->kinds, 0, T(b)->items, T(b)->len, T(b)->kinds, 0, &eq, 1);
}

i64 rt_tuple_hash(rt_obj *o) {
    uint64_t acc = XXPRIME_5;
    i64 n = T(o)->len;
    for (i64 i = 0; i < n; i++) {
        uint64_t lane = (uint64_t)rt_hash(T(o)->items[i], T(o)->kinds[i]);
        if (rt_exc)
            return 0;
        acc += lane * XXPRIME_2;
        acc = (acc << 31) | (acc >> 33);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)n ^ (XXPRIME_5 ^ 3527539ULL);
    return acc == (uint64_t)-1 ? 1546275796 : (i64)acc;
}

/* A tuple of n words of one kind (tuple(iterable), t * n): its kinds array
 * lives in the heap, kept alive through the tuple. */
static rt_obj *uniform_tuple(i64 n, i64 kind) {
    rt_raw *k = rt_raw_new(n ? n : 1);
    if (!k)
        return 0;
    for (i64 i = 0; i < n; i++)
        k->data[i] = (uint8_t)kind;
    return rt_tuple_new(n, k->data);
}

rt_obj *rt_tuple_from_list(rt_obj *lo) {
    rt_list *l = (rt_list *)lo;
    rt_obj *t = uniform_tuple(l->len, l->kind);
    for (i64 i = 0; t && i < l->len; i++)
        ((rt_tuple *)t)->items[i] = l->items->data[i];
    return t;
}

/* a + b of tuples whose lengths are known only at run time: each item keeps its kind */
rt_obj *rt_tuple_concat(rt_obj *ao, rt_obj *bo) {
    rt_tuple *a = (rt_tuple *)ao, *b = (rt_tuple *)bo;
    i64 n = a->len + b->len;
    rt_raw *k = rt_raw_new(n ? n : 1);
    if (!k)
        return 0;
    for (i64 i = 0; i < n; i++)
        k->data[i] = i < a->len ? a->kinds[i] : b->kinds[i - a->len];
    rt_obj *r = rt_tuple_new(n, k->data);
    for (i64 i = 0; r && i < n; i++)
        ((rt_tuple *)r)->items[i] = i < a->len ? a->items[i] : b->items[i - a->len];
    return r;
}

rt_obj *rt_tuple_repeat(rt_obj *to, i64 times) {
    rt_tuple *t = (rt_tuple *)to;
    i64 n = times > 0 ? t->len * times : 0;
    rt_raw *k = rt_raw_new(n ? n : 1);
    if (!k)
        return 0;
    for (i64 i = 0; i < n; i++)
        k->data[i] = t->kinds[i % t->len];
    rt_obj *r = rt_tuple_new(n, k->data);
    for (i64 i = 0; r && i < n; i++)
        ((rt_tuple *)r)->items[i] = t->items[i % t->len];
    return r;
}
