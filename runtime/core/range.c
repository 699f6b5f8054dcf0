/* range.c -- range objects: three words (start, stop, step) that compiled
 * loops read directly, so `for i in r` counts without a call.  Everything a
 * range answers (len, r[i], slices, index, count, `in`, ==, hash) is
 * computed from the three words as CPython does; iter() gives a counter. */
#include "core.h"

typedef struct rt_range {
    rt_obj h;
    i64 start, stop, step;
} rt_range;

#define R(o) ((rt_range *)(o))

static const uint8_t range_fields[] = {RT_I64, RT_I64, RT_I64};

static rt_obj *range_make(const rt_type *t, i64 start, i64 stop, i64 step) {
    rt_range *r = R(rt_alloc(t, sizeof(rt_range)));
    if (r) {
        r->start = start;
        r->stop = stop;
        r->step = step;
    }
    return &r->h;
}

rt_obj *rt_range_new(i64 start, i64 stop, i64 step) {
    if (step == 0) {
        rt_raise_msg(&rt_type_ValueError, "range() arg 3 must not be zero");
        return 0;
    }
    return range_make(&rt_type_range, start, stop, step);
}

/* In unsigned arithmetic: stop - start may not fit an i64. */
i64 rt_range_len(rt_obj *o) {
    rt_range *r = R(o);
    if (r->step > 0)
        return r->start < r->stop ? (i64)(((uint64_t)r->stop - (uint64_t)r->start - 1) / (uint64_t)r->step + 1) : 0;
    return r->start > r->stop ? (i64)(((uint64_t)r->start - (uint64_t)r->stop - 1) / (0 - (uint64_t)r->step) + 1) : 0;
}

static i64 range_at(rt_range *r, i64 i) {
    return (i64)((uint64_t)r->start + (uint64_t)i * (uint64_t)r->step);
}

i64 rt_range_get(rt_obj *o, i64 i) {
    i64 n = rt_range_len(o);
    if (i < 0)
        i += n;
    if (i < 0 || i >= n) {
        rt_raise_msg(&rt_type_IndexError, "range object index out of range");
        return 0;
    }
    return range_at(R(o), i);
}

rt_obj *rt_range_slice(rt_obj *o, i64 start, i64 stop, i64 step, i64 has) {
    if (rt_slice_adjust(rt_range_len(o), &start, &stop, step, has) < 0)
        return 0;
    return range_make(&rt_type_range, range_at(R(o), start), range_at(R(o), stop), R(o)->step * step);
}

i64 rt_range_contains(rt_obj *o, i64 v) {
    rt_range *r = R(o);
    uint64_t off;
    if (r->step > 0) {
        if (v < r->start || v >= r->stop)
            return 0;
        off = (uint64_t)v - (uint64_t)r->start;
        return off % (uint64_t)r->step == 0;
    }
    if (v > r->start || v <= r->stop)
        return 0;
    off = (uint64_t)r->start - (uint64_t)v;
    return off % (0 - (uint64_t)r->step) == 0;
}

i64 rt_range_index(rt_obj *o, i64 v) {
    if (!rt_range_contains(o, v)) {
        rt_raisef(&rt_type_ValueError, "%d is not in range", v);
        return 0;
    }
    rt_range *r = R(o);
    return (i64)((r->step > 0 ? (uint64_t)v - (uint64_t)r->start : (uint64_t)r->start - (uint64_t)v) /
                 (r->step > 0 ? (uint64_t)r->step : 0 - (uint64_t)r->step));
}

static rt_obj *range_repr(rt_obj *o) {
    rt_range *r = R(o);
    return r->step == 1 ? rt_strf("range(%d, %d)", r->start, r->stop)
                        : rt_strf("range(%d, %d, %d)", r->start, r->stop, r->step);
}

/* Equal when they produce the same numbers (range(0) == range(5, 5)). */
static i64 range_eq(rt_obj *a, rt_obj *b) {
    i64 n = rt_range_len(a);
    if (b->type != &rt_type_range || n != rt_range_len(b))
        return 0;
    return n == 0 || (R(a)->start == R(b)->start && (n == 1 || R(a)->step == R(b)->step));
}

/* CPython hashes (len, start, step) with the parts == ignores left out. */
static i64 range_hash(rt_obj *o) {
    static const uint8_t kinds[] = {RT_I64, RT_I64, RT_I64};
    i64 n = rt_range_len(o);
    rt_obj *t = rt_tuple_new(3, kinds);
    if (!t)
        return 0;
    rt_word *w = ((rt_tuple *)t)->items;
    w[0] = (rt_word)n;
    w[1] = n ? (rt_word)R(o)->start : 0;
    w[2] = n > 1 ? (rt_word)R(o)->step : 0;
    return rt_tuple_hash(t);
}

const rt_type rt_type_range = {"range", "builtins", &rt_type_object, RT_L_FIELDS, 3, range_fields,
                               range_repr, 0, range_hash, range_eq, 0, 0};

/* The iterator counts in its own copy of the three words. */
static rt_word range_next(rt_obj *self, i64 want) {
    rt_range *r = R(self);
    if (r->step > 0 ? r->start >= r->stop : r->start <= r->stop) {
        rt_iter_stop = 1;
        return 0;
    }
    i64 v = r->start;
    if (__builtin_add_overflow(v, r->step, &r->start))
        r->start = r->stop;   /* past the end of the i64 range: the next call stops */
    return rt_word_as((rt_word)v, RT_I64, want);
}

static const rt_type range_iter_type = {"range_iterator", "builtins", &rt_type_object, RT_L_FIELDS, 3,
                                        range_fields, 0, 0, 0, 0, 0, 0, range_next};

rt_obj *rt_range_iter(rt_obj *o) {
    return range_make(&range_iter_type, R(o)->start, R(o)->stop, R(o)->step);
}
