/* bytes_methods.c -- the str-like methods of bytes and the in-place ones
 * of bytearray (pop, insert, del, reverse, slice assignment), bytes.fromhex
 * and bytes.split, with CPython's results and messages.  bytes.c holds the
 * three layouts themselves and what every operand goes through
 * (rt_bytes_data). */
#include "core.h"

int memcmp(const void *a, const void *b, size_t n);   /* core/mem.c */
void *memcpy(void *d, const void *s, size_t n);
void *memmove(void *d, const void *s, size_t n);

/* bytearray.pop(i), insert(i, v), del ba[i], reverse(): in place, with
 * CPython's messages; the storage only shrinks or grows by one byte. */
static i64 ba_index(rt_bytearray *ba, i64 i, const char *msg) {
    if (i < 0)
        i += ba->len;
    if (i < 0 || i >= ba->len) {
        rt_raise_msg(&rt_type_IndexError, msg);
        return -1;
    }
    return i;
}

i64 rt_bytearray_pop_at(rt_obj *o, i64 i) {
    rt_bytearray *ba = (rt_bytearray *)o;
    if (ba->len == 0) {
        rt_raise_msg(&rt_type_IndexError, "pop from empty bytearray");
        return 0;
    }
    if ((i = ba_index(ba, i, "pop index out of range")) < 0)
        return 0;
    uint8_t *d = ba->store->data;
    i64 v = d[i];
    for (i64 j = i; j + 1 < ba->len; j++)
        d[j] = d[j + 1];
    ba->len--;
    return v;
}

void rt_bytearray_del(rt_obj *o, i64 i) {
    i64 n = ((rt_bytearray *)o)->len;
    if (i < -n || i >= n)
        rt_raise_msg(&rt_type_IndexError, "bytearray index out of range");
    else
        rt_bytearray_pop_at(o, i);
}

/* del ba[start:stop:step]: the kept bytes move down over the deleted ones. */
void rt_bytearray_del_slice(rt_obj *o, i64 start, i64 stop, i64 step, i64 has) {
    rt_bytearray *ba = (rt_bytearray *)o;
    i64 k = rt_slice_adjust(ba->len, &start, &stop, step, has);
    if (k <= 0)
        return;
    if (step < 0) {   /* the same bytes, walked forwards */
        start += step * (k - 1);
        step = -step;
    }
    uint8_t *d = ba->store->data;
    i64 w = start;
    for (i64 r = start, j = 0; r < ba->len; r++) {
        if (j < k && r == start + j * step) {
            j++;
            continue;
        }
        d[w++] = d[r];
    }
    ba->len = w;
}

void rt_bytearray_insert(rt_obj *o, i64 i, i64 v) {
    rt_bytearray *ba = (rt_bytearray *)o;
    i64 n = ba->len;
    if (i < 0)
        i = i + n < 0 ? 0 : i + n;
    if (i > n)
        i = n;
    rt_bytearray_append(o, v);   /* grows the store, checks the value */
    if (rt_exc)
        return;
    uint8_t *d = ba->store->data;
    for (i64 j = n; j > i; j--)
        d[j] = d[j - 1];
    d[i] = (uint8_t)v;
}

void rt_bytearray_reverse(rt_obj *o) {
    rt_bytearray *ba = (rt_bytearray *)o;
    for (i64 a = 0, z = ba->len - 1; a < z; a++, z--) {
        uint8_t t = ba->store->data[a];
        ba->store->data[a] = ba->store->data[z];
        ba->store->data[z] = t;
    }
}

/* bytes.fromhex(s): pairs of hex digits, ASCII whitespace between pairs. */
static int hexval(int c) {
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
         : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

static int is_ws(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

rt_obj *rt_bytes_fromhex(rt_obj *so) {
    rt_str *s = (rt_str *)so;
    rt_raw *buf = rt_raw_new(s->len / 2 + 1);
    if (!buf)
        return 0;
    i64 n = 0;
    for (i64 i = 0; i < s->len;) {
        if (is_ws((uint8_t)s->data[i])) {
            i++;
            continue;
        }
        int hi = hexval((uint8_t)s->data[i]);
        int lo = i + 1 < s->len ? hexval((uint8_t)s->data[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            i64 at = hi < 0 ? i : i + 1;
            rt_raisef(&rt_type_ValueError, "non-hexadecimal number found in fromhex() arg at position %d", at);
            return 0;
        }
        buf->data[n++] = (uint8_t)(hi << 4 | lo);
        i += 2;
    }
    return rt_bytes_new(buf->data, n);
}

/* bytes.split(sep=None, maxsplit=-1), as str.split on bytes. */
rt_obj *rt_bytes_split(rt_obj *bo, rt_obj *sepo, i64 maxsplit) {
    i64 n, m = 0;
    const uint8_t *d = rt_bytes_data(bo, &n), *sep = sepo ? rt_bytes_data(sepo, &m) : 0;
    if (sepo && m == 0) {
        rt_raise_msg(&rt_type_ValueError, "empty separator");
        return 0;
    }
    rt_obj *out = rt_list_new(RT_OBJ, 0);
    i64 i = 0;
    while (out && !rt_exc) {
        if (!sepo)
            while (i < n && is_ws(d[i]))
                i++;
        if (!sepo && i >= n)
            break;
        i64 j = i;
        if (maxsplit == 0) {
            j = n;   /* the rest, as it is */
        } else if (!sepo) {
            while (j < n && !is_ws(d[j]))
                j++;
        } else {
            while (j + m <= n && memcmp(d + j, sep, (size_t)m) != 0)
                j++;
            if (j + m > n)
                j = n;
        }
        rt_obj *piece = rt_bytes_new(d + i, j - i);
        if (!piece)
            return 0;
        rt_list_append(out, (rt_word)(uintptr_t)piece);
        if (j >= n)
            break;
        i = j + (sepo ? m : 0);
        if (maxsplit > 0)
            maxsplit--;
        if (sepo && i == n) {   /* a trailing separator leaves an empty piece */
            rt_list_append(out, (rt_word)(uintptr_t)rt_bytes_new(d, 0));
            break;
        }
    }
    return rt_exc ? 0 : out;
}

/* ba[start:stop:step] = src (bytes-like): a plain slice may change the length;
 * an extended one must match it, as in CPython. */
void rt_bytearray_set_slice(rt_obj *o, i64 start, i64 stop, i64 step, i64 has, rt_obj *src) {
    rt_bytearray *ba = (rt_bytearray *)o;
    i64 m;
    const uint8_t *s = rt_bytes_data(src, &m);
    rt_raw *copy = rt_raw_new(m ? m : 1);   /* src may be ba itself */
    if (!copy)
        return;
    memcpy(copy->data, s, (size_t)m);
    i64 k = rt_slice_adjust(ba->len, &start, &stop, step, has);
    if (k < 0)
        return;
    if (step != 1) {
        if (k != m) {
            rt_raisef(&rt_type_ValueError, "attempt to assign bytes of size %d to extended slice of size %d", m, k);
            return;
        }
        for (i64 i = 0; i < k; i++)
            ba->store->data[start + i * step] = copy->data[i];
        return;
    }
    i64 old = ba->len, tail = old - start - k;
    for (i64 i = 0; i < m; i++)   /* grow (or keep) the store through append */
        rt_bytearray_append(o, 0);
    if (rt_exc)
        return;
    memmove(ba->store->data + start + m, ba->store->data + start + k, (size_t)tail);
    memcpy(ba->store->data + start, copy->data, (size_t)m);
    ba->len = old - k + m;
}

/* The str-like methods of bytes, ASCII semantics as CPython's bytes. */
static rt_obj *bytes_map_case(rt_obj *bo, int upper) {
    i64 n;
    const uint8_t *d = rt_bytes_data(bo, &n);
    rt_raw *t = rt_raw_new(n ? n : 1);
    if (!t)
        return 0;
    for (i64 i = 0; i < n; i++) {
        uint8_t c = d[i];
        t->data[i] = upper ? (c >= 'a' && c <= 'z' ? c - 32 : c) : (c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    return rt_bytes_new(t->data, n);
}

rt_obj *rt_bytes_upper(rt_obj *b) { return bytes_map_case(b, 1); }
rt_obj *rt_bytes_lower(rt_obj *b) { return bytes_map_case(b, 0); }

static int in_set(uint8_t c, const uint8_t *set, i64 m) {
    if (!set)
        return is_ws(c);
    for (i64 i = 0; i < m; i++)
        if (set[i] == c)
            return 1;
    return 0;
}

/* strip (which 3), lstrip (1), rstrip (2); chars NULL = ASCII whitespace */
rt_obj *rt_bytes_strip(rt_obj *bo, rt_obj *chars, i64 which) {
    i64 n, m = 0;
    const uint8_t *d = rt_bytes_data(bo, &n), *set = chars ? rt_bytes_data(chars, &m) : 0;
    i64 a = 0, z = n;
    while ((which & 1) && a < z && in_set(d[a], set, m))
        a++;
    while ((which & 2) && z > a && in_set(d[z - 1], set, m))
        z--;
    return rt_bytes_new(d + a, z - a);
}

i64 rt_bytes_rfind(rt_obj *bo, rt_obj *sub) {
    i64 n, m;
    const uint8_t *d = rt_bytes_data(bo, &n), *s = rt_bytes_data(sub, &m);
    for (i64 i = n - m; i >= 0; i--)
        if (memcmp(d + i, s, (size_t)m) == 0)
            return i;
    return -1;
}

i64 rt_bytes_count(rt_obj *bo, rt_obj *sub) {
    i64 n, m, c = 0;
    const uint8_t *d = rt_bytes_data(bo, &n), *s = rt_bytes_data(sub, &m);
    if (m == 0)
        return n + 1;
    for (i64 i = 0; i + m <= n;)
        if (memcmp(d + i, s, (size_t)m) == 0) {
            c++;
            i += m;
        } else {
            i++;
        }
    return c;
}

i64 rt_bytes_affix(rt_obj *bo, rt_obj *fix, i64 at_end) {
    i64 n, m;
    const uint8_t *d = rt_bytes_data(bo, &n), *s = rt_bytes_data(fix, &m);
    return m <= n && memcmp(d + (at_end ? n - m : 0), s, (size_t)m) == 0;
}

/* replace(old, new, count): count < 0 replaces all, as CPython. */
rt_obj *rt_bytes_replace(rt_obj *bo, rt_obj *oldo, rt_obj *newo, i64 count) {
    i64 n, m, k;
    const uint8_t *d = rt_bytes_data(bo, &n), *o = rt_bytes_data(oldo, &m), *w = rt_bytes_data(newo, &k);
    i64 hits = rt_bytes_count(bo, oldo);
    if (count >= 0 && count < hits)
        hits = count;
    rt_raw *t = rt_raw_new(n + hits * (k - m) + 1);
    if (!t)
        return 0;
    i64 out = 0, i = 0;
    while (i <= n) {
        if (hits > 0 && i + m <= n && memcmp(d + i, o, (size_t)m) == 0) {
            memcpy(t->data + out, w, (size_t)k);
            out += k;
            hits--;
            if (m == 0) {   /* an empty pattern goes between every byte */
                if (i < n)
                    t->data[out++] = d[i];
                i++;
            } else {
                i += m;
            }
        } else {
            if (i < n)
                t->data[out++] = d[i];
            i++;
        }
    }
    return rt_bytes_new(t->data, out);
}
