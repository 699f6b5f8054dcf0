/* dict.c -- insertion-ordered dict as CPython's: a compact array of
 * entries (key, value, hash) in insertion order, plus an open-addressing
 * index of entry numbers.  Deleted entries leave holes (hash -1) that the
 * next resize squeezes out. */
#include "core.h"

void *memset(void *d, int c, size_t n);

#define D(o) ((rt_dict *)(o))
#define EMPTY (-1)
#define DUMMY (-2)
#define MINSIZE 8

static i64 *hashes(rt_dict *d) { return (i64 *)(void *)d->hashes->data; }
static int32_t *slots(rt_dict *d) { return (int32_t *)(void *)d->index->data; }
static i64 capacity(rt_dict *d) { return d->keys ? d->keys->cap : 0; }

rt_obj *rt_dict_new(i64 key_kind, i64 value_kind) {
    rt_dict *d = D(rt_alloc(&rt_type_dict, sizeof(rt_dict)));
    if (d) {
        d->kkind = key_kind;
        d->vkind = value_kind;
    }
    return &d->h;
}

i64 rt_dict_len(rt_obj *d) { return D(d)->used; }
i64 rt_dict_key_kind(rt_obj *d) { return D(d)->kkind; }   /* the kind its keys are stored in */

/* May o be read as a TypedDict (keys and values kept as objects)? */
i64 rt_dict_of_objects(rt_obj *o) {
    return o && o->type->layout == RT_L_DICT && D(o)->kkind == RT_OBJ && D(o)->vkind == RT_OBJ;
}

/* Entry number holding k, or -1 (also when == raised).  *slot receives the
 * index slot of the entry, or the slot where k would go. */
static i64 lookup(rt_dict *d, rt_word k, i64 h, i64 *slot) {
    if (!d->index)
        return -1;
    uint64_t perturb = (uint64_t)h, i = (uint64_t)h & (uint64_t)d->mask;
    i64 free = -1;
    for (;;) {
        int32_t e = slots(d)[i];
        if (e == EMPTY) {
            *slot = free >= 0 ? free : (i64)i;
            return -1;
        }
        if (e == DUMMY) {
            if (free < 0)
                free = (i64)i;
        } else if (hashes(d)[e] == h && rt_same(d->keys->data[e], k, d->kkind)) {
            *slot = (i64)i;
            return e;
        }
        if (rt_exc)
            return -1;
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & (uint64_t)d->mask;
    }
}

/* Rebuilds the tables with room for `used` * 3 entries, dropping holes. */
static int resize(rt_dict *d) {
    i64 size = MINSIZE;
    while (size * 2 / 3 < d->used * 3 || size * 2 / 3 <= d->used)
        size *= 2;
    i64 cap = size * 2 / 3;
    rt_words *k = rt_words_new(d->kkind, cap), *v = k ? rt_words_new(d->vkind, cap) : 0;
    rt_raw *h = v ? rt_raw_new(cap * 8) : 0, *ix = h ? rt_raw_new(size * 4) : 0;
    if (!ix)
        return 0;
    memset(ix->data, 0xff, (size_t)size * 4);
    i64 n = 0;
    for (i64 e = 0; e < d->nent; e++) {
        if (hashes(d)[e] == -1)
            continue;
        k->data[n] = d->keys->data[e];
        v->data[n] = d->vals->data[e];
        ((i64 *)(void *)h->data)[n++] = hashes(d)[e];
    }
    d->keys = k, d->vals = v, d->hashes = h, d->index = ix;
    d->mask = size - 1;
    d->nent = n;
    for (i64 e = 0; e < n; e++) { /* keys are distinct: take the first empty slot */
        uint64_t perturb = (uint64_t)hashes(d)[e], i = perturb & (uint64_t)d->mask;
        while (slots(d)[i] != EMPTY) {
            perturb >>= 5;
            i = (i * 5 + perturb + 1) & (uint64_t)d->mask;
        }
        slots(d)[i] = (int32_t)e;
    }
    return 1;
}

void rt_dict_set(rt_obj *o, rt_word k, rt_word v) {
    rt_dict *d = D(o);
    i64 h = rt_hash(k, d->kkind), slot;
    if (rt_exc)
        return;
    i64 e = lookup(d, k, h, &slot);
    if (e >= 0 || rt_exc) {
        if (e >= 0)
            d->vals->data[e] = v;
        return;
    }
    if (d->nent == capacity(d)) {
        if (!resize(d))
            return;
        lookup(d, k, h, &slot);
    }
    e = d->nent++;
    d->keys->data[e] = k;
    d->vals->data[e] = v;
    hashes(d)[e] = h;
    slots(d)[slot] = (int32_t)e;
    d->used++;
}

/* Entry of k or -1; raises KeyError(k) when `missing_raises`. */
static i64 find(rt_dict *d, rt_word k, i64 *slot, int missing_raises) {
    i64 h = rt_hash(k, d->kkind);
    i64 e = rt_exc ? -1 : lookup(d, k, h, slot);
    if (e < 0 && !rt_exc && missing_raises) {
        rt_raise_key(k, d->kkind);
    }
    return e;
}

i64 rt_dict_lookup(rt_obj *d, rt_word k, rt_word *out) {
    i64 slot, e = find(D(d), k, &slot, 0);
    if (e < 0)
        return 0;
    *out = D(d)->vals->data[e];
    return 1;
}

rt_word rt_dict_get(rt_obj *d, rt_word k) {
    i64 slot, e = find(D(d), k, &slot, 1);
    return e < 0 ? 0 : D(d)->vals->data[e];
}

i64 rt_dict_contains(rt_obj *d, rt_word k) {
    i64 slot;
    return find(D(d), k, &slot, 0) >= 0;
}

static void remove_entry(rt_dict *d, i64 e, i64 slot) {
    slots(d)[slot] = DUMMY;
    hashes(d)[e] = -1;
    d->keys->data[e] = 0;
    d->vals->data[e] = 0;
    d->used--;
}

rt_word rt_dict_pop(rt_obj *d, rt_word k) {
    i64 slot, e = find(D(d), k, &slot, 1);
    if (e < 0)
        return 0;
    rt_word v = D(d)->vals->data[e];
    remove_entry(D(d), e, slot);
    return v;
}

void rt_dict_del(rt_obj *d, rt_word k) { rt_dict_pop(d, k); }

rt_word rt_dict_setdefault(rt_obj *d, rt_word k, rt_word v) {
    rt_word old;
    if (rt_dict_lookup(d, k, &old))
        return old;
    if (!rt_exc)
        rt_dict_set(d, k, v);
    return rt_exc ? 0 : v;
}

i64 rt_dict_next(rt_obj *o, i64 *pos, i64 expected_len, rt_word *key, rt_word *value) {
    rt_dict *d = D(o);
    if (d->used != expected_len) {
        rt_raise_msg(&rt_type_RuntimeError, "dictionary changed size during iteration");
        return 0;
    }
    while (*pos < d->nent && hashes(d)[*pos] == -1)
        ++*pos;
    if (*pos >= d->nent)
        return 0;
    *key = d->keys->data[*pos];
    *value = d->vals->data[*pos];
    ++*pos;
    return 1;
}

/* A list of keys (0), values (1) or (key, value) tuples (2). */
static rt_obj *snapshot(rt_dict *d, int what, const uint8_t *pair_kinds) {
    rt_obj *l = rt_list_new(what == 2 ? RT_OBJ : what ? d->vkind : d->kkind, d->used);
    rt_word k, v;
    for (i64 pos = 0; l && rt_dict_next(&d->h, &pos, d->used, &k, &v);) {
        rt_word w = what ? v : k;
        if (what == 2) {
            rt_obj *t = rt_tuple_new(2, pair_kinds);
            if (!t)
                return 0;
            ((rt_tuple *)t)->items[0] = k;
            ((rt_tuple *)t)->items[1] = v;
            w = (rt_word)(uintptr_t)t;
        }
        rt_list_append(l, w);
    }
    return l;
}

rt_obj *rt_dict_keys(rt_obj *d) { return snapshot(D(d), 0, 0); }
rt_obj *rt_dict_values(rt_obj *d) { return snapshot(D(d), 1, 0); }
rt_obj *rt_dict_items(rt_obj *d, const uint8_t *pair_kinds) { return snapshot(D(d), 2, pair_kinds); }

void rt_dict_update(rt_obj *d, rt_obj *other) {
    rt_word k, v;
    for (i64 pos = 0; !rt_exc && rt_dict_next(other, &pos, D(other)->used, &k, &v);)
        rt_dict_set(d, k, v);
}

rt_obj *rt_dict_copy(rt_obj *d) {
    rt_obj *r = rt_dict_new(D(d)->kkind, D(d)->vkind);
    if (r)
        rt_dict_update(r, d);
    return rt_exc ? 0 : r;
}

void rt_dict_clear(rt_obj *o) {
    rt_dict *d = D(o);
    d->keys = d->vals = 0;
    d->hashes = d->index = 0;
    d->used = d->nent = d->mask = 0;
}

rt_word rt_dict_popitem(rt_obj *o, rt_word *key_out) {
    rt_dict *d = D(o);
    if (!d->used) {
        rt_raise_msg(&rt_type_KeyError, "popitem(): dictionary is empty");
        return 0;
    }
    i64 e = d->nent - 1, slot;
    while (hashes(d)[e] == -1)
        e--;
    rt_word k = d->keys->data[e], v = d->vals->data[e];
    lookup(d, k, hashes(d)[e], &slot);
    remove_entry(d, e, slot);
    d->nent = e;
    *key_out = k;
    return v;
}

/* b's value for a key of kind kk (another kind than b's keys: a scan). */
static i64 lookup_kind(rt_obj *b, rt_word k, i64 kk, rt_word *out) {
    if (kk == D(b)->kkind)
        return rt_dict_lookup(b, k, out);
    rt_word bk;
    for (i64 pos = 0; rt_dict_next(b, &pos, D(b)->used, &bk, out);)
        if (rt_same_kinds(k, kk, bk, D(b)->kkind))
            return 1;
    return 0;
}

i64 rt_dict_eq(rt_obj *a, rt_obj *b) {
    if (D(a)->used != D(b)->used)
        return 0;
    rt_word k, v, w;
    for (i64 pos = 0; rt_dict_next(a, &pos, D(a)->used, &k, &v);) {
        if (!lookup_kind(b, k, D(a)->kkind, &w) || !rt_same_kinds(v, D(a)->vkind, w, D(b)->vkind))
            return 0;
    }
    return rt_exc ? 0 : 1;
}

rt_obj *rt_dict_repr(rt_obj *o) {
    rt_sb b = {0, 0};
    rt_word k, v;
    if (!rt_repr_enter(o))
        return rt_str_from_cstr("{...}");
    rt_sb_cstr(&b, "{");
    for (i64 pos = 0, first = 1; rt_dict_next(o, &pos, D(o)->used, &k, &v); first = 0) {
        if (!first)
            rt_sb_cstr(&b, ", ");
        if (!rt_sb_repr(&b, k, D(o)->kkind))
            break;
        rt_sb_cstr(&b, ": ");
        if (!rt_sb_repr(&b, v, D(o)->vkind))
            break;
    }
    rt_repr_leave();
    rt_sb_cstr(&b, "}");
    return rt_sb_done(&b);
}
