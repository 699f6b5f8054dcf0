/* format.c -- the format mini-language (format(), f-strings, str.format)
 * for int, float and str, following CPython 3.11's formatter_unicode.c:
 * [[fill]align][sign][z][#][0][width][,|_][.precision][type], with the
 * same defaults, padding, digit grouping and error messages.  Float digits
 * come from float.c's exact conversion, so every precision is correctly
 * rounded like CPython's.
 */
#include "core.h"

typedef struct {
    uint32_t fill;
    char align, sign, type, group; /* 0 when absent */
    int z, alt;
    i64 width, prec; /* -1 when absent */
} spec;

static int fail(const char *m)
{
    rt_raise_msg(&rt_type_ValueError, m);
    return 0;
}

/* A type character the way CPython's messages show it. */
static const char *code(uint32_t c, char *b)
{
    i64 n = 0;
    if (c > 32 && c < 128) { b[n++] = (char)c; }
    else {
        b[n++] = '\\';
        b[n++] = 'x';
        for (int sh = c > 0xFF ? (c > 0xFFFF ? 16 : 12) : 4; sh >= 0; sh -= 4) b[n++] = "0123456789abcdef"[c >> sh & 15];
    }
    b[n] = 0;
    return b;
}

static int unknown(uint32_t t, const char *tname)
{
    char b[12];
    rt_raisef(&rt_type_ValueError, "Unknown format code '%s' for object of type '%s'", code(t, b), tname);
    return 0;
}

static int is_align(uint32_t c) { return c == '<' || c == '>' || c == '^' || c == '='; }

/* Decodes up to max code points of s. */
static i64 cps(rt_str *s, uint32_t *out, i64 max)
{
    i64 n = 0;
    const uint8_t *p = (const uint8_t *)s->data, *e = p + s->len;
    while (p < e && n < max) {
        uint32_t c = *p++;
        if (c >= 0xC0) {
            int k = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
            c &= 0x3Fu >> k;
            while (k-- && p < e) c = c << 6 | (*p++ & 0x3F);
        }
        out[n++] = c;
    }
    return n;
}

static int read_num(const uint32_t *c, i64 n, i64 *pos, i64 *out)
{
    i64 v = 0, start = *pos;
    for (; *pos < n && c[*pos] >= '0' && c[*pos] <= '9'; ++*pos) {
        if (v > (INT64_MAX - 9) / 10) return fail("Too many decimal digits in format string");
        v = v * 10 + (c[*pos] - '0');
    }
    *out = *pos > start ? v : -1;
    return 1;
}

#define MAXSPEC 100

static int parse(rt_obj *so, spec *f, char defalign, char deftype, const char *tname)
{
    uint32_t c[MAXSPEC];
    rt_str *s = (rt_str *)so;
    i64 n = cps(s, c, MAXSPEC), i = 0;
    int fill_given = 0, align_given = 0;
    *f = (spec){.fill = ' ', .align = defalign, .type = deftype, .width = -1, .prec = -1};
    if (n >= 2 && is_align(c[1])) { f->fill = c[0]; f->align = (char)c[1]; i = 2; fill_given = align_given = 1; }
    else if (n >= 1 && is_align(c[0])) { f->align = (char)c[0]; i = 1; align_given = 1; }
    if (i < n && (c[i] == '+' || c[i] == '-' || c[i] == ' ')) f->sign = (char)c[i++];
    if (i < n && c[i] == 'z') { f->z = 1; i++; }
    if (i < n && c[i] == '#') { f->alt = 1; i++; }
    if (!fill_given && i < n && c[i] == '0') {
        f->fill = '0';
        if (!align_given && defalign == '>') f->align = '=';
        i++;
    }
    if (!read_num(c, n, &i, &f->width)) return 0;
    if (i < n && c[i] == ',') { f->group = ','; i++; }
    if (i < n && c[i] == '_') {
        if (f->group) return fail("Cannot specify both ',' and '_'.");
        f->group = '_';
        i++;
    }
    if (i < n && c[i] == ',' && f->group == '_') return fail("Cannot specify both ',' and '_'.");
    if (i < n && c[i] == '.') {
        i++;
        if (!read_num(c, n, &i, &f->prec)) return 0;
        if (f->prec < 0) return fail("Format specifier missing precision");
    }
    if (n - i > 1 || s->nchars > MAXSPEC) {
        rt_raisef(&rt_type_ValueError, "Invalid format specifier '%S' for object of type '%s'", so, tname);
        return 0;
    }
    uint32_t t = n - i == 1 ? c[i] : (uint32_t)deftype;
    if (t >= 0x80) return unknown(t, tname);
    f->type = (char)t;
    if (f->group) {
        const char *ok = f->group == '_' ? "defgEG%FboxX" : "defgEG%F";
        int good = f->type == 0;
        for (const char *p = ok; *p; p++) good |= *p == f->type;
        if (!good) {
            char g[2] = {f->group, 0}, b[12];
            rt_raisef(&rt_type_ValueError, "Cannot specify '%s' with '%s'.", g, code((uint8_t)f->type, b));
            return 0;
        }
    }
    return 1;
}

/* ---- assembling a number ---------------------------------------------- */

/* [pad][sign][prefix][pad][digits, grouped and zero-padded][rest][pad] */
typedef struct {
    const spec *f;
    char sign;
    const char *prefix, *digits, *rest;
    i64 nprefix, ndigits, nrest, nrest_cps;
    i64 group, zdigits; /* group size (0: none); digit count after zero padding */
    i64 lpad, mpad, rpad;
} num;

/* Digits after zero padding to min_width, as CPython's grouping loop
 * counts them (a separator is never the first character). */
static i64 padded_digits(i64 nd, i64 min_width, i64 g)
{
    if (!g) return nd > min_width ? nd : min_width;
    i64 total = 0;
    for (;;) {
        i64 l = nd > min_width ? nd : min_width;
        l = l < 1 ? 1 : l > g ? g : l;
        total += l;
        nd -= nd < l ? nd : l;
        min_width -= l;
        if (nd <= 0 && min_width <= 0) return total;
        min_width--;
    }
}

static void fill(rt_wbuf *w, uint32_t c, i64 n)
{
    char b[4];
    i64 k = rt_utf8_put(b, c);
    for (i64 i = 0; i < n; i++) rt_wbuf_put(w, b, k);
}

static void gen_num(rt_wbuf *w, const void *cx)
{
    const num *x = cx;
    fill(w, x->f->fill, x->lpad);
    rt_wbuf_put(w, &x->sign, x->sign != 0);
    rt_wbuf_put(w, x->prefix, x->nprefix);
    fill(w, x->f->fill, x->mpad);
    for (i64 k = x->zdigits - 1; k >= 0; k--) {
        rt_wbuf_put(w, k < x->ndigits ? x->digits + x->ndigits - 1 - k : "0", 1);
        if (x->group && k && k % x->group == 0) rt_wbuf_put(w, &x->f->group, 1);
    }
    rt_wbuf_put(w, x->rest, x->nrest);
    fill(w, x->f->fill, x->rpad);
}

static rt_obj *layout(num *x, int neg)
{
    const spec *f = x->f;
    x->sign = neg ? '-' : f->sign == '+' ? '+' : f->sign == ' ' ? ' ' : 0;
    x->group = !f->group || !x->ndigits ? 0 : f->group == '_' && (f->type == 'b' || f->type == 'o' || (f->type | 32) == 'x') ? 4 : 3;
    i64 other = (x->sign != 0) + x->nprefix + x->nrest_cps;
    int zpad = f->fill == '0' && f->align == '=' && x->ndigits;
    x->zdigits = padded_digits(x->ndigits, zpad ? f->width - other : 0, x->group);
    i64 total = other + x->zdigits + (x->group && x->zdigits ? (x->zdigits - 1) / x->group : 0);
    i64 pad = f->width > total ? f->width - total : 0;
    x->lpad = f->align == '>' ? pad : f->align == '^' ? pad / 2 : 0;
    x->mpad = f->align == '=' ? pad : 0;
    x->rpad = pad - x->lpad - x->mpad;
    return rt_str_build(gen_num, x);
}

/* ---- float ------------------------------------------------------------ */

struct fbody { const char *d; i64 nd, decpt, frac; int expo, dot; char ech, pct; const char *special; };

static void gen_body(rt_wbuf *w, const void *cx)
{
    const struct fbody *b = cx;
    if (b->special) rt_wbuf_put(w, b->special, 3);
    else rt_put_decimal(w, b->d, b->nd, b->decpt, b->expo, b->frac, b->dot, b->ech);
    rt_wbuf_put(w, "%", b->pct);
}

static rt_obj *float_spec(double v, const spec *f)
{
    char t = f->type, buf[RT_FLOAT_DIGITS];
    int add_dot0 = t == 0, upper = t == 'E' || t == 'F' || t == 'G';
    i64 prec = f->prec;
    if (t == 0) t = 'r';
    if (t == 'n') t = 'g';
    if (t == '%') { t = 'f'; v *= 100; }
    t = (char)(t | 32);
    if (prec < 0) prec = t == 'r' ? 0 : 6;
    else if (t == 'r') t = 'g';
    if (t == 'g' && prec == 0) prec = 1;
    struct fbody b = {.d = buf, .nd = 0, .decpt = 1, .ech = upper ? 'E' : 'e', .pct = f->type == '%', .dot = f->alt};
    int neg = __builtin_signbit(v) && v == v;
    double a = neg ? -v : v;
    if (a != a) b.special = upper ? "NAN" : "nan";
    else if (a - a != 0) b.special = upper ? "INF" : "inf";
    else if (a != 0) b.nd = rt_float_digits(a, t == 'r' ? 0 : t == 'f' ? 3 : 2, t == 'e' ? prec + 1 : prec, buf, &b.decpt);
    if (!b.special && b.nd == 0) {
        buf[0] = '0';
        b.nd = 1;
        b.decpt = 1;
        if (f->z) neg = 0;
    }
    if (t == 'e' || t == 'f') { b.expo = t == 'e'; b.frac = prec; }
    else {
        b.expo = t == 'r' ? b.decpt <= -4 || b.decpt > 16 : b.decpt <= -4 || b.decpt > prec - add_dot0;
        if (f->alt && t == 'g') b.frac = b.expo ? prec - 1 : prec - b.decpt;
        else b.frac = add_dot0 && !b.expo;
    }
    rt_str *body = (rt_str *)rt_str_build(gen_body, &b);
    if (!body) return NULL;
    num x = {.f = f, .digits = body->data, .prefix = ""};
    while (x.ndigits < body->len && body->data[x.ndigits] >= '0' && body->data[x.ndigits] <= '9') x.ndigits++;
    x.rest = body->data + x.ndigits;
    x.nrest = x.nrest_cps = body->len - x.ndigits;
    return layout(&x, neg);
}

static int float_type(char t)
{
    for (const char *p = "eEfFgGn%"; *p; p++)
        if (*p == t) return 1;
    return t == 0;
}

rt_obj *rt_format_float(double v, rt_obj *so)
{
    spec f;
    if (((rt_str *)so)->len == 0) return rt_float_repr(v);
    if (v != v && rt_num_kind(v))   /* an int held where float is declared */
        return rt_format_int(rt_num_int(v), so);
    if (!parse(so, &f, '>', 0, "float")) return NULL;
    if (!float_type(f.type))
        return unknown((uint8_t)f.type, "float"), NULL;
    return float_spec(v, &f);
}

/* ---- int -------------------------------------------------------------- */

static rt_obj *format_char(i64 v, const spec *f)
{
    char b[4];
    if (f->sign) return fail("Sign not allowed with integer format specifier 'c'"), NULL;
    if (f->alt) return fail("Alternate form (#) not allowed with integer format specifier 'c'"), NULL;
    if (v < 0 || v > 0x10FFFF) {
        rt_raise_msg(&rt_type_OverflowError, "%c arg not in range(0x110000)");
        return NULL;
    }
    num x = {.f = f, .prefix = "", .digits = "", .rest = b, .nrest = rt_utf8_put(b, (uint32_t)v), .nrest_cps = 1};
    return layout(&x, 0);
}

static rt_obj *format_integer(i64 v, rt_obj *so, const char *type_name);

rt_obj *rt_format_int(i64 v, rt_obj *so)
{
    return ((rt_str *)so)->len == 0 ? rt_int_to_str(v) : format_integer(v, so, "int");
}

/* bool's __format__ is int's: its str only for the empty spec */
rt_obj *rt_format_bool(i64 v, rt_obj *so)
{
    return ((rt_str *)so)->len == 0 ? rt_str_from_cstr(v ? "True" : "False") : format_integer(v, so, "bool");
}

static rt_obj *format_integer(i64 v, rt_obj *so, const char *type_name)
{
    spec f;
    if (!parse(so, &f, '>', 'd', type_name)) return NULL;
    if (float_type(f.type) && f.type != 'n') return float_spec((double)v, &f);
    char t = f.type;
    if (t != 'b' && t != 'c' && t != 'd' && t != 'o' && t != 'x' && t != 'X' && t != 'n')
        return unknown((uint8_t)t, type_name), NULL;
    if (f.prec >= 0) return fail("Precision not allowed in integer format specifier"), NULL;
    if (f.z) return fail("Negative zero coercion (z) not allowed in integer format specifier"), NULL;
    if (t == 'c') return format_char(v, &f);
    unsigned base = t == 'b' ? 2 : t == 'o' ? 8 : (t | 32) == 'x' ? 16 : 10;
    const char *dig = t == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    char buf[64], *e = buf + sizeof buf, *p = e;
    uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;
    do *--p = dig[u % base]; while ((u /= base) != 0);
    char pre[2] = {'0', base == 2 ? 'b' : base == 8 ? 'o' : t};
    num x = {.f = &f, .prefix = pre, .nprefix = f.alt && base != 10 ? 2 : 0, .digits = p, .ndigits = e - p, .rest = ""};
    return layout(&x, v < 0);
}

/* ---- str -------------------------------------------------------------- */

rt_obj *rt_format_str(rt_obj *s, rt_obj *so)
{
    spec f;
    if (((rt_str *)so)->len == 0) return s;
    if (!parse(so, &f, '<', 's', "str")) return NULL;
    if (f.type != 's')
        return unknown((uint8_t)f.type, "str"), NULL;
    if (f.sign == ' ') return fail("Space not allowed in string format specifier"), NULL;
    if (f.sign) return fail("Sign not allowed in string format specifier"), NULL;
    if (f.z) return fail("Negative zero coercion (z) not allowed in string format specifier"), NULL;
    if (f.alt) return fail("Alternate form (#) not allowed in string format specifier"), NULL;
    if (f.align == '=') return fail("'=' alignment not allowed in string format specifier"), NULL;
    if (f.prec >= 0 && f.prec < rt_str_len(s)) s = rt_str_slice(s, 0, f.prec, 1, RT_HAS_STOP);
    if (!s) return NULL;
    i64 pad = f.width - rt_str_len(s), left = f.align == '>' ? pad : f.align == '^' ? pad / 2 : 0;
    return rt_str_pad(s, left, pad - left, f.fill, 0);
}
