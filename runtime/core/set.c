/* set.c -- set as CPython 3.11's setobject.c lays it out: the same table
 * sizes, probe sequence (LINEAR_PROBES neighbours, then perturbation),
 * dummy and fill accounting and resize points, so that iterating or
 * printing a set gives CPython's order for the same operations. */
#include "core.h"

#define S(o) ((rt_set *)(o))
#define MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5
enum { UNUSED, ACTIVE, DUMMY };

typedef struct table {
    rt_word *key;
    i64 *hash;
    uint8_t *state;
    uint64_t mask;
} table;

static table tab(rt_set *s) {
    uint64_t size = (uint64_t)s->mask + 1;
    return (table){s->keys->data, (i64 *)(void *)s->meta->data, s->meta->data + size * 8,
                   (uint64_t)s->mask};
}

/* Installs a fresh empty table of `size` slots; 0 after MemoryError. */
static int new_table(rt_set *s, i64 size) {
    rt_words *k = rt_words_new(s->kind, size);
    rt_raw *m = k ? rt_raw_new(size * 9) : 0;
    if (!m)
        return 0;
    s->keys = k;
    s->meta = m;
    s->mask = size - 1;
    s->fill = s->used = 0;
    return 1;
}

rt_obj *rt_set_new(i64 kind) {
    rt_set *s = S(rt_alloc(&rt_type_set, sizeof(rt_set)));
    if (!s)
        return 0;
    s->kind = kind;
    return new_table(s, MINSIZE) ? &s->h : 0;
}

i64 rt_set_len(rt_obj *s) { return S(s)->used; }

/* Slot of the active entry equal to k, or -1 (also when == raised). */
static i64 lookkey(rt_set *s, rt_word k, i64 h) {
    table t = tab(s);
    uint64_t perturb = (uint64_t)h, i = (uint64_t)h & t.mask;
    for (;;) {
        int probes = i + LINEAR_PROBES <= t.mask ? LINEAR_PROBES : 0;
        for (uint64_t j = i; probes-- >= 0; j++) {
            if (t.state[j] == UNUSED)
                return -1;
            if (t.state[j] == ACTIVE && t.hash[j] == h && rt_same(t.key[j], k, s->kind))
                return (i64)j;
            if (rt_exc)
                return -1;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & t.mask;
    }
}

static void insert_clean(table t, rt_word k, i64 h) {
    uint64_t perturb = (uint64_t)h, i = (uint64_t)h & t.mask;
    for (;;) {
        uint64_t last = i + LINEAR_PROBES <= t.mask ? i + LINEAR_PROBES : i;
        for (uint64_t j = i; j <= last; j++)
            if (t.state[j] == UNUSED) {
                t.key[j] = k;
                t.hash[j] = h;
                t.state[j] = ACTIVE;
                return;
            }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & t.mask;
    }
}

/* Smallest power of two above minused; dummies are dropped. */
static int table_resize(rt_set *s, i64 minused) {
    i64 size = MINSIZE, used = s->used;
    while (size <= minused)
        size <<= 1;
    table old = tab(s);
    if (!new_table(s, size))
        return 0;
    table t = tab(s);
    for (uint64_t j = 0; j <= old.mask; j++)
        if (old.state[j] == ACTIVE)
            insert_clean(t, old.key[j], old.hash[j]);
    s->fill = s->used = used;
    return 1;
}

static void add_entry(rt_set *s, rt_word k, i64 h) {
    table t = tab(s);
    uint64_t perturb = (uint64_t)h, i = (uint64_t)h & t.mask;
    i64 freeslot = -1;
    for (;;) {
        int probes = i + LINEAR_PROBES <= t.mask ? LINEAR_PROBES : 0;
        for (uint64_t j = i; probes-- >= 0; j++) {
            if (t.state[j] == UNUSED) {
                if (freeslot >= 0) { /* reuse the last dummy passed */
                    j = (uint64_t)freeslot;
                } else {
                    s->fill++;
                }
                s->used++;
                t.key[j] = k;
                t.hash[j] = h;
                t.state[j] = ACTIVE;
                if (freeslot >= 0 || (uint64_t)s->fill * 5 < t.mask * 3)
                    return;
                table_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
                return;
            }
            if (t.state[j] == ACTIVE && t.hash[j] == h) {
                if (rt_same(t.key[j], k, s->kind) || rt_exc)
                    return;
            } else if (t.state[j] == DUMMY) {
                freeslot = (i64)j;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & t.mask;
    }
}

void rt_set_add(rt_obj *s, rt_word w) {
    i64 h = rt_hash(w, S(s)->kind);
    if (!rt_exc)
        add_entry(S(s), w, h);
}

static void mark_dummy(rt_set *s, i64 j) {
    table t = tab(s);
    t.state[j] = DUMMY;
    t.hash[j] = -1;
    t.key[j] = 0;
    s->used--;
}

/* 1 if w was present and is now removed. */
static int discard_entry(rt_set *s, rt_word w, i64 h) {
    i64 j = lookkey(s, w, h);
    if (j < 0)
        return 0;
    mark_dummy(s, j);
    return 1;
}

static int discard(rt_obj *s, rt_word w) {
    i64 h = rt_hash(w, S(s)->kind);
    return rt_exc ? 0 : discard_entry(S(s), w, h);
}

void rt_set_discard(rt_obj *s, rt_word w) { discard(s, w); }

void rt_set_remove(rt_obj *s, rt_word w) {
    if (!discard(s, w) && !rt_exc)
        rt_raise_key(w, S(s)->kind);
}

rt_word rt_set_pop(rt_obj *o) {
    rt_set *s = S(o);
    if (!s->used) {
        rt_raise_msg(&rt_type_KeyError, "pop from an empty set");
        return 0;
    }
    table t = tab(s);
    uint64_t j = (uint64_t)s->finger & t.mask;
    while (t.state[j] != ACTIVE)
        j = j == t.mask ? 0 : j + 1;
    rt_word k = t.key[j];
    mark_dummy(s, (i64)j);
    s->finger = (i64)j + 1;
    return k;
}

i64 rt_set_contains(rt_obj *s, rt_word w) {
    i64 h = rt_hash(w, S(s)->kind);
    return rt_exc ? 0 : lookkey(S(s), w, h) >= 0;
}

i64 rt_set_next(rt_obj *o, i64 *pos, i64 expected_len, rt_word *item) {
    rt_set *s = S(o);
    if (s->used != expected_len) {
        rt_raise_msg(&rt_type_RuntimeError, "Set changed size during iteration");
        return 0;
    }
    table t = tab(s);
    while ((uint64_t)*pos <= t.mask && t.state[*pos] != ACTIVE)
        ++*pos;
    if ((uint64_t)*pos > t.mask)
        return 0;
    *item = t.key[(*pos)++];
    return 1;
}

/* CPython's set_merge: s |= other, with one resize up front. */
static void merge(rt_set *s, rt_set *o) {
    if (o == s || !o->used)
        return;
    if ((s->fill + o->used) * 5 >= s->mask * 3 && !table_resize(s, (s->used + o->used) * 2))
        return;
    table t = tab(s), u = tab(o);
    if (!s->fill) { /* empty: no duplicates possible */
        int same = s->mask == o->mask && o->fill == o->used;
        for (uint64_t j = 0; j <= u.mask; j++) {
            if (u.state[j] != ACTIVE)
                continue;
            if (same) {
                t.key[j] = u.key[j];
                t.hash[j] = u.hash[j];
                t.state[j] = ACTIVE;
            } else {
                insert_clean(t, u.key[j], u.hash[j]);
            }
        }
        s->fill = s->used = o->used;
        return;
    }
    for (uint64_t j = 0; j <= u.mask && !rt_exc; j++)
        if (u.state[j] == ACTIVE)
            add_entry(s, u.key[j], u.hash[j]);
}

void rt_set_update(rt_obj *s, rt_obj *other) { merge(S(s), S(other)); }

/* Before a dict's n keys are added: CPython's set_update_internal resizes
 * once for all of them, which decides the order the set iterates in. */
void rt_set_reserve(rt_obj *s, i64 n) {
    rt_set *t = S(s);
    if ((t->fill + n) * 5 >= t->mask * 3)
        table_resize(t, (t->used + n) * 2);
}

/* The result of an operation on a (set or frozenset): of a's type, as CPython's. */
static rt_obj *like(rt_obj *r, rt_obj *a) {
    if (r)
        r->type = a->type;
    return r;
}

rt_obj *rt_set_copy(rt_obj *s) {
    rt_obj *r = rt_set_new(S(s)->kind);
    if (r)
        merge(S(r), S(s));
    return rt_exc ? 0 : like(r, s);
}

/* frozenset(...): the set just built, frozen. */
rt_obj *rt_set_freeze(rt_obj *s) {
    s->type = &rt_type_frozenset;
    return s;
}

/* CPython's frozenset hash: the items' hashes shuffled and xored, so that
 * the order of a set of frozensets is CPython's. */
static uint64_t shuffle(uint64_t h) { return ((h ^ 89869747u) ^ (h << 16)) * 3644798167u; }

i64 rt_frozenset_hash(rt_obj *o) {
    uint64_t h = 0;
    table t = tab(S(o));
    for (uint64_t j = 0; j <= (uint64_t)S(o)->mask; j++)
        if (t.state[j] == ACTIVE)
            h ^= shuffle((uint64_t)t.hash[j]);
    h ^= ((uint64_t)S(o)->used + 1) * 1927868237u;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069u + 907133923u;
    return h == (uint64_t)-1 ? 590923713 : (i64)h;
}

void rt_set_clear(rt_obj *s) { new_table(S(s), MINSIZE); }

rt_obj *rt_set_union(rt_obj *a, rt_obj *b) {
    rt_obj *r = rt_set_copy(a);
    if (r)
        merge(S(r), S(b));
    return rt_exc ? 0 : r;
}

static rt_obj *intersection(rt_obj *a, rt_obj *b);
static rt_obj *difference(rt_obj *a, rt_obj *b);
static rt_obj *symmetric_difference(rt_obj *a, rt_obj *b);

rt_obj *rt_set_intersection(rt_obj *a, rt_obj *b) { return like(intersection(a, b), a); }
rt_obj *rt_set_difference(rt_obj *a, rt_obj *b) { return like(difference(a, b), a); }
rt_obj *rt_set_symmetric_difference(rt_obj *a, rt_obj *b) { return like(symmetric_difference(a, b), a); }

/* A new set of the items of `from` that are (want=1) or are not (want=0)
 * in `in`, in from's table order, as CPython builds them. */
static rt_obj *filter(rt_set *from, rt_set *in, int want) {
    rt_obj *r = rt_set_new(from->kind);
    for (uint64_t j = 0; r && j <= (uint64_t)from->mask && !rt_exc; j++) {
        table t = tab(from);
        if (t.state[j] != ACTIVE)
            continue;
        i64 found = lookkey(in, t.key[j], t.hash[j]) >= 0;
        if (!rt_exc && found == want)
            add_entry(S(r), t.key[j], t.hash[j]);
    }
    return rt_exc ? 0 : r;
}

static rt_obj *intersection(rt_obj *a, rt_obj *b) {
    if (a == b)
        return rt_set_copy(a);
    if (S(b)->used > S(a)->used)
        return filter(S(a), S(b), 1);
    return filter(S(b), S(a), 1);
}

static rt_obj *difference(rt_obj *a, rt_obj *b) {
    if ((S(a)->used >> 2) <= S(b)->used)
        return filter(S(a), S(b), 0);
    rt_obj *r = rt_set_copy(a); /* much bigger than b: copy, then remove b */
    for (uint64_t j = 0; r && j <= (uint64_t)S(b)->mask && !rt_exc; j++) {
        table u = tab(S(b));
        if (u.state[j] == ACTIVE)
            discard_entry(S(r), u.key[j], u.hash[j]);
    }
    return rt_exc ? 0 : r;
}

static rt_obj *symmetric_difference(rt_obj *a, rt_obj *b) {
    rt_obj *r = rt_set_copy(b);
    for (uint64_t j = 0; r && j <= (uint64_t)S(a)->mask && !rt_exc; j++) {
        table u = tab(S(a));
        if (u.state[j] == ACTIVE && !discard_entry(S(r), u.key[j], u.hash[j]) && !rt_exc)
            add_entry(S(r), u.key[j], u.hash[j]);
    }
    return rt_exc ? 0 : r;
}

/* The in-place forms, as CPython 3.11 runs them on a set argument. */
void rt_set_difference_update(rt_obj *a, rt_obj *b) {
    if (a == b) {
        rt_set_clear(a);
        return;
    }
    for (uint64_t j = 0; j <= (uint64_t)S(b)->mask && !rt_exc; j++) {
        table u = tab(S(b));
        if (u.state[j] == ACTIVE)
            discard_entry(S(a), u.key[j], u.hash[j]);
    }
}

void rt_set_intersection_update(rt_obj *a, rt_obj *b) {
    rt_obj *r = rt_set_intersection(a, b);
    if (!r)
        return;
    rt_set t = *S(a); /* swap the bodies: a takes the new table as it is */
    *S(a) = *S(r);
    S(a)->h = t.h;
    S(a)->finger = t.finger;
    S(r)->keys = t.keys;
    S(r)->meta = t.meta;
}

void rt_set_symmetric_difference_update(rt_obj *a, rt_obj *b) {
    if (a == b) {
        rt_set_clear(a);
        return;
    }
    for (uint64_t j = 0; j <= (uint64_t)S(b)->mask && !rt_exc; j++) {
        table u = tab(S(b));
        if (u.state[j] == ACTIVE && !discard_entry(S(a), u.key[j], u.hash[j]) && !rt_exc)
            add_entry(S(a), u.key[j], u.hash[j]);
    }
}

i64 rt_set_isdisjoint(rt_obj *a, rt_obj *b) {
    if (S(a)->used > S(b)->used) {
        rt_obj *t = a;
        a = b;
        b = t;
    }
    table t = tab(S(a));
    for (uint64_t j = 0; j <= t.mask && !rt_exc; j++)
        if (t.state[j] == ACTIVE && lookkey(S(b), t.key[j], t.hash[j]) >= 0)
            return 0;
    return 1;
}

i64 rt_set_issuperset(rt_obj *a, rt_obj *b) { return rt_set_issubset(b, a); }

i64 rt_set_issubset(rt_obj *a, rt_obj *b) {
    if (S(a)->used > S(b)->used)
        return 0;
    table t = tab(S(a)), u = tab(S(b));
    for (uint64_t j = 0; j <= t.mask; j++) {
        if (t.state[j] != ACTIVE)
            continue;
        if (S(a)->kind == S(b)->kind) {
            if (lookkey(S(b), t.key[j], t.hash[j]) < 0)
                return 0;
            continue;
        }
        uint64_t i = 0;   /* items of another kind: a scan */
        while (i <= u.mask && !(u.state[i] == ACTIVE && u.hash[i] == t.hash[j] &&
                                rt_same_kinds(t.key[j], S(a)->kind, u.key[i], S(b)->kind)))
            i++;
        if (rt_exc || i > u.mask)
            return 0;
    }
    return 1;
}

i64 rt_set_eq(rt_obj *a, rt_obj *b) {
    if (S(a)->used != S(b)->used)
        return 0;
    return rt_set_issubset(a, b);
}

rt_obj *rt_set_repr(rt_obj *o) {
    int frozen = o->type == &rt_type_frozenset;
    if (!S(o)->used)
        return frozen ? rt_str_new("frozenset()", 11) : rt_str_new("set()", 5);
    rt_sb b = {0, 0};
    rt_word w;
    rt_sb_cstr(&b, frozen ? "frozenset({" : "{");
    for (i64 pos = 0, first = 1; rt_set_next(o, &pos, S(o)->used, &w); first = 0) {
        if (!first)
            rt_sb_cstr(&b, ", ");
        if (!rt_sb_repr(&b, w, S(o)->kind))
            return 0;
    }
    rt_sb_cstr(&b, frozen ? "})" : "}");
    return rt_sb_done(&b);
}
