/* bytes.c -- bytes (immutable), bytearray (growable, store in an rt_raw)
 * and buffer (a zero-copy view, unicc's memoryview), with CPython 3.11's
 * reprs and error messages, and the strict UTF-8 decoder behind
 * bytes.decode() whose UnicodeDecodeError messages match CPython's.
 *
 * Operations that accept "bytes-like" operands take any of the three and
 * read them through rt_bytes_data.  A view of a bytearray holds its store,
 * not the bytearray: growing the bytearray later moves it to a new store
 * and the view keeps the old bytes (CPython instead refuses the resize).
 */
#include "core.h"

int memcmp(const void *a, const void *b, size_t n);

#define BA(o) ((rt_bytearray *)(o))
#define BV(o) ((rt_buffer *)(o))

const uint8_t *rt_bytes_data(rt_obj *b, i64 *len)
{
    switch (b->type->layout) {
    case RT_L_BYTES: *len = ((rt_bytes *)b)->len; return ((rt_bytes *)b)->data;
    case RT_L_BYTEARRAY: *len = BA(b)->len; return BA(b)->store ? BA(b)->store->data : NULL;
    default: *len = BV(b)->len; return BV(b)->ptr;
    }
}

static rt_bytes *alloc_bytes(i64 n)
{
    rt_bytes *b = (rt_bytes *)rt_alloc(&rt_type_bytes, (i64)sizeof(rt_bytes) + n + 1);
    if (b) b->len = n;
    return b;
}

static void copy(uint8_t *d, const uint8_t *s, i64 n)
{
    if (n > 0) __builtin_memmove(d, s, (size_t)n);
}

rt_obj *rt_bytes_new(const uint8_t *data, i64 len)
{
    rt_bytes *b = alloc_bytes(len);
    if (b) copy(b->data, data, len);
    return (rt_obj *)b;
}

static int check_count(i64 n)
{
    if (n >= 0) return 1;
    rt_raise_msg(&rt_type_ValueError, "negative count");
    return 0;
}

rt_obj *rt_bytes_zeros(i64 n) { return check_count(n) ? (rt_obj *)alloc_bytes(n) : NULL; }

static int check_byte(i64 v, const char *msg)
{
    if (v >= 0 && v < 256) return 1;
    rt_raise_msg(&rt_type_ValueError, msg);
    return 0;
}

rt_obj *rt_bytes_from_list(rt_obj *lo)
{
    rt_list *l = (rt_list *)lo;
    rt_bytes *b = alloc_bytes(l->len);
    for (i64 i = 0; b && i < l->len; i++) {
        if (!check_byte((i64)l->items->data[i], "bytes must be in range(0, 256)")) return NULL;
        b->data[i] = (uint8_t)l->items->data[i];
    }
    return (rt_obj *)b;
}

/* ---- bytearray storage ------------------------------------------------ */

static int reserve(rt_bytearray *ba, i64 need)
{
    i64 cap = ba->store ? ba->store->cap : 0;
    if (need <= cap) return 1;
    cap = cap * 2 > need ? cap * 2 : need < 8 ? 8 : need;
    rt_raw *r = (rt_raw *)rt_alloc(&rt_type_raw, (i64)sizeof(rt_raw) + cap);
    if (!r) return 0;
    r->cap = cap;
    if (ba->store) copy(r->data, ba->store->data, ba->len);
    ba->store = r;
    return 1;
}

rt_obj *rt_bytearray_new(i64 n)
{
    if (!check_count(n)) return NULL;
    rt_bytearray *ba = BA(rt_alloc(&rt_type_bytearray, (i64)sizeof(rt_bytearray)));
    if (!ba || !reserve(ba, n > 0 ? n : 8)) return NULL; /* a store always exists */
    ba->len = n;
    return (rt_obj *)ba;
}

/* A new zeroed bytearray if proto is one, else bytes (CPython's result
 * types for +, * and join). */
static rt_obj *make_like(rt_obj *proto, i64 n)
{
    return proto->type->layout == RT_L_BYTEARRAY ? rt_bytearray_new(n) : (rt_obj *)alloc_bytes(n);
}

rt_obj *rt_bytearray_from(rt_obj *b)
{
    i64 n;
    const uint8_t *d = rt_bytes_data(b, &n);
    rt_obj *ba = rt_bytearray_new(n);
    if (ba) copy(BA(ba)->store->data, d, n);
    return ba;
}

rt_obj *rt_bytes_from_bytearray(rt_obj *ba)
{
    i64 n;
    const uint8_t *d = rt_bytes_data(ba, &n);
    return rt_bytes_new(d, n);
}

void rt_bytearray_append(rt_obj *o, i64 v)
{
    if (!check_byte(v, "byte must be in range(0, 256)") || !reserve(BA(o), BA(o)->len + 1)) return;
    BA(o)->store->data[BA(o)->len++] = (uint8_t)v;
}

void rt_bytearray_extend(rt_obj *o, rt_obj *b)
{
    i64 n;
    rt_bytes_data(b, &n);
    if (!reserve(BA(o), BA(o)->len + n)) return;
    const uint8_t *d = rt_bytes_data(b, &n); /* b may be o itself */
    copy(BA(o)->store->data + BA(o)->len, d, n);
    BA(o)->len += n;
}

void rt_bytearray_setitem(rt_obj *o, i64 i, i64 v)
{
    if (!check_byte(v, "byte must be in range(0, 256)"))   /* CPython tests the value first */
        return;
    if (i < 0) i += BA(o)->len;
    if (i < 0 || i >= BA(o)->len) {
        rt_raise_msg(&rt_type_IndexError, "bytearray index out of range");
        return;
    }
    BA(o)->store->data[i] = (uint8_t)v;
}

i64 rt_bytearray_pop(rt_obj *o)
{
    if (BA(o)->len == 0) {
        rt_raise_msg(&rt_type_IndexError, "pop from empty bytearray");
        return 0;
    }
    return BA(o)->store->data[--BA(o)->len];
}

/* ---- sequence operations ------------------------------------------------ */

rt_obj *rt_bytes_concat(rt_obj *a, rt_obj *b)
{
    i64 na, nb;
    rt_bytes_data(a, &na);
    rt_bytes_data(b, &nb);
    if (a->type->layout == RT_L_BYTES && b->type->layout == RT_L_BYTES && (na == 0 || nb == 0))
        return na == 0 ? b : a;   /* immutable: the other one is the result (as in CPython) */
    rt_obj *r = make_like(a, na + nb);
    if (!r) return NULL;
    uint8_t *d = (uint8_t *)rt_bytes_data(r, &na);
    const uint8_t *sa = rt_bytes_data(a, &na), *sb = rt_bytes_data(b, &nb);
    copy(d, sa, na);
    copy(d + na, sb, nb);
    return r;
}

rt_obj *rt_bytes_repeat(rt_obj *b, i64 n)
{
    i64 len;
    rt_bytes_data(b, &len);
    if (n < 0) n = 0;
    if (len && n > INT64_MAX / len) {
        rt_raise_msg(&rt_type_MemoryError, "");
        return NULL;
    }
    rt_obj *r = make_like(b, len * n);
    if (!r) return NULL;
    uint8_t *d = (uint8_t *)rt_bytes_data(r, &len);
    const uint8_t *s = rt_bytes_data(b, &len);
    for (i64 i = 0; i < n; i++) copy(d + i * len, s, len);
    return r;
}

i64 rt_bytes_len(rt_obj *b)
{
    i64 n;
    rt_bytes_data(b, &n);
    return n;
}

i64 rt_bytes_getitem(rt_obj *b, i64 i)
{
    i64 n;
    const uint8_t *d = rt_bytes_data(b, &n);
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
        rt_raise_msg(&rt_type_IndexError, b->type->layout == RT_L_BYTES ? "index out of range"
                                          : b->type->layout == RT_L_BYTEARRAY
                                              ? "bytearray index out of range"
                                              : "buffer index out of range");
        return 0;
    }
    return d[i];
}

/* A step-1 slice of a buffer is a view; every other slice is a copy. */
rt_obj *rt_bytes_slice(rt_obj *b, i64 start, i64 stop, i64 step, i64 has)
{
    i64 n;
    rt_bytes_data(b, &n);
    i64 k = rt_slice_adjust(n, &start, &stop, step, has);
    if (k < 0) return NULL;
    if (b->type->layout == RT_L_BUFFER && step == 1) return rt_buffer_slice(b, start, start + k);
    rt_obj *r = make_like(b, k);
    if (!r) return NULL;
    uint8_t *d = (uint8_t *)rt_bytes_data(r, &n);
    const uint8_t *s = rt_bytes_data(b, &n);
    if (step == 1)
        copy(d, s + start, k);
    else
        for (i64 i = 0; i < k; i++) d[i] = s[start + i * step];
    return r;
}

i64 rt_bytes_cmp(rt_obj *a, rt_obj *b)
{
    i64 na, nb;
    const uint8_t *sa = rt_bytes_data(a, &na), *sb = rt_bytes_data(b, &nb);
    int c = memcmp(sa, sb, na < nb ? na : nb);
    if (c) return c < 0 ? -1 : 1;
    return na < nb ? -1 : na > nb;
}

i64 rt_bytes_eq(rt_obj *a, rt_obj *b) { return rt_bytes_len(a) == rt_bytes_len(b) && rt_bytes_cmp(a, b) == 0; }

static int bytes_like(rt_obj *b)
{
    return b->type->layout == RT_L_BYTES || b->type->layout == RT_L_BYTEARRAY ||
           b->type->layout == RT_L_BUFFER;
}

/* The type slots see any object as `b`; views do not order. */
static i64 bytes_eq(rt_obj *a, rt_obj *b) { return bytes_like(b) && rt_bytes_eq(a, b); }

static i64 bytes_lt(rt_obj *a, rt_obj *b)
{
    if (bytes_like(b) && a->type->layout != RT_L_BUFFER && b->type->layout != RT_L_BUFFER)
        return rt_bytes_cmp(a, b) < 0;
    rt_raisef(&rt_type_TypeError, "'<' not supported between instances of '%s' and '%s'",
              rt_short_name(a->type), rt_short_name(b->type));
    return 0;
}

/* Same function as str's hash, so hash(b'ab') == hash('ab') as in CPython. */
i64 rt_bytes_hash(rt_obj *b)
{
    if (b->type->layout == RT_L_BYTEARRAY) {
        rt_raise_msg(&rt_type_TypeError, "unhashable type: 'bytearray'");
        return 0;
    }
    i64 n;
    const uint8_t *d = rt_bytes_data(b, &n);
    return rt_hash_bytes(d, n);
}

i64 rt_bytes_find(rt_obj *b, rt_obj *sub)
{
    i64 n, m;
    const uint8_t *h = rt_bytes_data(b, &n), *s = rt_bytes_data(sub, &m);
    for (i64 i = 0; i + m <= n; i++)
        if (memcmp(h + i, s, m) == 0) return i;
    return -1;
}

i64 rt_bytes_contains(rt_obj *b, rt_obj *sub) { return rt_bytes_find(b, sub) >= 0; }

i64 rt_bytes_contains_int(rt_obj *b, i64 v)
{
    i64 n;
    const uint8_t *d = rt_bytes_data(b, &n);
    if (!check_byte(v, "byte must be in range(0, 256)")) return 0;
    for (i64 i = 0; i < n; i++)
        if (d[i] == v) return 1;
    return 0;
}

rt_obj *rt_bytes_join(rt_obj *sep, rt_obj *lo)
{
    rt_list *l = (rt_list *)lo;
    i64 ns, n, total = 0;
    rt_bytes_data(sep, &ns);
    for (i64 i = 0; i < l->len; i++) total += rt_bytes_len((rt_obj *)l->items->data[i]) + (i ? ns : 0);
    rt_obj *r = make_like(sep, total);
    if (!r) return NULL;
    uint8_t *d = (uint8_t *)rt_bytes_data(r, &n);
    const uint8_t *s = rt_bytes_data(sep, &ns);
    for (i64 i = 0, at = 0; i < l->len; i++) {
        if (i) { copy(d + at, s, ns); at += ns; }
        const uint8_t *it = rt_bytes_data((rt_obj *)l->items->data[i], &n);
        copy(d + at, it, n);
        at += n;
    }
    return r;
}

/* ---- text ------------------------------------------------------------- */

static const char hexd[] = "0123456789abcdef";

static void gen_hex(rt_wbuf *w, const void *cx)
{
    i64 n;
    const uint8_t *d = rt_bytes_data((rt_obj *)cx, &n);
    for (i64 i = 0; i < n; i++) {
        char two[2] = {hexd[d[i] >> 4], hexd[d[i] & 15]};
        rt_wbuf_put(w, two, 2);
    }
}

rt_obj *rt_bytes_hex(rt_obj *b) { return rt_str_build(gen_hex, b); }

static void gen_repr(rt_wbuf *w, const void *cx)
{
    rt_obj *b = (rt_obj *)cx;
    i64 n;
    const uint8_t *d = rt_bytes_data(b, &n);
    int sq = 0, dq = 0;
    for (i64 i = 0; i < n; i++) { sq |= d[i] == '\''; dq |= d[i] == '"'; }
    char q = sq && !dq ? '"' : '\'';
    int ba = b->type->layout == RT_L_BYTEARRAY;
    rt_wbuf_put(w, "bytearray(b", ba ? 11 : 1);
    rt_wbuf_put(w, &q, 1);
    for (i64 i = 0; i < n; i++) {
        if (d[i] < 0x7F && (d[i] != '\'' || !ba)) { rt_put_escaped(w, d[i], q); continue; }
        if (d[i] == '\'') { rt_wbuf_put(w, "\\'", 2); continue; } /* CPython's bytearray quirk */
        char x[4] = {'\\', 'x', hexd[d[i] >> 4], hexd[d[i] & 15]};
        rt_wbuf_put(w, x, 4);
    }
    rt_wbuf_put(w, &q, 1);
    rt_wbuf_put(w, ")", ba);
}

rt_obj *rt_bytes_repr(rt_obj *b)
{
    if (b->type->layout == RT_L_BUFFER) /* CPython shows the address too */
        return rt_strf("<memory at %S>", rt_int_to_base((i64)(uintptr_t)b, 16));
    return rt_str_build(gen_repr, b);
}

/* Length of the valid UTF-8 sequence at d[0..n), or -(bytes examined)
 * with *why set; *why == 0 means the input ended inside a sequence. */
static i64 utf8_seq(const uint8_t *d, i64 n, int *why)
{
    uint8_t b = d[0];
    if (b < 0x80) return 1;
    i64 need = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
    if (!need) { *why = 1; return -1; }
    uint8_t lo = b == 0xE0 ? 0xA0 : b == 0xF0 ? 0x90 : 0x80;
    uint8_t hi = b == 0xED ? 0x9F : b == 0xF4 ? 0x8F : 0xBF;
    for (i64 i = 1; i < need; i++) {
        if (i >= n) { *why = 0; return -i; }
        if (d[i] < (i == 1 ? lo : 0x80) || d[i] > (i == 1 ? hi : 0xBF)) { *why = 2; return -i; }
    }
    return need;
}

static void raise_decode(const uint8_t *d, i64 pos, i64 span, int why)
{
    static const char *const reason[] = {"unexpected end of data", "invalid start byte",
                                         "invalid continuation byte"};
    const rt_type *t = &rt_type_UnicodeDecodeError;
    char x[3] = {hexd[d[pos] >> 4], hexd[d[pos] & 15], 0};
    if (span == 1)
        rt_raisef(t, "'utf-8' codec can't decode byte 0x%s in position %d: %s", x, pos, reason[why]);
    else
        rt_raisef(t, "'utf-8' codec can't decode bytes in position %d-%d: %s", pos, pos + span - 1,
                  reason[why]);
}

rt_obj *rt_bytes_decode(rt_obj *b)
{
    i64 n;
    const uint8_t *d = rt_bytes_data(b, &n);
    for (i64 i = 0; i < n;) {
        int why = 0;
        i64 k = utf8_seq(d + i, n - i, &why);
        if (k < 0) {
            raise_decode(d, i, why == 0 ? n - i : -k, why);
            return NULL;
        }
        i += k;
    }
    return rt_str_new((const char *)d, n);
}

/* ---- buffer ------------------------------------------------------------- */

static rt_obj *view(rt_obj *base, uint8_t *ptr, i64 len)
{
    rt_buffer *v = BV(rt_alloc(&rt_type_buffer, (i64)sizeof(rt_buffer)));
    if (!v) return NULL;
    v->base = base;
    v->ptr = ptr;
    v->len = len;
    v->wlen = base && base->type->layout == RT_L_BYTES ? 0 : len;
    return (rt_obj *)v;
}

rt_obj *rt_buffer_new(rt_obj *b)
{
    i64 n;
    uint8_t *d = (uint8_t *)rt_bytes_data(b, &n);
    rt_obj *base = b->type->layout == RT_L_BYTEARRAY ? (rt_obj *)BA(b)->store
                   : b->type->layout == RT_L_BUFFER  ? BV(b)->base
                                                     : b;
    return view(base, d, n);
}

rt_obj *rt_buffer_slice(rt_obj *v, i64 start, i64 stop)
{
    i64 k = rt_slice_adjust(BV(v)->len, &start, &stop, 1, RT_HAS_START | RT_HAS_STOP);
    return view(BV(v)->base, BV(v)->ptr + start, k);
}

static int in_bounds(rt_obj *v, i64 off, i64 width)
{
    if (off >= 0 && width <= BV(v)->len && off <= BV(v)->len - width) return 1;
    rt_raise_msg(&rt_type_IndexError, "buffer index out of range");
    return 0;
}

i64 rt_buffer_get(rt_obj *v, i64 off, i64 width, i64 little)
{
    if (!in_bounds(v, off, width)) return 0;
    const uint8_t *p = BV(v)->ptr + off;
    uint64_t r = 0;
    for (i64 i = 0; i < width; i++) r = r << 8 | p[little ? width - 1 - i : i];
    return (i64)r;
}

/* A view of bytes, which are immutable: CPython's memoryview says so. */
static int writable(rt_obj *v)
{
    if (BV(v)->wlen == BV(v)->len) return 1;
    rt_raise_msg(&rt_type_TypeError, "cannot modify read-only memory");
    return 0;
}

void rt_buffer_set(rt_obj *v, i64 off, i64 width, i64 little, i64 value)
{
    if (!in_bounds(v, off, width) || !writable(v)) return; /* the reference's order */
    uint8_t *p = BV(v)->ptr + off;
    for (i64 i = 0; i < width; i++) p[little ? i : width - 1 - i] = (uint8_t)((uint64_t)value >> (8 * i));
}

rt_obj *rt_buffer_tobytes(rt_obj *v) { return rt_bytes_new(BV(v)->ptr, BV(v)->len); }

void rt_buffer_write(rt_obj *v, i64 off, rt_obj *data)
{
    i64 n;
    const uint8_t *src = rt_bytes_data(data, &n);
    if (in_bounds(v, off, n) && writable(v)) copy(BV(v)->ptr + off, src, n); /* memmove: views may overlap */
}

/* ---- types ---------------------------------------------------------------- */

const rt_type rt_type_bytes = {
    .name = "bytes", .module = "builtins", .base = &rt_type_object, .layout = RT_L_BYTES,
    .repr = rt_bytes_repr, .hash = rt_bytes_hash, .eq = bytes_eq, .lt = bytes_lt,
};

const rt_type rt_type_bytearray = {
    .name = "bytearray", .module = "builtins", .base = &rt_type_object, .layout = RT_L_BYTEARRAY,
    .repr = rt_bytes_repr, .hash = rt_bytes_hash, .eq = bytes_eq, .lt = bytes_lt,
};

const rt_type rt_type_buffer = {
    .name = "memoryview", .module = "builtins", .base = &rt_type_object, .layout = RT_L_BUFFER,
    .repr = rt_bytes_repr, .hash = rt_bytes_hash, .eq = bytes_eq, .lt = bytes_lt,
};
