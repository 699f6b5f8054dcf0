/* codec.c -- the single-byte codecs, ASCII (code points below 128) and
 * Latin-1 (below 256): str.encode and bytes.decode for them, with CPython's
 * UnicodeEncodeError and UnicodeDecodeError messages.  UTF-8, the encoding
 * str keeps, is str.c's and bytes.c's, except that a str may hold a lone
 * surrogate (kept as its 3-byte form), which UTF-8 cannot encode. */
#include "core.h"

static const char hexd[] = "0123456789abcdef";

/* limit 0 is UTF-8, which cannot encode a surrogate */
static const char *codec_name(i64 limit) { return limit == 128 ? "ascii" : limit ? "latin-1" : "utf-8"; }

static int unencodable(uint32_t c, i64 limit) {
    return limit ? c >= (uint32_t)limit : c >= 0xD800 && c < 0xE000;
}

/* The code point at p[*i] of valid UTF-8; *i moves past it. */
static uint32_t next_cp(const uint8_t *p, i64 *i) {
    uint32_t c = p[(*i)++];
    int more = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
    c &= 0x7F >> more;
    while (more--)
        c = (c << 6) | (p[(*i)++] & 0x3F);
    return c;
}

/* CPython reports the whole run of characters the codec cannot encode. */
static void raise_encode(const rt_str *s, i64 at, i64 pos, uint32_t c, i64 limit) {
    const char *reason = limit == 128 ? "ordinal not in range(128)"
                         : limit ? "ordinal not in range(256)" : "surrogates not allowed";
    const uint8_t *p = (const uint8_t *)s->data;
    i64 end = pos + 1;
    while (at < s->len && unencodable(next_cp(p, &at), limit))
        end++;
    if (end - pos > 1) {
        rt_raisef(&rt_type_UnicodeEncodeError, "'%s' codec can't encode characters in position %d-%d: %s",
                  codec_name(limit), pos, end - 1, reason);
        return;
    }
    int nd = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
    char esc[11] = {'\\', nd == 2 ? 'x' : nd == 4 ? 'u' : 'U'};
    for (int k = 0; k < nd; k++)
        esc[2 + k] = hexd[c >> (4 * (nd - 1 - k)) & 15];
    rt_raisef(&rt_type_UnicodeEncodeError, "'%s' codec can't encode character '%s' in position %d: %s",
              codec_name(limit), esc, pos, reason);
}

/* 0, or -1 with UnicodeEncodeError when s holds a surrogate: what
 * encoding s as UTF-8 (str.encode(), writing it out) raises. */
i64 rt_str_check_utf8(rt_obj *o) {
    rt_str *s = (rt_str *)o;
    if (s->nchars == s->len)   /* ASCII */
        return 0;
    for (i64 i = 0, pos = 0; i < s->len; pos++) {
        uint32_t c = next_cp((const uint8_t *)s->data, &i);
        if (unencodable(c, 0)) {
            raise_encode(s, i, pos, c, 0);
            return -1;
        }
    }
    return 0;
}

rt_obj *rt_str_encode_8bit(rt_obj *o, i64 limit) {
    rt_str *s = (rt_str *)o;
    rt_bytes *b = (rt_bytes *)rt_bytes_zeros(s->nchars);
    for (i64 i = 0, pos = 0; b && i < s->len; pos++) {
        uint32_t c = next_cp((const uint8_t *)s->data, &i);
        if (c >= (uint32_t)limit) {
            raise_encode(s, i, pos, c, limit);
            return 0;
        }
        b->data[pos] = (uint8_t)c;
    }
    return &b->h;
}

struct latin1 { const uint8_t *d; i64 n; };

static void gen_latin1(rt_wbuf *w, const void *ctx) {
    const struct latin1 *x = ctx;
    char u[2];
    for (i64 i = 0; i < x->n; i++)
        rt_wbuf_put(w, u, rt_utf8_put(u, x->d[i]));
}

rt_obj *rt_bytes_decode_8bit(rt_obj *o, i64 limit) {
    struct latin1 x;
    x.d = rt_bytes_data(o, &x.n);
    for (i64 i = 0; limit == 128 && i < x.n; i++)
        if (x.d[i] >= 128) {
            rt_raisef(&rt_type_UnicodeDecodeError,
                      "'ascii' codec can't decode byte 0x%s in position %d: ordinal not in range(128)",
                      (char[3]){hexd[x.d[i] >> 4], hexd[x.d[i] & 15], 0}, i);
            return 0;
        }
    return rt_str_build(gen_latin1, &x);
}
