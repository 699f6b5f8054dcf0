/* str.c -- Python str over UTF-8 (CPython 3.11 semantics and messages).
 *
 * Strings are immutable UTF-8 with a code point count; nchars == len marks
 * pure ASCII, where character indexing is byte indexing.  Non-ASCII strings
 * are indexed by scanning, which keeps the layout a single flat block.
 * Case mapping and predicates are CPython 3.11's for every code point
 * (the tables of unicode_db.c, with final sigma).  Outputs whose size is
 * not known up front are produced by a generator run twice (measure, then
 * fill), so nothing is reallocated.
 */
#include "core.h"

int memcmp(const void *a, const void *b, size_t n);

#define SZ(o) ((rt_str *)(o))
static const uint8_t kinds3[3] = {RT_OBJ, RT_OBJ, RT_OBJ};

/* ---- allocation, building, small helpers ------------------------------- */

/* Empty and 1-char ASCII strings live outside the heap (gc == 0), built on
 * first use so no 128-entry initializer has to be written out. */
static struct {
    rt_obj h;
    i64 len, nchars, hash;
    char data[8];
} small[129];

static rt_obj *small_str(i64 c) /* c = -1: empty */
{
    i64 k = c < 0 ? 128 : c;
    if (!small[k].h.type) {
        small[k].h.type = &rt_type_str;
        small[k].len = small[k].nchars = c >= 0;
        small[k].data[0] = (char)(c < 0 ? 0 : c);
    }
    return (rt_obj *)&small[k];
}

static i64 count_cps(const char *p, i64 n)
{
    i64 c = 0;
    for (i64 i = 0; i < n; i++) c += ((uint8_t)p[i] & 0xC0) != 0x80;
    return c;
}

void rt_wbuf_put(rt_wbuf *w, const char *s, i64 n)
{
    if (w->p && n) __builtin_memcpy(w->p + w->n, s, (size_t)n);
    w->n += n;
}

void rt_wbuf_fill(rt_wbuf *w, char c, i64 n)
{
    for (i64 i = 0; i < n && w->p; i++) w->p[w->n + i] = c;
    if (n > 0) w->n += n;
}

rt_obj *rt_str_build(void (*gen)(rt_wbuf *, const void *), const void *ctx)
{
    rt_wbuf w = {NULL, 0};
    gen(&w, ctx);
    if (w.n == 0) return small_str(-1);
    rt_str *s = SZ(rt_alloc(&rt_type_str, (i64)sizeof(rt_str) + w.n + 1));
    if (!s) return NULL;
    s->len = w.n;
    w = (rt_wbuf){s->data, 0};
    gen(&w, ctx);
    s->nchars = count_cps(s->data, s->len);
    if (s->len == 1 && s->nchars == 1) return small_str((uint8_t)s->data[0]);
    return (rt_obj *)s;
}

rt_obj *rt_str_new(const char *utf8, i64 len)
{
    if (len == 0) return small_str(-1);
    if (len == 1 && (uint8_t)utf8[0] < 0x80) return small_str((uint8_t)utf8[0]);
    rt_str *s = SZ(rt_alloc(&rt_type_str, (i64)sizeof(rt_str) + len + 1));
    if (!s) return NULL;
    s->len = len;
    s->nchars = count_cps(utf8, len);
    __builtin_memcpy(s->data, utf8, (size_t)len);
    return (rt_obj *)s;
}

rt_obj *rt_str_from_cstr(const char *c)
{
    i64 n = 0;
    while (c[n]) n++;
    return rt_str_new(c, n);
}

/* ---- UTF-8 primitives -------------------------------------------------- */

/* Code point at p; *n receives its byte length. */
static uint32_t decode(const char *s, i64 *n)
{
    const uint8_t *p = (const uint8_t *)s;
    uint8_t b = p[0];
    if (b < 0x80) { *n = 1; return b; }
    if (b < 0xE0) { *n = 2; return (uint32_t)(b & 0x1F) << 6 | (p[1] & 0x3F); }
    if (b < 0xF0) {
        *n = 3;
        return (uint32_t)(b & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
    }
    *n = 4;
    return (uint32_t)(b & 0x07) << 18 | (uint32_t)(p[1] & 0x3F) << 12 |
           (uint32_t)(p[2] & 0x3F) << 6 | (p[3] & 0x3F);
}

/* Encode cp at dst (if non-NULL); returns its byte length. */
i64 rt_utf8_put(char *dst, uint32_t cp)
{
    uint8_t b[4];
    i64 n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    static const uint8_t lead[5] = {0, 0, 0xC0, 0xE0, 0xF0};
    for (i64 i = n - 1; i > 0; i--, cp >>= 6) b[i] = (uint8_t)(0x80 | (cp & 0x3F));
    b[0] = (uint8_t)(lead[n] | cp);
    if (dst) __builtin_memcpy(dst, b, (size_t)n);
    return n;
}

static i64 next_off(const char *p, i64 off, i64 len)
{
    do off++; while (off < len && ((uint8_t)p[off] & 0xC0) == 0x80);
    return off;
}

static i64 prev_off(const char *p, i64 off)
{
    do off--; while (off > 0 && ((uint8_t)p[off] & 0xC0) == 0x80);
    return off;
}

/* Byte offset of code point index i (0 <= i <= nchars). */
static i64 byte_off(rt_str *s, i64 i)
{
    if (s->len == s->nchars) return i;
    i64 off = 0;
    for (; i > 0 && off < s->len; i--) off = next_off(s->data, off, s->len);
    return off;
}

static rt_obj *sub(rt_str *s, i64 a, i64 b) /* byte range */
{
    if (a == 0 && b == s->len) return (rt_obj *)s;
    return rt_str_new(s->data + a, b - a);
}

static i64 bfind(const char *h, i64 hn, const char *nd, i64 nn)
{
    if (nn == 0) return hn >= 0 ? 0 : -1;
    for (i64 i = 0; i + nn <= hn; i++)   /* the first byte before a call of memcmp */
        if (h[i] == nd[0] && memcmp(h + i, nd, nn) == 0) return i;
    return -1;
}

static i64 brfind(const char *h, i64 hn, const char *nd, i64 nn)
{
    for (i64 i = hn - nn; i >= 0; i--)
        if (memcmp(h + i, nd, nn) == 0) return i;
    return -1;
}

static int is_space(uint32_t c)
{
    return (c >= 9 && c <= 13) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 ||
           c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
           c == 0x202F || c == 0x205F || c == 0x3000;
}

/* ---- basic operations ------------------------------------------------- */

rt_obj *rt_str_concat(rt_obj *a, rt_obj *b)
{
    if (SZ(a)->len == 0) return b;
    if (SZ(b)->len == 0) return a;
    i64 n = SZ(a)->len + SZ(b)->len;
    rt_str *s = SZ(rt_alloc(&rt_type_str, (i64)sizeof(rt_str) + n + 1));
    if (!s) return NULL;
    s->len = n;
    s->nchars = SZ(a)->nchars + SZ(b)->nchars;
    __builtin_memcpy(s->data, SZ(a)->data, (size_t)SZ(a)->len);
    __builtin_memcpy(s->data + SZ(a)->len, SZ(b)->data, (size_t)SZ(b)->len);
    return (rt_obj *)s;
}

rt_obj *rt_str_repeat(rt_obj *o, i64 n)
{
    rt_str *s = SZ(o);
    if (n <= 0 || s->len == 0) return small_str(-1);
    if (n == 1) return o;
    if (n > INT64_MAX / s->len) {
        rt_raise_msg(&rt_type_OverflowError, "repeated string is too long");
        return NULL;
    }
    rt_str *r = SZ(rt_alloc(&rt_type_str, (i64)sizeof(rt_str) + s->len * n + 1));
    if (!r) return NULL;
    r->len = s->len * n;
    r->nchars = s->nchars * n;
    for (i64 i = 0; i < n; i++) __builtin_memcpy(r->data + i * s->len, s->data, (size_t)s->len);
    return (rt_obj *)r;
}

struct join_ctx { rt_str *sep; rt_list *l; };

static void gen_join(rt_wbuf *w, const void *c)
{
    const struct join_ctx *j = c;
    for (i64 i = 0; i < j->l->len; i++) {
        rt_str *it = (rt_str *)j->l->items->data[i];
        if (i) rt_wbuf_put(w, j->sep->data, j->sep->len);
        rt_wbuf_put(w, it->data, it->len);
    }
}

rt_obj *rt_str_join(rt_obj *sep, rt_obj *list)
{
    rt_list *l = (rt_list *)list;
    if (l->len == 1) return (rt_obj *)l->items->data[0];
    struct join_ctx j = {SZ(sep), l};
    return rt_str_build(gen_join, &j);
}

rt_obj *rt_str_concat_n(rt_obj *list) { return rt_str_join(small_str(-1), list); }

/* The type slots see any object as `b`. */
static i64 str_eq(rt_obj *a, rt_obj *b) { return b->type->layout == RT_L_STR && rt_str_eq(a, b); }

static i64 str_lt(rt_obj *a, rt_obj *b)
{
    if (b->type->layout == RT_L_STR) return rt_str_cmp(a, b) < 0;
    rt_raisef(&rt_type_TypeError, "'<' not supported between instances of 'str' and '%s'", rt_short_name(b->type));
    return 0;
}

i64 rt_str_eq(rt_obj *a, rt_obj *b)
{
    return a == b || (SZ(a)->len == SZ(b)->len && memcmp(SZ(a)->data, SZ(b)->data, SZ(a)->len) == 0);
}

/* UTF-8 byte order is code point order. */
i64 rt_str_cmp(rt_obj *a, rt_obj *b)
{
    i64 n = SZ(a)->len < SZ(b)->len ? SZ(a)->len : SZ(b)->len;
    int c = memcmp(SZ(a)->data, SZ(b)->data, n);
    if (c) return c < 0 ? -1 : 1;
    return SZ(a)->len < SZ(b)->len ? -1 : SZ(a)->len > SZ(b)->len;
}


i64 rt_str_len(rt_obj *s) { return SZ(s)->nchars; }

/* CPython's str hash is randomised per process, so any good hash matches
 * its observable behaviour; FNV-1a, never 0 (uncached) or -1. */
i64 rt_hash_bytes(const void *p, i64 n)
{
    uint64_t h = 0xcbf29ce484222325u;
    for (i64 i = 0; i < n; i++) h = (h ^ ((const uint8_t *)p)[i]) * 0x100000001b3u;
    i64 r = (i64)(h >> 1);
    return r ? r : 1;
}

i64 rt_str_hash(rt_obj *o)
{
    rt_str *s = SZ(o);
    if (s->hash) return s->hash;
    i64 r = rt_hash_bytes(s->data, s->len);
    if (o->gc) s->hash = r; /* constants may sit in read-only memory */
    return r;
}

rt_obj *rt_str_getitem(rt_obj *o, i64 i)
{
    rt_str *s = SZ(o);
    if (i < 0) i += s->nchars;
    if (i < 0 || i >= s->nchars) {
        rt_raise_msg(&rt_type_IndexError, "string index out of range");
        return NULL;
    }
    i64 a = byte_off(s, i);
    return rt_str_new(s->data + a, next_off(s->data, a, s->len) - a);
}

/* CPython's PySlice_Unpack + PySlice_AdjustIndices; returns the slice
 * length, or -1 with ValueError for step 0. */
i64 rt_slice_adjust(i64 len, i64 *start, i64 *stop, i64 step, i64 has)
{
    if (step == 0) {
        rt_raise_msg(&rt_type_ValueError, "slice step cannot be zero");
        return -1;
    }
    i64 *ends[2] = {start, stop};
    if (!(has & RT_HAS_START)) *start = step < 0 ? INT64_MAX : 0;
    if (!(has & RT_HAS_STOP)) *stop = step < 0 ? INT64_MIN : INT64_MAX;
    for (int k = 0; k < 2; k++) {
        i64 *p = ends[k];
        if (*p < 0) {
            *p += len;
            if (*p < 0) *p = step < 0 ? -1 : 0;
        } else if (*p >= len) {
            *p = step < 0 ? len - 1 : len;
        }
    }
    if (step < 0) return *stop < *start ? (*start - *stop - 1) / -step + 1 : 0;
    return *start < *stop ? (*stop - *start - 1) / step + 1 : 0;
}

struct slice_ctx { rt_str *s; i64 off, n, step; };

static void gen_slice(rt_wbuf *w, const void *c)
{
    const struct slice_ctx *x = c;
    const char *p = x->s->data;
    i64 off = x->off, k;
    for (i64 i = 0; i < x->n; i++) {
        rt_wbuf_put(w, p + off, next_off(p, off, x->s->len) - off);
        for (k = x->step; k > 0 && i + 1 < x->n; k--) off = next_off(p, off, x->s->len);
        for (k = x->step; k < 0 && i + 1 < x->n; k++) off = prev_off(p, off);
    }
}

rt_obj *rt_str_slice(rt_obj *o, i64 start, i64 stop, i64 step, i64 has)
{
    rt_str *s = SZ(o);
    i64 n = rt_slice_adjust(s->nchars, &start, &stop, step, has);
    if (n < 0) return NULL;
    if (n == 0) return small_str(-1);
    i64 a = byte_off(s, start);
    if (step == 1) return sub(s, a, byte_off(s, start + n));
    struct slice_ctx x = {s, a, n, step};
    return rt_str_build(gen_slice, &x);
}

/* ---- searching -------------------------------------------------------- */

static i64 find_in(rt_str *s, rt_str *needle, i64 start, i64 end, i64 has, int rev)
{
    i64 len = s->nchars;
    if (!(has & RT_HAS_START)) start = 0;
    if (!(has & RT_HAS_STOP)) end = len;
    if (end > len) end = len;
    else if (end < 0 && (end += len) < 0) end = 0;
    if (start < 0 && (start += len) < 0) start = 0;
    if (end - start < needle->nchars) return -1;
    i64 a = byte_off(s, start), b = byte_off(s, end);
    i64 r = (rev ? brfind : bfind)(s->data + a, b - a, needle->data, needle->len);
    return r < 0 ? -1 : start + count_cps(s->data + a, r);
}

i64 rt_str_find(rt_obj *s, rt_obj *n, i64 start, i64 end, i64 has)
{
    return find_in(SZ(s), SZ(n), start, end, has, 0);
}

i64 rt_str_rfind(rt_obj *s, rt_obj *n, i64 start, i64 end, i64 has)
{
    return find_in(SZ(s), SZ(n), start, end, has, 1);
}

i64 rt_str_contains(rt_obj *s, rt_obj *n)
{
    return bfind(SZ(s)->data, SZ(s)->len, SZ(n)->data, SZ(n)->len) >= 0;
}

i64 rt_str_index(rt_obj *s, rt_obj *n)
{
    i64 r = find_in(SZ(s), SZ(n), 0, 0, 0, 0);
    if (r < 0) rt_raise_msg(&rt_type_ValueError, "substring not found");
    return r;
}

i64 rt_str_count(rt_obj *so, rt_obj *no)
{
    rt_str *s = SZ(so), *n = SZ(no);
    if (n->len == 0) return s->nchars + 1;
    i64 c = 0, i = 0, j;
    while ((j = bfind(s->data + i, s->len - i, n->data, n->len)) >= 0) {
        c++;
        i += j + n->len;
    }
    return c;
}

i64 rt_str_startswith(rt_obj *s, rt_obj *p)
{
    return SZ(p)->len <= SZ(s)->len && memcmp(SZ(s)->data, SZ(p)->data, SZ(p)->len) == 0;
}

i64 rt_str_endswith(rt_obj *s, rt_obj *p)
{
    i64 d = SZ(s)->len - SZ(p)->len;
    return d >= 0 && memcmp(SZ(s)->data + d, SZ(p)->data, SZ(p)->len) == 0;
}

struct repl_ctx { rt_str *s, *old, *new_; i64 count; };

/* An empty `old` matches before every character and at the end. */
static void gen_replace(rt_wbuf *w, const void *c)
{
    const struct repl_ctx *x = c;
    const char *p = x->s->data;
    i64 len = x->s->len, i = 0, j;
    for (i64 done = 0; done < x->count && i <= len; done++) {
        if (x->old->len == 0) j = i;
        else if ((j = bfind(p + i, len - i, x->old->data, x->old->len)) < 0) break;
        else j += i;
        rt_wbuf_put(w, p + i, j - i);
        rt_wbuf_put(w, x->new_->data, x->new_->len);
        i = j + x->old->len;
        if (x->old->len == 0) {
            i = j < len ? next_off(p, j, len) : len + 1;
            rt_wbuf_put(w, p + j, i - j - (j == len));
        }
    }
    if (i <= len) rt_wbuf_put(w, p + i, len - i);
}

rt_obj *rt_str_replace(rt_obj *s, rt_obj *old, rt_obj *new_, i64 count)
{
    struct repl_ctx x = {SZ(s), SZ(old), SZ(new_), count < 0 ? INT64_MAX : count};
    if (x.count == 0 || (SZ(old)->len > SZ(s)->len)) return s;
    return rt_str_build(gen_replace, &x);
}

/* ---- splitting -------------------------------------------------------- */

static int push(rt_obj *l, rt_obj *item)
{
    if (!item) return 0;
    rt_list_append(l, (rt_word)item);
    return rt_exc == NULL;
}

static void reverse_words(rt_obj *lo)
{
    rt_list *l = (rt_list *)lo;
    for (i64 i = 0, j = l->len - 1; i < j; i++, j--) {
        rt_word t = l->items->data[i];
        l->items->data[i] = l->items->data[j];
        l->items->data[j] = t;
    }
}

static int space_at(rt_str *s, i64 off)
{
    i64 n;
    return is_space(decode(s->data + off, &n));
}

static rt_obj *split_ws(rt_str *s, i64 maxsplit, int rev)
{
    rt_obj *l = rt_list_new(RT_OBJ, 0);
    i64 a = 0, b = s->len, len = s->len;
    if (!l) return NULL;
    while (1) {
        if (!rev) { while (a < b && space_at(s, a)) a = next_off(s->data, a, len); }
        else { while (b > a && space_at(s, prev_off(s->data, b))) b = prev_off(s->data, b); }
        if (a == b) break;
        if (maxsplit-- == 0) { if (!push(l, sub(s, a, b))) return NULL; break; }
        i64 e = rev ? b : a;
        if (!rev) { while (e < b && !space_at(s, e)) e = next_off(s->data, e, len); }
        else { while (e > a && !space_at(s, prev_off(s->data, e))) e = prev_off(s->data, e); }
        if (!push(l, rev ? sub(s, e, b) : sub(s, a, e))) return NULL;
        if (rev) b = e; else a = e;
    }
    if (rev) reverse_words(l);
    return l;
}

static rt_obj *split_sep(rt_str *s, rt_str *sep, i64 maxsplit, int rev)
{
    if (sep->len == 0) {
        rt_raise_msg(&rt_type_ValueError, "empty separator");
        return NULL;
    }
    rt_obj *l = rt_list_new(RT_OBJ, 0);
    i64 a = 0, b = s->len, j;
    if (!l) return NULL;
    for (; maxsplit != 0; maxsplit--) {
        j = (rev ? brfind : bfind)(s->data + a, b - a, sep->data, sep->len);
        if (j < 0) break;
        j += a;
        if (!push(l, rev ? sub(s, j + sep->len, b) : sub(s, a, j))) return NULL;
        if (rev) b = j; else a = j + sep->len;
    }
    if (!push(l, sub(s, a, b))) return NULL;
    if (rev) reverse_words(l);
    return l;
}

rt_obj *rt_str_split(rt_obj *s, rt_obj *sep, i64 maxsplit)
{
    return sep ? split_sep(SZ(s), SZ(sep), maxsplit, 0) : split_ws(SZ(s), maxsplit, 0);
}

rt_obj *rt_str_rsplit(rt_obj *s, rt_obj *sep, i64 maxsplit)
{
    return sep ? split_sep(SZ(s), SZ(sep), maxsplit, 1) : split_ws(SZ(s), maxsplit, 1);
}

static int is_linebreak(uint32_t c)
{
    return (c >= 10 && c <= 13) || (c >= 0x1C && c <= 0x1E) || c == 0x85 || c == 0x2028 ||
           c == 0x2029;
}

rt_obj *rt_str_splitlines(rt_obj *o)
{
    rt_str *s = SZ(o);
    rt_obj *l = rt_list_new(RT_OBJ, 0);
    i64 a = 0, i = 0, n;
    if (!l) return NULL;
    while (i < s->len) {
        uint32_t c = decode(s->data + i, &n);
        if (!is_linebreak(c)) { i += n; continue; }
        if (!push(l, sub(s, a, i))) return NULL;
        i += n;
        if (c == '\r' && i < s->len && s->data[i] == '\n') i++;
        a = i;
    }
    if (a < s->len && !push(l, sub(s, a, s->len))) return NULL;
    return l;
}

static int in_chars(rt_str *s, i64 off, rt_str *chars)
{
    i64 n;
    uint32_t c = decode(s->data + off, &n);
    if (!chars) return is_space(c);
    for (i64 i = 0; i < chars->len; i += n)
        if (decode(chars->data + i, &n) == c) return 1;
    return 0;
}

static rt_obj *strip(rt_obj *o, rt_obj *chars, int left, int right)
{
    rt_str *s = SZ(o), *cs = SZ(chars);
    i64 a = 0, b = s->len;
    while (left && a < b && in_chars(s, a, cs)) a = next_off(s->data, a, b);
    while (right && b > a && in_chars(s, prev_off(s->data, b), cs)) b = prev_off(s->data, b);
    return sub(s, a, b);
}

rt_obj *rt_str_strip(rt_obj *s, rt_obj *chars) { return strip(s, chars, 1, 1); }
rt_obj *rt_str_lstrip(rt_obj *s, rt_obj *chars) { return strip(s, chars, 1, 0); }
rt_obj *rt_str_rstrip(rt_obj *s, rt_obj *chars) { return strip(s, chars, 0, 1); }

static rt_obj *part(rt_obj *o, rt_obj *sepo, int rev)
{
    rt_str *s = SZ(o), *sep = SZ(sepo);
    if (sep->len == 0) {
        rt_raise_msg(&rt_type_ValueError, "empty separator");
        return NULL;
    }
    i64 j = (rev ? brfind : bfind)(s->data, s->len, sep->data, sep->len);
    rt_obj *e = small_str(-1);
    rt_obj *a = j < 0 ? (rev ? e : o) : sub(s, 0, j);
    rt_obj *c = j < 0 ? (rev ? o : e) : sub(s, j + sep->len, s->len);
    rt_tuple *t = (rt_tuple *)rt_tuple_new(3, kinds3);
    if (!a || !c || !t) return NULL;
    t->items[0] = (rt_word)a;
    t->items[1] = (rt_word)(j < 0 ? e : sepo);
    t->items[2] = (rt_word)c;
    return (rt_obj *)t;
}

rt_obj *rt_str_partition(rt_obj *s, rt_obj *sep) { return part(s, sep, 0); }
rt_obj *rt_str_rpartition(rt_obj *s, rt_obj *sep) { return part(s, sep, 1); }

/* ---- case ------------------------------------------------------------- */

/* Properties and full case mappings come from unicode_db.c; ASCII is
 * answered here. */
static int uflags(uint32_t c)
{
    if (c < 0x80) {
        if (c - 'a' < 26) return U_ALPHA | U_LOWER;
        if (c - 'A' < 26) return U_ALPHA | U_UPPER;
        if (c - '0' < 10) return U_DECIMAL | U_DIGIT | U_NUMERIC;
        return c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' ? U_IGNORABLE : 0;
    }
    return rt_uni_flags(c);
}

enum { TO_UPPER, TO_LOWER, TO_TITLE };

static int casemap1(uint32_t c, int which, uint32_t out[3])
{
    if (c < 0x80) {
        int f = uflags(c);
        out[0] = which == TO_LOWER ? (f & U_UPPER ? c + 32 : c) : (f & U_LOWER ? c - 32 : c);
        return 1;
    }
    return rt_uni_case(c, which, out);
}

/* Capital sigma at byte i lowers to final sigma when a cased letter comes
 * before it and none after it, case-ignorable characters skipped. */
static int final_sigma(const rt_str *s, i64 i, i64 n)
{
    i64 j = i, m;
    uint32_t c = 0;
    while (j > 0) {
        j = prev_off(s->data, j);
        c = decode(s->data + j, &m);
        if (!(uflags(c) & U_IGNORABLE)) break;
    }
    if (j == i || !(uflags(c) & U_CASED) || (uflags(c) & U_IGNORABLE)) return 0;
    for (j = i + n; j < s->len; j += m) {
        c = decode(s->data + j, &m);
        if (!(uflags(c) & U_IGNORABLE)) return !(uflags(c) & U_CASED);
    }
    return 1;
}

static int lower_at(const rt_str *s, i64 i, i64 n, uint32_t c, uint32_t out[3])
{
    if (c == 0x3A3) {
        out[0] = final_sigma(s, i, n) ? 0x3C2 : 0x3C3;
        return 1;
    }
    return casemap1(c, TO_LOWER, out);
}

enum { C_UPPER, C_LOWER, C_SWAP, C_TITLE, C_CAP };
struct case_ctx { rt_str *s; int mode; };

static void gen_case(rt_wbuf *w, const void *cx)
{
    const struct case_ctx *x = cx;
    int prev_cased = 0;
    char b[4];
    uint32_t out[3];
    i64 n;
    for (i64 i = 0; i < x->s->len; i += n) {
        uint32_t c = decode(x->s->data + i, &n);
        int f = uflags(c), k;
        switch (x->mode) {
        case C_UPPER: k = casemap1(c, TO_UPPER, out); break;
        case C_LOWER: k = lower_at(x->s, i, n, c, out); break;
        case C_SWAP:
            k = f & U_UPPER ? lower_at(x->s, i, n, c, out)
                : f & U_LOWER ? casemap1(c, TO_UPPER, out) : (out[0] = c, 1);
            break;
        case C_TITLE:
            k = prev_cased ? lower_at(x->s, i, n, c, out) : casemap1(c, TO_TITLE, out);
            prev_cased = (f & U_CASED) != 0;
            break;
        default:   /* C_CAP */
            k = i ? lower_at(x->s, i, n, c, out) : casemap1(c, TO_TITLE, out);
        }
        for (int j = 0; j < k; j++) rt_wbuf_put(w, b, rt_utf8_put(b, out[j]));
    }
}

static rt_obj *casemap(rt_obj *s, int mode)
{
    struct case_ctx x = {SZ(s), mode};
    return rt_str_build(gen_case, &x);
}

rt_obj *rt_str_upper(rt_obj *s) { return casemap(s, C_UPPER); }
rt_obj *rt_str_lower(rt_obj *s) { return casemap(s, C_LOWER); }
rt_obj *rt_str_swapcase(rt_obj *s) { return casemap(s, C_SWAP); }
rt_obj *rt_str_title(rt_obj *s) { return casemap(s, C_TITLE); }
rt_obj *rt_str_capitalize(rt_obj *s) { return casemap(s, C_CAP); }

/* ---- predicates ------------------------------------------------------- */

/* Every character has one of the flags in want (and there is one). */
static i64 all_of(rt_obj *o, int want)
{
    rt_str *s = SZ(o);
    i64 n;
    for (i64 i = 0; i < s->len; i += n)
        if (!(uflags(decode(s->data + i, &n)) & want)) return 0;
    return s->len > 0;
}

i64 rt_str_isdigit(rt_obj *s) { return all_of(s, U_DIGIT); }
i64 rt_str_isdecimal(rt_obj *s) { return all_of(s, U_DECIMAL); }
i64 rt_str_isnumeric(rt_obj *s) { return all_of(s, U_NUMERIC); }
i64 rt_str_isalpha(rt_obj *s) { return all_of(s, U_ALPHA); }
i64 rt_str_isalnum(rt_obj *s) { return all_of(s, U_ALPHA | U_DECIMAL | U_DIGIT | U_NUMERIC); }

i64 rt_str_isspace(rt_obj *s)
{
    i64 n;
    for (i64 i = 0; i < SZ(s)->len; i += n)
        if (!is_space(decode(SZ(s)->data + i, &n))) return 0;
    return SZ(s)->len > 0;
}

/* True when some character has flag want and none has a flag in other. */
static i64 cased_only(rt_obj *o, int want, int other)
{
    rt_str *s = SZ(o);
    i64 n, seen = 0;
    for (i64 i = 0; i < s->len; i += n) {
        int f = uflags(decode(s->data + i, &n));
        if (f & other) return 0;
        seen |= (f & want) != 0;
    }
    return seen;
}

i64 rt_str_isupper(rt_obj *s) { return cased_only(s, U_UPPER, U_LOWER | U_TITLE); }
i64 rt_str_islower(rt_obj *s) { return cased_only(s, U_LOWER, U_UPPER | U_TITLE); }

/* Uppercase and titlecase characters only after uncased ones, lowercase
 * only after cased ones, and some cased character. */
i64 rt_str_istitle(rt_obj *o)
{
    rt_str *s = SZ(o);
    i64 n, cased = 0, prev = 0;
    for (i64 i = 0; i < s->len; i += n) {
        int f = uflags(decode(s->data + i, &n));
        if (f & (U_UPPER | U_TITLE)) {
            if (prev) return 0;
            prev = cased = 1;
        } else if (f & U_LOWER) {
            if (!prev) return 0;
            prev = cased = 1;
        } else {
            prev = 0;
        }
    }
    return cased;
}

/* ---- padding ---------------------------------------------------------- */

struct pad_ctx { rt_str *s; i64 left, right, zpos; uint32_t fill; };

static void gen_pad(rt_wbuf *w, const void *cx)
{
    const struct pad_ctx *x = cx;
    char b[4];
    i64 n = rt_utf8_put(b, x->fill);
    rt_wbuf_put(w, x->s->data, x->zpos);
    for (i64 i = 0; i < x->left; i++) rt_wbuf_put(w, b, n);
    rt_wbuf_put(w, x->s->data + x->zpos, x->s->len - x->zpos);
    for (i64 i = 0; i < x->right; i++) rt_wbuf_put(w, b, n);
}

/* `left` fill characters are inserted after the first `zpos` bytes. */
rt_obj *rt_str_pad(rt_obj *s, i64 left, i64 right, uint32_t fill, i64 zpos)
{
    if (left <= 0 && right <= 0) return s;
    struct pad_ctx x = {SZ(s), left > 0 ? left : 0, right > 0 ? right : 0, zpos, fill};
    return rt_str_build(gen_pad, &x);
}

rt_obj *rt_str_zfill(rt_obj *s, i64 width)
{
    i64 z = SZ(s)->len && (SZ(s)->data[0] == '+' || SZ(s)->data[0] == '-');
    return rt_str_pad(s, width - SZ(s)->nchars, 0, '0', z);
}

static rt_obj *justify(rt_obj *s, i64 width, rt_obj *fill, int how)
{
    i64 n;
    if (SZ(fill)->nchars != 1) {
        rt_raise_msg(&rt_type_TypeError, "The fill character must be exactly one character long");
        return NULL;
    }
    uint32_t f = decode(SZ(fill)->data, &n);
    i64 marg = width - SZ(s)->nchars;
    if (marg <= 0) return s;
    i64 left = how < 0 ? 0 : how > 0 ? marg : marg / 2 + (marg & width & 1);
    return rt_str_pad(s, left, marg - left, f, 0);
}

rt_obj *rt_str_ljust(rt_obj *s, i64 w, rt_obj *fill) { return justify(s, w, fill, -1); }
rt_obj *rt_str_rjust(rt_obj *s, i64 w, rt_obj *fill) { return justify(s, w, fill, 1); }
rt_obj *rt_str_center(rt_obj *s, i64 w, rt_obj *fill) { return justify(s, w, fill, 0); }

/* ---- conversions ------------------------------------------------------ */

rt_obj *rt_str_encode(rt_obj *s) {
    return rt_str_check_utf8(s) ? 0 : rt_bytes_new((const uint8_t *)SZ(s)->data, SZ(s)->len);
}

/* Approximates Unicode's printable set (what repr() keeps unescaped):
 * exact for Latin-1, the common invisible/format/space characters and
 * private-use areas beyond. */
static int printable(uint32_t c)
{
    if (c < 0x100) return (c >= 0x20 && c < 0x7F) || (c > 0xA0 && c != 0xAD);
    return !(c == 0x1680 || (c >= 0x2000 && c <= 0x200F) || (c >= 0x2028 && c <= 0x202F) ||
             (c >= 0x205F && c <= 0x206F) || c == 0x3000 || (c >= 0xD800 && c <= 0xF8FF) ||
             c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFB) || c == 0xFFFE || c == 0xFFFF ||
             c >= 0xE0000);
}

static const char hexd[] = "0123456789abcdef";

/* Escapes cp the way repr() does; q is the quote in use (0: none). */
void rt_put_escaped(rt_wbuf *w, uint32_t c, char q)
{
    static const char esc[] = {'\t', 't', '\n', 'n', '\r', 'r', '\\', '\\'};
    char b[10];
    for (int i = 0; i < 8; i += 2)
        if (c == (uint32_t)esc[i]) { b[0] = '\\'; b[1] = esc[i + 1]; rt_wbuf_put(w, b, 2); return; }
    if (c == (uint32_t)q) { b[0] = '\\'; b[1] = q; rt_wbuf_put(w, b, 2); return; }
    if (printable(c)) { rt_wbuf_put(w, b, rt_utf8_put(b, c)); return; }
    int nd = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
    b[0] = '\\';
    b[1] = nd == 2 ? 'x' : nd == 4 ? 'u' : 'U';
    for (int i = 0; i < nd; i++) b[2 + i] = hexd[c >> (4 * (nd - 1 - i)) & 15];
    rt_wbuf_put(w, b, 2 + nd);
}

static void gen_repr(rt_wbuf *w, const void *cx)
{
    const rt_str *s = cx;
    char q = bfind(s->data, s->len, "'", 1) >= 0 && bfind(s->data, s->len, "\"", 1) < 0 ? '"' : '\'';
    i64 n;
    rt_wbuf_put(w, &q, 1);
    for (i64 i = 0; i < s->len; i += n) rt_put_escaped(w, decode(s->data + i, &n), q);
    rt_wbuf_put(w, &q, 1);
}

rt_obj *rt_str_repr(rt_obj *s) { return rt_str_build(gen_repr, s); }

i64 rt_str_ord(rt_obj *s)
{
    i64 n;
    if (SZ(s)->nchars != 1) {
        rt_raisef(&rt_type_TypeError, "ord() expected a character, but string of length %d found",
                  SZ(s)->nchars);
        return 0;
    }
    return decode(SZ(s)->data, &n);
}

rt_obj *rt_str_chr(i64 cp)
{
    char b[4];
    if (cp < 0 || cp >= 0x110000) {
        rt_raise_msg(&rt_type_ValueError, "chr() arg not in range(0x110000)");
        return NULL;
    }
    return rt_str_new(b, rt_utf8_put(b, (uint32_t)cp));
}

rt_obj *rt_str_list(rt_obj *o)
{
    rt_str *s = SZ(o);
    rt_obj *l = rt_list_new(RT_OBJ, s->nchars);
    for (i64 i = 0; l && i < s->len;) {
        i64 j = next_off(s->data, i, s->len);
        if (!push(l, rt_str_new(s->data + i, j - i))) return NULL;
        i = j;
    }
    return l;
}

static rt_obj *str_self(rt_obj *s) { return s; }

const rt_type rt_type_str = {
    .name = "str", .module = "builtins", .base = &rt_type_object, .layout = RT_L_STR,
    .repr = rt_str_repr, .str = str_self, .hash = rt_str_hash, .eq = str_eq, .lt = str_lt,
};
