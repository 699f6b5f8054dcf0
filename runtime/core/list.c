/* list.c -- list: a growable array of words of one kind, with CPython's
 * indexing, slicing and error messages, and a stable merge sort. */
#include "core.h"

void *memmove(void *d, const void *s, size_t n);
void *memcpy(void *d, const void *s, size_t n);
void *memset(void *d, int c, size_t n);

#define L(o) ((rt_list *)(o))

rt_obj *rt_list_new(i64 kind, i64 cap) {
    rt_list *l = L(rt_alloc(&rt_type_list, sizeof(rt_list)));
    if (!l)
        return 0;
    l->kind = kind;
    if (cap && !(l->items = rt_words_new(kind, cap)))
        return 0;
    return &l->h;
}

static rt_word *items(rt_obj *l) { return L(l)->items ? L(l)->items->data : 0; }

/* Makes room for `need` items; 0 after MemoryError. */
static int reserve(rt_list *l, i64 need) {
    i64 cap = l->items ? l->items->cap : 0;
    if (need <= cap)
        return 1;
    i64 nc = cap + (cap >> 1) + 4;
    if (nc < need)
        nc = need;
    rt_words *w = rt_words_new(l->kind, nc);
    if (!w)
        return 0;
    if (l->len)
        memcpy(w->data, l->items->data, (size_t)l->len * 8);
    l->items = w;
    return 1;
}

/* Shrinks to n items, clearing the tail so the collector drops it. */
static void truncate(rt_list *l, i64 n) {
    if (n < l->len)
        memset(l->items->data + n, 0, (size_t)(l->len - n) * 8);
    l->len = n;
}

i64 rt_list_len(rt_obj *l) { return L(l)->len; }

void rt_list_append(rt_obj *l, rt_word w) {
    if (reserve(L(l), L(l)->len + 1))
        L(l)->items->data[L(l)->len++] = w;
}

/* Python index -> position, or -1 after raising IndexError(msg). */
static i64 index_of(rt_obj *l, i64 i, const char *msg) {
    if (i < 0)
        i += L(l)->len;
    if (i < 0 || i >= L(l)->len) {
        rt_raise_msg(&rt_type_IndexError, msg);
        return -1;
    }
    return i;
}

rt_word rt_list_get(rt_obj *l, i64 i) {
    i = index_of(l, i, "list index out of range");
    return i < 0 ? 0 : items(l)[i];
}

void rt_list_set(rt_obj *l, i64 i, rt_word w) {
    i = index_of(l, i, "list assignment index out of range");
    if (i >= 0)
        items(l)[i] = w;
}

static void remove_at(rt_obj *l, i64 i) {
    rt_word *d = items(l);
    memmove(d + i, d + i + 1, (size_t)(L(l)->len - i - 1) * 8);
    truncate(L(l), L(l)->len - 1);
}

void rt_list_del(rt_obj *l, i64 i) {
    i = index_of(l, i, "list assignment index out of range");
    if (i >= 0)
        remove_at(l, i);
}

rt_word rt_list_pop(rt_obj *l, i64 i, i64 has_i) {
    if (!L(l)->len) {
        rt_raise_msg(&rt_type_IndexError, "pop from empty list");
        return 0;
    }
    i = index_of(l, has_i ? i : -1, "pop index out of range");
    if (i < 0)
        return 0;
    rt_word w = items(l)[i];
    remove_at(l, i);
    return w;
}

void rt_list_insert(rt_obj *l, i64 i, rt_word w) {
    i64 n = L(l)->len;
    if (i < 0 && (i += n) < 0)
        i = 0;
    if (i > n)
        i = n;
    if (!reserve(L(l), n + 1))
        return;
    rt_word *d = items(l);
    memmove(d + i + 1, d + i, (size_t)(n - i) * 8);
    d[i] = w;
    L(l)->len = n + 1;
}

/* Appends n words (which may live in l itself). */
static void append_n(rt_obj *l, const rt_word *src, i64 n, rt_obj *owner) {
    i64 off = src && owner ? src - items(owner) : 0;
    if (!n || !reserve(L(l), L(l)->len + n))
        return;
    if (owner) /* the store may have moved */
        src = items(owner) + off;
    memcpy(items(l) + L(l)->len, src, (size_t)n * 8);
    L(l)->len += n;
}

void rt_list_extend(rt_obj *l, rt_obj *other) { append_n(l, items(other), L(other)->len, other); }

rt_obj *rt_list_slice(rt_obj *l, i64 start, i64 stop, i64 step, i64 has) {
    i64 n = rt_slice_adjust(L(l)->len, &start, &stop, step, has);
    rt_obj *r = n < 0 ? 0 : rt_list_new(L(l)->kind, n);
    if (!r)
        return 0;
    for (i64 i = 0; i < n; i++)
        items(r)[i] = items(l)[start + i * step];
    L(r)->len = n;
    return r;
}

/* Replaces items [lo, hi) by the items of src (which may be l). */
static void replace_range(rt_obj *l, i64 lo, i64 hi, rt_obj *src) {
    if (src == l && !(src = rt_list_copy(src)))
        return;
    i64 n = L(src)->len, len = L(l)->len, newlen = len - (hi - lo) + n;
    if (!reserve(L(l), newlen))
        return;
    rt_word *d = items(l);
    memmove(d + lo + n, d + hi, (size_t)(len - hi) * 8);
    if (n)
        memcpy(d + lo, items(src), (size_t)n * 8);
    if (newlen < len)
        memset(d + newlen, 0, (size_t)(len - newlen) * 8);
    L(l)->len = newlen;
}

void rt_list_set_slice(rt_obj *l, i64 start, i64 stop, i64 step, i64 has, rt_obj *src) {
    i64 n = rt_slice_adjust(L(l)->len, &start, &stop, step, has);
    if (n < 0)
        return;
    if (step == 1) {
        replace_range(l, start, stop < start ? start : stop, src);
        return;
    }
    if (L(src)->len != n) {
        rt_raisef(&rt_type_ValueError,
                  "attempt to assign sequence of size %d to extended slice of size %d",
                  L(src)->len, n);
        return;
    }
    if (src == l && !(src = rt_list_copy(src)))
        return;
    for (i64 i = 0; i < n; i++)
        items(l)[start + i * step] = items(src)[i];
}

void rt_list_del_slice(rt_obj *l, i64 start, i64 stop, i64 step, i64 has) {
    i64 n = rt_slice_adjust(L(l)->len, &start, &stop, step, has);
    if (n <= 0)
        return;
    if (step < 0) { /* the same items, walked forwards */
        start += step * (n - 1);
        step = -step;
    }
    rt_word *d = items(l);
    i64 w = start, len = L(l)->len;
    for (i64 r = start, k = 0; r < len; r++) {
        if (k < n && r == start + k * step) {
            k++;
            continue;
        }
        d[w++] = d[r];
    }
    truncate(L(l), w);
}

rt_obj *rt_list_concat(rt_obj *a, rt_obj *b) {
    rt_obj *r = rt_list_new(L(a)->kind, L(a)->len + L(b)->len);
    if (r) {
        append_n(r, items(a), L(a)->len, 0);
        append_n(r, items(b), L(b)->len, 0);
    }
    return r;
}

/* [w] * n: the compiler then knows the length (backend/llvmgen.py). */
rt_obj *rt_list_filled(i64 kind, rt_word w, i64 n) {
    if (n < 0)
        n = 0;
    rt_obj *r = rt_list_new(kind, n);
    if (r) {
        for (i64 i = 0; i < n; i++)
            items(r)[i] = w;
        L(r)->len = n;
    }
    return r;
}

rt_obj *rt_list_repeat(rt_obj *l, i64 n) {
    i64 len = L(l)->len;
    if (n < 0 || !len)
        n = 0;
    rt_obj *r = rt_list_new(L(l)->kind, len && n > INT64_MAX / len ? -1 : len * n);
    for (i64 i = 0; r && i < n; i++)
        append_n(r, items(l), len, 0);
    return r;
}

rt_obj *rt_list_copy(rt_obj *l) {
    rt_obj *r = rt_list_new(L(l)->kind, L(l)->len);
    if (r)
        append_n(r, items(l), L(l)->len, 0);
    return r;
}

void rt_list_clear(rt_obj *l) {
    L(l)->items = 0;
    L(l)->len = 0;
}

/* First position of w, or -1 (also when == raised). */
static i64 find(rt_obj *l, rt_word w) {
    for (i64 i = 0; i < L(l)->len; i++) {
        if (rt_same(items(l)[i], w, L(l)->kind))
            return i;
        if (rt_exc)
            return -1;
    }
    return -1;
}

i64 rt_list_contains(rt_obj *l, rt_word w) { return find(l, w) >= 0; }

i64 rt_list_index(rt_obj *l, rt_word w) {
    i64 i = find(l, w);
    if (i < 0 && !rt_exc)
        rt_raisef(&rt_type_ValueError, "%R is not in list", w, L(l)->kind);
    return i < 0 ? 0 : i;
}

i64 rt_list_count(rt_obj *l, rt_word w) {
    i64 c = 0;
    for (i64 i = 0; i < L(l)->len && !rt_exc; i++)
        c += rt_same(items(l)[i], w, L(l)->kind);
    return rt_exc ? 0 : c;
}

void rt_list_remove(rt_obj *l, rt_word w) {
    i64 i = find(l, w);
    if (i >= 0)
        remove_at(l, i);
    else if (!rt_exc)
        rt_raise_msg(&rt_type_ValueError, "list.remove(x): x not in list");
}

void rt_list_reverse(rt_obj *l) {
    rt_word *d = items(l);
    for (i64 i = 0, j = L(l)->len - 1; i < j; i++, j--) {
        rt_word t = d[i];
        d[i] = d[j];
        d[j] = t;
    }
}

/* Sorting is CPython 3.11's listsort (Objects/listsort.txt), comparison
 * for comparison, so that a NaN, an inconsistent __lt__ or one with side
 * effects sees what it sees under CPython: natural runs (strictly
 * descending ones reversed), short runs extended to minrun by binary
 * insertion, runs merged by powersort's rule, merges that gallop.
 * Records are w words (the key first, then the item when there are keys)
 * in a raw copy: the list's own array and the key list keep every object
 * alive meanwhile. */
#define MIN_GALLOP 7
#define REC(p, i) ((p) + (i) * s->w)

typedef struct {
    i64 w, kind, min_gallop, len, nrun;
    rt_word *base, *tmp; /* the records; room for (len + 1) / 2 of them */
    struct { i64 start, len, power; } run[80];
} sorter;

/* x < y: 1, 0, or -1 after a raise.  Ints and floats (but NaNs, which
 * may be tagged ints) inline: sorting spends its time here. */
static inline int lt(sorter *s, rt_word x, rt_word y) {
    if (s->kind == RT_I64)
        return (i64)x < (i64)y;
    if (s->kind == RT_F64) {
        double p, q;
        memcpy(&p, &x, 8), memcpy(&q, &y, 8);
        if (p < q || p >= q)
            return p < q;
    }
    i64 r = rt_lt(x, y, s->kind);
    return rt_exc ? -1 : (int)r;
}

static void move(sorter *s, rt_word *d, const rt_word *src, i64 n) {
    memmove(d, src, (size_t)(n * s->w) * 8);
}

static inline void move1(sorter *s, rt_word *d, const rt_word *src) {
    d[0] = src[0], d[s->w - 1] = src[s->w - 1];
}

static void reverse(sorter *s, rt_word *a, i64 n) {
    for (rt_word *b = REC(a, n - 1); a < b; a += s->w, b -= s->w)
        for (i64 k = 0; k < s->w; k++) {
            rt_word t = a[k];
            a[k] = b[k];
            b[k] = t;
        }
}

/* The length of the run at a (of at most n records), ascending or, when
 * the first two fall, strictly descending and then reversed. */
static i64 count_run(sorter *s, rt_word *a, i64 n) {
    if (n == 1)
        return 1;
    int desc = lt(s, REC(a, 1)[0], a[0]), k = desc;
    i64 m = 2;
    for (; m < n && k >= 0; m++)
        if ((k = lt(s, REC(a, m)[0], REC(a, m - 1)[0])) != desc)
            break;
    if (k < 0)
        return -1;
    if (desc)
        reverse(s, a, m);
    return m;
}

/* Sorts a[0:n] of which a[0:ok] is sorted, by binary insertion. */
static int binarysort(sorter *s, rt_word *a, i64 n, i64 ok) {
    rt_word pivot[2];
    for (ok += !ok; ok < n; ok++) {
        i64 l = 0, r = ok, k;
        do {
            i64 m = (l + r) >> 1;
            if ((k = lt(s, REC(a, ok)[0], REC(a, m)[0])) < 0)
                return -1;
            if (k)
                r = m;
            else
                l = m + 1;
        } while (l < r);
        move(s, pivot, REC(a, ok), 1);
        move(s, REC(a, l + 1), REC(a, l), ok - l);
        move(s, REC(a, l), pivot, 1);
    }
    return 0;
}

/* Whether the record with key x goes before `key`: x < key for
 * gallop_left, not key < x for gallop_right; -1 after a raise. */
static int before(sorter *s, rt_word x, rt_word key, int right) {
    int k = right ? lt(s, key, x) : lt(s, x, key);
    return k < 0 ? -1 : right ? !k : k;
}

/* CPython's gallop_left (right = 0: key goes before records equal to it)
 * and gallop_right (after them): where key goes in the sorted a[0:n],
 * searched outwards from a[hint] by offsets 1, 3, 7, ..., then by
 * bisection.  -1 after a raise. */
static i64 gallop(sorter *s, rt_word key, rt_word *a, i64 n, i64 hint, int right) {
    i64 last = 0, ofs = 1, max;
    int k = before(s, REC(a, hint)[0], key, right), fwd = k;
    if (k < 0)
        return -1;
    max = fwd ? n - hint : hint + 1;
    while (ofs < max) {
        if ((k = before(s, REC(a, fwd ? hint + ofs : hint - ofs)[0], key, right)) < 0)
            return -1;
        if (k != fwd)
            break;
        last = ofs;
        ofs = (ofs << 1) + 1;
    }
    if (ofs > max)
        ofs = max;
    if (fwd) {
        last += hint;
        ofs += hint;
    } else {
        i64 t = last;
        last = hint - ofs;
        ofs = hint - t;
    }
    for (last++; last < ofs;) { /* a[last - 1] before key, a[ofs] not */
        i64 m = last + ((ofs - last) >> 1);
        if ((k = before(s, REC(a, m)[0], key, right)) < 0)
            return -1;
        if (k)
            last = m + 1;
        else
            ofs = m;
    }
    return ofs;
}

/* Merges the runs a[0:na] and b[0:nb] (b follows a) from the left, the
 * shorter a copied out; a[na - 1] is known to end the merge. */
static int merge_lo(sorter *s, rt_word *a, i64 na, rt_word *b, i64 nb) {
    i64 w = s->w, mg = s->min_gallop, k, ac, bc;
    int res = -1;
    rt_word *d = a;
    move(s, s->tmp, a, na);
    a = s->tmp;
    move1(s, d, b), d += w, b += w;
    if (--nb == 0)
        goto done;
    if (na == 1)
        goto copy_b;
    for (;;) {
        ac = bc = 0;
        for (;;) { /* one at a time until a side wins mg times in a row */
            if ((k = lt(s, b[0], a[0])) < 0)
                goto fail;
            if (k) {
                move1(s, d, b), d += w, b += w, bc++, ac = 0;
                if (--nb == 0)
                    goto done;
                if (bc >= mg)
                    break;
            } else {
                move1(s, d, a), d += w, a += w, ac++, bc = 0;
                if (--na == 1)
                    goto copy_b;
                if (ac >= mg)
                    break;
            }
        }
        mg++;
        do { /* galloping, while either side wins MIN_GALLOP at once */
            s->min_gallop = mg -= mg > 1;
            if ((k = ac = gallop(s, b[0], a, na, 0, 1)) < 0)
                goto fail;
            if (k) {
                move(s, d, a, k), d += k * w, a += k * w, na -= k;
                if (na == 1)
                    goto copy_b;
                if (na == 0) /* only if the order is inconsistent */
                    goto done;
            }
            move1(s, d, b), d += w, b += w;
            if (--nb == 0)
                goto done;
            if ((k = bc = gallop(s, a[0], b, nb, 0, 0)) < 0)
                goto fail;
            if (k) {
                move(s, d, b, k), d += k * w, b += k * w, nb -= k;
                if (nb == 0)
                    goto done;
            }
            move1(s, d, a), d += w, a += w;
            if (--na == 1)
                goto copy_b;
        } while (ac >= MIN_GALLOP || bc >= MIN_GALLOP);
        s->min_gallop = ++mg; /* leaving galloping costs */
    }
copy_b:
    move(s, d, b, nb);
    move(s, REC(d, nb), a, 1);
    return 0;
done:
    res = 0;
fail:
    move(s, d, a, na);
    return res;
}

/* merge_lo's mirror: merges from the right, the shorter b copied out;
 * b[0] is known to start the merge. */
static int merge_hi(sorter *s, rt_word *a, i64 na, rt_word *b, i64 nb) {
    i64 w = s->w, mg = s->min_gallop, k, ac, bc;
    int res = -1;
    rt_word *d = REC(b, nb - 1), *a0 = a, *b0 = s->tmp;
    move(s, s->tmp, b, nb);
    b = REC(s->tmp, nb - 1);
    a = REC(a, na - 1);
    move1(s, d, a), d -= w, a -= w;
    if (--na == 0)
        goto done;
    if (nb == 1)
        goto copy_a;
    for (;;) {
        ac = bc = 0;
        for (;;) {
            if ((k = lt(s, b[0], a[0])) < 0)
                goto fail;
            if (k) {
                move1(s, d, a), d -= w, a -= w, ac++, bc = 0;
                if (--na == 0)
                    goto done;
                if (ac >= mg)
                    break;
            } else {
                move1(s, d, b), d -= w, b -= w, bc++, ac = 0;
                if (--nb == 1)
                    goto copy_a;
                if (bc >= mg)
                    break;
            }
        }
        mg++;
        do {
            s->min_gallop = mg -= mg > 1;
            if ((k = gallop(s, b[0], a0, na, na - 1, 1)) < 0)
                goto fail;
            if ((k = ac = na - k)) {
                d -= k * w, a -= k * w, na -= k;
                move(s, d + w, a + w, k);
                if (na == 0)
                    goto done;
            }
            move1(s, d, b), d -= w, b -= w;
            if (--nb == 1)
                goto copy_a;
            if ((k = gallop(s, a[0], b0, nb, nb - 1, 0)) < 0)
                goto fail;
            if ((k = bc = nb - k)) {
                d -= k * w, b -= k * w, nb -= k;
                move(s, d + w, b + w, k);
                if (nb == 1)
                    goto copy_a;
                if (nb == 0) /* only if the order is inconsistent */
                    goto done;
            }
            move1(s, d, a), d -= w, a -= w;
            if (--na == 0)
                goto done;
        } while (ac >= MIN_GALLOP || bc >= MIN_GALLOP);
        s->min_gallop = ++mg;
    }
copy_a:
    move(s, d - (na - 1) * w, a - (na - 1) * w, na);
    move(s, d - na * w, b, 1);
    return 0;
done:
    res = 0;
fail:
    move(s, d - (nb - 1) * w, b0, nb);
    return res;
}

/* Merges runs i and i + 1 of the stack, after trimming what of a is
 * already before all of b and what of b already after all of a. */
static int merge_at(sorter *s, i64 i) {
    rt_word *a = REC(s->base, s->run[i].start), *b = REC(s->base, s->run[i + 1].start);
    i64 na = s->run[i].len, nb = s->run[i + 1].len, k;
    s->run[i].len = na + nb;
    if (i == s->nrun - 3)
        s->run[i + 1] = s->run[i + 2];
    s->nrun--;
    if ((k = gallop(s, b[0], a, na, 0, 1)) < 0)
        return -1;
    a += k * s->w;
    if ((na -= k) == 0)
        return 0;
    if ((nb = gallop(s, REC(a, na - 1)[0], b, nb, nb - 1, 0)) <= 0)
        return (int)nb;
    return na <= nb ? merge_lo(s, a, na, b, nb) : merge_hi(s, a, na, b, nb);
}

/* Powersort: the power of the boundary between the run on top of the
 * stack and the next one of n2 records (the first bit where the
 * binary fractions of their midpoints over the length differ); runs below
 * of greater power are merged first. */
static int found_new_run(sorter *s, i64 n2) {
    if (!s->nrun)
        return 0;
    i64 top = s->nrun - 1, a = 2 * s->run[top].start + s->run[top].len, b = a + s->run[top].len + n2;
    i64 power = 0;
    for (;;) {
        power++;
        if (a >= s->len)
            a -= s->len, b -= s->len;
        else if (b >= s->len)
            break;
        a <<= 1, b <<= 1;
    }
    while (s->nrun > 1 && s->run[s->nrun - 2].power > power)
        if (merge_at(s, s->nrun - 2) < 0)
            return -1;
    s->run[s->nrun - 1].power = power;
    return 0;
}

static int timsort(sorter *s) {
    i64 n = s->len, minrun = n, odd = 0;
    while (minrun >= 64) /* 32..64, n / minrun just below a power of 2 */
        odd |= minrun & 1, minrun >>= 1;
    minrun += odd;
    for (i64 lo = 0; lo < n;) {
        i64 left = n - lo, m = count_run(s, REC(s->base, lo), left);
        if (m < 0)
            return -1;
        if (m < minrun) {
            i64 force = left < minrun ? left : minrun;
            if (binarysort(s, REC(s->base, lo), force, m) < 0)
                return -1;
            m = force;
        }
        if (found_new_run(s, m) < 0)
            return -1;
        s->run[s->nrun].start = lo, s->run[s->nrun++].len = m;
        lo += m;
    }
    while (s->nrun > 1) { /* merge_force_collapse */
        i64 i = s->nrun - 2;
        if (i > 0 && s->run[i - 1].len < s->run[i + 1].len)
            i--;
        if (merge_at(s, i) < 0)
            return -1;
    }
    return 0;
}

/* As CPython's list.sort: the list is empty while it is sorted (a
 * comparison that changes it gets ValueError), `reverse` reverses before
 * and after (stability), and after a raise it holds a permutation of its
 * items.  keys: the list of keys, computed by the caller, or None. */
void rt_list_sort(rt_obj *l, rt_obj *keys, i64 reverse_) {
    rt_words *saved = L(l)->items;
    i64 n = L(l)->len, w = keys ? 2 : 1;
    if (n < 2)
        return;
    rt_raw *recs = rt_raw_new(n * w * 8), *tmp = recs ? rt_raw_new((n + 1) / 2 * w * 8) : 0;
    if (!tmp)
        return;
    sorter s = {.w = w, .kind = keys ? L(keys)->kind : L(l)->kind, .min_gallop = MIN_GALLOP,
                .len = n, .base = (rt_word *)(void *)recs->data, .tmp = (rt_word *)(void *)tmp->data};
    for (i64 i = 0; i < n; i++) {
        s.base[i * w] = keys ? items(keys)[i] : saved->data[i];
        s.base[i * w + w - 1] = saved->data[i];
    }
    L(l)->items = 0, L(l)->len = 0;
    if (reverse_)
        reverse(&s, s.base, n);
    if (timsort(&s) == 0 && L(l)->items)
        rt_raise_msg(&rt_type_ValueError, "list modified during sort");
    if (reverse_)
        reverse(&s, s.base, n);
    L(l)->items = saved, L(l)->len = n;
    for (i64 i = 0; i < n; i++)
        saved->data[i] = s.base[i * w + w - 1];
}

/* list.sort(key=...) empties the list while it computes the keys, as
 * CPython's does: detach moves the items to a new list the keys are read
 * from; rt_list_sort_keyed sorts them back in, or, when a key raised,
 * rt_list_reattach puts them back as they were.  Either way what the key
 * function added meanwhile is dropped, and after a sort ValueError says so. */
rt_obj *rt_list_detach(rt_obj *l) {
    rt_obj *d = rt_list_new(L(l)->kind, 0);
    if (!d)
        return 0;
    L(d)->items = L(l)->items, L(d)->len = L(l)->len;
    L(l)->items = 0, L(l)->len = 0;
    return d;
}

i64 rt_list_reattach(rt_obj *l, rt_obj *d) {
    i64 changed = L(l)->items != 0;
    L(l)->items = L(d)->items, L(l)->len = L(d)->len;
    L(d)->items = 0, L(d)->len = 0;
    return changed;
}

void rt_list_sort_keyed(rt_obj *l, rt_obj *d, rt_obj *keys, i64 reverse_) {
    i64 changed = rt_list_reattach(l, d);
    rt_list_sort(l, keys, reverse_);
    if (changed && !rt_exc)
        rt_raise_msg(&rt_type_ValueError, "list modified during sort");
}

/* Lexicographic comparison shared with tuples: items' kinds come from
 * `kinds` if given, else `kind`.  Sets *eq to whether the sequences are
 * equal; returns a < b.  Both may be meaningless after a raise. */
/* Items of two sequences compared as CPython's tuple and list do: the first
 * index where they are not the same (identity, then ==) decides.  Each side
 * has its own kinds (an array, or one kind for all): words of different
 * kinds are compared as boxes.  Sets *eq; returns a < b when lt is set
 * (== alone never orders the differing items). */
i64 rt_seq_cmp(const rt_word *a, i64 an, const uint8_t *akinds, i64 akind, const rt_word *b,
               i64 bn, const uint8_t *bkinds, i64 bkind, i64 *eq, int lt) {
    i64 n = an < bn ? an : bn;
    for (i64 i = 0; i < n; i++) {
        i64 ka = akinds ? akinds[i] : akind, kb = bkinds ? bkinds[i] : bkind;
        rt_word x = a[i], y = b[i];
        if (!rt_same_kinds(x, ka, y, kb)) {
            *eq = 0;
            if (rt_exc || !lt)
                return 0;
            if (ka == kb)
                return rt_lt(x, y, ka);
            x = rt_word_as(x, ka, RT_OBJ);
            y = x && !rt_exc ? rt_word_as(y, kb, RT_OBJ) : 0;
            return y && !rt_exc ? rt_lt(x, y, RT_OBJ) : 0;
        }
        if (rt_exc)
            return 0;
    }
    *eq = an == bn;
    return an < bn;
}

i64 rt_list_eq(rt_obj *a, rt_obj *b) {
    if (L(a)->len != L(b)->len)
        return 0;
    i64 eq;
    rt_seq_cmp(items(a), L(a)->len, 0, L(a)->kind, items(b), L(b)->len, 0, L(b)->kind, &eq, 0);
    return rt_exc ? 0 : eq;
}

i64 rt_list_lt(rt_obj *a, rt_obj *b) {
    i64 eq;
    return rt_seq_cmp(items(a), L(a)->len, 0, L(a)->kind, items(b), L(b)->len, 0, L(b)->kind, &eq, 1);
}

/* "[a, b]": also used for tuples ("(a,)") through open/close/kinds. */
rt_obj *rt_seq_repr(const rt_word *w, i64 n, const uint8_t *kinds, i64 kind, const char *open,
                    const char *close) {
    rt_sb b = {0, 0};
    rt_sb_cstr(&b, open);
    if (n && !rt_repr_enter(w)) {
        rt_sb_cstr(&b, "...");
    } else if (n) {
        for (i64 i = 0; i < n; i++) {
            if (i)
                rt_sb_cstr(&b, ", ");
            if (!rt_sb_repr(&b, w[i], kinds ? kinds[i] : kind))
                break;
        }
        rt_repr_leave();
    }
    rt_sb_cstr(&b, close);
    return rt_sb_done(&b);
}

rt_obj *rt_list_repr(rt_obj *l) { return rt_seq_repr(items(l), L(l)->len, 0, L(l)->kind, "[", "]"); }
