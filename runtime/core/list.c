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

/* rt_lt with the common int case inlined: sorting spends its time here. */
static inline i64 less(rt_word a, rt_word b, i64 kind) {
    return kind == RT_I64 ? (i64)a < (i64)b : rt_lt(a, b, kind);
}

/* Bottom-up merge sort of n records of w words, ordered by their first
 * word; stable.  With `reverse`, equal keys still keep their order, as
 * CPython's.  Records are moved, not indexed, so passes stream through
 * memory.  0 when a comparison raised. */
static int merge_sort(rt_word *a, rt_word *tmp, i64 n, i64 w, i64 kind, i64 reverse) {
    for (i64 run = 1; run < n; run *= 2) {
        for (i64 lo = 0; lo < n; lo += 2 * run) {
            i64 mid = lo + run < n ? lo + run : n, hi = lo + 2 * run < n ? lo + 2 * run : n;
            i64 i = lo, j = mid, o = lo;
            while (i < mid && j < hi) {
                i64 right_first = reverse ? less(a[i * w], a[j * w], kind)
                                          : less(a[j * w], a[i * w], kind);
                if (rt_exc)
                    return 0;
                i64 from = right_first ? j++ : i++;
                for (i64 k = 0; k < w; k++)
                    tmp[o * w + k] = a[from * w + k];
                o++;
            }
            memcpy(tmp + o * w, a + i * w, (size_t)((mid - i) * w) * 8);
            memcpy(tmp + (o + mid - i) * w, a + j * w, (size_t)((hi - j) * w) * 8);
        }
        memcpy(a, tmp, (size_t)(n * w) * 8);
    }
    return 1;
}

/* Without keys the items are sorted in place; with keys, (key, item)
 * pairs are.  The list and the key list keep every object alive (raw
 * copies are not scanned), and on an error the list is left as it was
 * at the start of the failed pass: a permutation of its items. */
void rt_list_sort(rt_obj *l, rt_obj *keys, i64 reverse) {
    i64 n = L(l)->len, w = keys ? 2 : 1;
    if (n < 2)
        return;
    rt_raw *tmp = rt_raw_new(n * w * 8), *pairs = keys && tmp ? rt_raw_new(n * 16) : 0;
    if (!tmp || (keys && !pairs))
        return;
    rt_word *a = items(l), *t = (rt_word *)(void *)tmp->data;
    if (keys) {
        a = (rt_word *)(void *)pairs->data;
        for (i64 i = 0; i < n; i++)
            a[2 * i] = items(keys)[i], a[2 * i + 1] = items(l)[i];
    }
    if (!merge_sort(a, t, n, w, keys ? L(keys)->kind : L(l)->kind, reverse) || !keys)
        return;
    for (i64 i = 0; i < n; i++)
        items(l)[i] = a[2 * i + 1];
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
