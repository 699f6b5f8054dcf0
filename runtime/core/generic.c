/* generic.c -- operations on a word of a known kind: boxing, repr/str,
 * ==, <, hash (CPython's numeric hashes), truth, and the builtin type tables.
 * Also the small string builder and formatter the core uses for reprs
 * and error messages. */
#include "core.h"

void *memcpy(void *d, const void *s, size_t n);

#define HASH_MOD ((uint64_t)0x1fffffffffffffff) /* 2**61 - 1 */
#define HASH_BITS 61
#define HASH_INF 314159

i64 rt_unhashable(rt_obj *o) {
    rt_raisef(&rt_type_TypeError, "unhashable type: '%s'", rt_short_name(o->type));
    return 0;
}

/* ---- numeric boxes ---- */

static const uint8_t k_i64[] = {RT_I64}, k_f64[] = {RT_F64}, k_bool[] = {RT_BOOL},
                     k_u64[] = {RT_U64};

static i64 box_kind(rt_obj *o) { return o->type->field_kinds[0]; }

static int is_num(rt_obj *o) {
    return o && o->type->layout == RT_L_FIELDS && o->type->nfields == 1 &&
           (o->type == &rt_type_float || rt_isinstance(o, &rt_type_int));
}

static double as_double(rt_word w, i64 k) {
    if (k == RT_F64) {
        double d;
        memcpy(&d, &w, 8);
        return rt_num_float(d);   /* an int held where float is declared */
    }
    return k == RT_U64 ? (double)w : (double)(i64)w;
}

/* -1/0/1, or 2 when unordered (NaN). */
static int num_cmp(rt_obj *a, rt_obj *b) {
    rt_word x = ((rt_box *)a)->v, y = ((rt_box *)b)->v;
    i64 ka = box_kind(a), kb = box_kind(b);
    if (ka == RT_F64 || kb == RT_F64) {
        double p = as_double(x, ka), q = as_double(y, kb);
        return p < q ? -1 : p > q ? 1 : p == q ? 0 : 2;
    }
    int na = ka != RT_U64 && (i64)x < 0, nb = kb != RT_U64 && (i64)y < 0;
    if (na != nb)
        return na ? -1 : 1;
    return x < y ? -1 : x > y;
}

/* A number and an object of another class (a complex, a compiled class):
 * int.__eq__ gives NotImplemented, so the other side's eq decides. */
static i64 box_eq(rt_obj *a, rt_obj *b) {
    if (is_num(b))
        return num_cmp(a, b) == 0;
    return b->type->layout == RT_L_FIELDS && b->type->eq ? b->type->eq(b, a) : 0;
}

static i64 unorderable(const char *a, const char *b) {
    rt_raisef(&rt_type_TypeError, "'<' not supported between instances of '%s' and '%s'", a, b);
    return 0;
}

static i64 box_lt(rt_obj *a, rt_obj *b) {
    if (!is_num(b))
        return unorderable(rt_short_name(a->type), rt_kind_name((rt_word)(uintptr_t)b, RT_OBJ));
    return num_cmp(a, b) == -1;
}

static i64 box_hash(rt_obj *o) { return rt_hash(((rt_box *)o)->v, box_kind(o)); }
static rt_obj *box_repr(rt_obj *o) { return rt_repr(((rt_box *)o)->v, box_kind(o)); }

#define NUMTYPE(var, nm, basep, kinds)                                        \
    const rt_type var = {nm, "builtins", basep, RT_L_FIELDS, 1, kinds,         \
                         box_repr, 0, box_hash, box_eq, box_lt, 0}
NUMTYPE(rt_type_int, "int", &rt_type_object, k_i64);
NUMTYPE(rt_type_float, "float", &rt_type_object, k_f64);
NUMTYPE(rt_type_bool, "bool", &rt_type_int, k_bool);
static NUMTYPE(type_u64, "int", &rt_type_int, k_u64);

static const rt_box box_false = {{&rt_type_bool, 0}, 0}, box_true = {{&rt_type_bool, 0}, 1};

static rt_obj *box(const rt_type *t, rt_word v) {
    rt_box *b = (rt_box *)rt_alloc(t, sizeof(rt_box));
    if (b)
        b->v = v;
    return &b->h;
}

/* CPython keeps one object for each int in -5..256: so do we, so that `is`
 * and id() of small ints agree with it (and boxing them allocates nothing). */
enum { SMALL_MIN = -5, SMALL_MAX = 256 };
static rt_box small_ints[SMALL_MAX - SMALL_MIN + 1];

rt_obj *rt_box_int(i64 v) {
    if (v < SMALL_MIN || v > SMALL_MAX)
        return box(&rt_type_int, (rt_word)v);
    rt_box *b = &small_ints[v - SMALL_MIN];
    if (!b->h.type) {
        b->h.type = &rt_type_int;
        b->v = (rt_word)v;
    }
    return &b->h;
}
rt_obj *rt_box_u64(uint64_t v) { return box(&type_u64, v); }
rt_obj *rt_box_bool(i64 v) { return (rt_obj *)(v ? &box_true : &box_false); }
rt_obj *rt_box_float(double v) {
    if (v != v && rt_num_kind(v))   /* an int held where float is declared */
        return rt_num_kind(v) == 2 ? rt_box_bool(rt_num_int(v)) : rt_box_int(rt_num_int(v));
    rt_word w;
    memcpy(&w, &v, 8);
    return box(&rt_type_float, w);
}

/* The value of an object mypy types as float: a float box, or an int or
 * bool box (float accepts int), converted. */
double rt_unbox_float(rt_obj *o) {
    rt_word w = ((rt_box *)o)->v;
    i64 k = box_kind(o);
    if (k == RT_BOOL)   /* kept what it is: the value is tagged (num.c) */
        return rt_num_from_bool((i64)w);
    if (k == RT_I64 && (i64)w >= -((i64)1 << 49) && (i64)w < ((i64)1 << 49))
        return rt_num_from_int((i64)w);
    return as_double(w, k);
}

/* The value of an object typed Any (int ** int) read as an int. */
i64 rt_unbox_int(rt_obj *o) {
    if (o && o->type != &rt_type_float && is_num(o))
        return (i64)((rt_box *)o)->v;
    rt_raisef(&rt_type_TypeError, "unicc: %s where an int is declared",
              rt_kind_name((rt_word)(uintptr_t)o, RT_OBJ));
    return 0;
}

/* ---- the other builtin types ---- */

const rt_type rt_type_object = {"object", "builtins", 0, RT_L_FIELDS, 0, 0, 0, 0, 0, 0, 0, 0};
rt_obj *rt_object_new(void) { return rt_alloc(&rt_type_object, sizeof(rt_obj)); }

const rt_type rt_type_NoneType = {"NoneType", "builtins", &rt_type_object, RT_L_FIELDS,
                                  0, 0, 0, 0, 0, 0, 0, 0};
const rt_type rt_type_list = {"list", "builtins", &rt_type_object, RT_L_LIST, 0, 0,
                              rt_list_repr, 0, rt_unhashable, rt_list_eq, rt_list_lt, 0};
const rt_type rt_type_tuple = {"tuple", "builtins", &rt_type_object, RT_L_TUPLE, 0, 0,
                               rt_tuple_repr, 0, rt_tuple_hash, rt_tuple_eq, rt_tuple_lt, 0};
const rt_type rt_type_dict = {"dict", "builtins", &rt_type_object, RT_L_DICT, 0, 0,
                              rt_dict_repr, 0, rt_unhashable, rt_dict_eq, 0, 0};
const rt_type rt_type_set = {"set", "builtins", &rt_type_object, RT_L_SET, 0, 0,
                             rt_set_repr, 0, rt_unhashable, rt_set_eq, 0, 0};
const rt_type rt_type_frozenset = {"frozenset", "builtins", &rt_type_object, RT_L_SET, 0, 0,
                                   rt_set_repr, 0, rt_frozenset_hash, rt_set_eq, 0, 0};
const rt_type rt_type_words = {"words", "builtins", &rt_type_object, RT_L_WORDS, 0, 0,
                               0, 0, 0, 0, 0, 0};
const rt_type rt_type_raw = {"raw", "builtins", &rt_type_object, RT_L_RAW, 0, 0,
                             0, 0, 0, 0, 0, 0};

/* ---- generic dispatch ---- */

const char *rt_kind_name(rt_word w, i64 kind) {
    static const char *const names[] = {"int", "float", "bool", "", "int"};
    if (kind != RT_OBJ)
        return names[kind];
    return w ? rt_short_name(((rt_obj *)(uintptr_t)w)->type) : "NoneType";
}

/* __name__: the descriptor holds __qualname__ (f.<locals>.C for a class
 * defined in a function), whose last part is the name messages show. */
const char *rt_short_name(const rt_type *t) {
    const char *s = t->name;
    for (const char *p = s; *p; p++)
        if (*p == '.')
            s = p + 1;
    return s;
}

int rt_streq(const char *a, const char *b) {
    while (*a && *a == *b)
        a++, b++;
    return *a == *b;
}

/* <__main__.Point object at 0x7f...>, or Name('msg') for exceptions. */
static rt_obj *default_repr(rt_obj *o) {
    const rt_type *t = o->type;
    if (rt_isinstance(o, &rt_type_BaseException))
        return rt_exc_repr(o);
    rt_obj *addr = rt_int_to_base((i64)(uintptr_t)o, 16);
    if (!addr)
        return 0;
    if (rt_streq(t->module, "builtins"))
        return rt_strf("<%s object at %S>", t->name, addr);
    return rt_strf("<%s.%s object at %S>", t->module, t->name, addr);
}

rt_obj *rt_repr(rt_word w, i64 kind) {
    switch (kind) {
    case RT_I64:
        return rt_int_to_str((i64)w);
    case RT_U64:
        return rt_u64_to_str(w);
    case RT_F64: {   /* as it is: an int held where float is declared prints as one */
        double d;
        memcpy(&d, &w, 8);
        return rt_float_repr(d);
    }
    case RT_BOOL:
        return w ? rt_str_new("True", 4) : rt_str_new("False", 5);
    }
    rt_obj *o = (rt_obj *)(uintptr_t)w;
    if (!o)
        return rt_str_new("None", 4);
    return o->type->repr ? o->type->repr(o) : default_repr(o);
}

rt_obj *rt_to_str(rt_word w, i64 kind) {
    rt_obj *o = (rt_obj *)(uintptr_t)w;
    if (kind != RT_OBJ || !o)
        return rt_repr(w, kind);
    if (o->type == &rt_type_str)
        return o;
    if (o->type->str)
        return o->type->str(o);
    if (rt_isinstance(o, &rt_type_BaseException))
        return rt_exc_str(o);
    return rt_repr(w, kind);
}

static int bytes_like(const rt_type *t) {
    return t->layout == RT_L_BYTES || t->layout == RT_L_BYTEARRAY || t->layout == RT_L_BUFFER;
}

/* Whether x's eq/lt may see y: builtin types other than numbers (boxes
 * are RT_L_FIELDS, like user classes) only compare with their own type,
 * except bytes with bytearray and buffers, and tuples with NamedTuples. */
static int comparable(rt_obj *x, rt_obj *y) {
    return x->type == y->type || x->type->layout == RT_L_FIELDS ||
           (bytes_like(x->type) && bytes_like(y->type)) ||
           (x->type->layout == RT_L_TUPLE && y->type->layout == RT_L_TUPLE) ||
           (x->type->layout == RT_L_SET && y->type->layout == RT_L_SET);   /* set == frozenset */
}

i64 rt_eq(rt_word a, rt_word b, i64 kind) {
    if (kind == RT_F64)
        return as_double(a, RT_F64) == as_double(b, RT_F64);
    rt_obj *x = (rt_obj *)(uintptr_t)a, *y = (rt_obj *)(uintptr_t)b;
    if (kind == RT_OBJ && rt_is_dictview(y) && !rt_is_dictview(x)) {   /* {1} == d.keys() */
        rt_obj *t = x;
        x = y;
        y = t;
    }
    if (kind != RT_OBJ || !x || !y || !x->type->eq)
        return a == b;
    return comparable(x, y) && x->type->eq(x, y);
}

i64 rt_same(rt_word a, rt_word b, i64 kind) { return a == b || rt_eq(a, b, kind); }

/* rt_same of words of two kinds (the items of a list[object] and a
 * list[int]): different kinds compare as boxes. */
i64 rt_same_kinds(rt_word a, i64 ka, rt_word b, i64 kb) {
    if (ka == kb)
        return rt_same(a, b, ka);
    a = rt_word_as(a, ka, RT_OBJ);
    b = a && !rt_exc ? rt_word_as(b, kb, RT_OBJ) : 0;
    return b && !rt_exc && rt_same(a, b, RT_OBJ);
}

i64 rt_lt(rt_word a, rt_word b, i64 kind) {
    switch (kind) {
    case RT_I64:
        return (i64)a < (i64)b;
    case RT_F64:
        return as_double(a, RT_F64) < as_double(b, RT_F64);
    case RT_BOOL:
    case RT_U64:
        return a < b;
    }
    rt_obj *x = (rt_obj *)(uintptr_t)a, *y = (rt_obj *)(uintptr_t)b;
    if (x && y && x->type->lt && comparable(x, y))
        return x->type->lt(x, y);
    return unorderable(rt_kind_name(a, kind), rt_kind_name(b, kind));
}

static i64 hash_u64(uint64_t v) { return (i64)(v % HASH_MOD); }

static i64 hash_i64(i64 v) {
    if (v >= 0)
        return hash_u64((uint64_t)v);
    i64 h = -hash_u64(-(uint64_t)v);
    return h == -1 ? -2 : h;
}

/* CPython's _Py_HashDouble: the value of the float modulo 2**61 - 1, so
 * that equal ints and floats hash alike.  NaN hashes to 0 (CPython uses
 * the object's address, which an unboxed word lacks). */
static i64 hash_double(double v) {
    if (v != v)
        return 0;
    if (v - v != 0)
        return v > 0 ? HASH_INF : -HASH_INF;
    uint64_t bits;
    memcpy(&bits, &v, 8);
    int e = (int)((bits >> 52) & 0x7ff), adj = 0, sign = 1;
    if (v == 0)
        return 0;
    if (e == 0) { /* subnormal: scale into the normal range */
        v *= 18446744073709551616.0;
        memcpy(&bits, &v, 8);
        e = (int)((bits >> 52) & 0x7ff);
        adj = 64;
    }
    e = e - 1022 - adj;
    bits = (bits & ~((uint64_t)0xfff << 52)) | ((uint64_t)1022 << 52);
    double m;
    memcpy(&m, &bits, 8); /* |v| = m * 2**e, 0.5 <= m < 1 */
    if (v < 0)
        sign = -1;
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MOD) | x >> (HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MOD)
            x -= HASH_MOD;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MOD) | x >> (HASH_BITS - e);
    i64 h = (i64)x * sign;
    return h == -1 ? -2 : h;
}

i64 rt_hash(rt_word w, i64 kind) {
    switch (kind) {
    case RT_I64:
        return hash_i64((i64)w);
    case RT_U64:
        return hash_u64(w);
    case RT_BOOL:
        return (i64)w;
    case RT_F64:
        return hash_double(as_double(w, RT_F64));
    }
    rt_obj *o = (rt_obj *)(uintptr_t)w;
    if (o && o->type->hash)
        return o->type->hash(o);
    uintptr_t y = (uintptr_t)o; /* identity hash, as _Py_HashPointer */
    i64 h = (i64)((y >> 4) | (y << (8 * sizeof(y) - 4)));
    return h == -1 ? -2 : h;
}

/* ---- recursion guard for container reprs ([[...]] as CPython) ---- */

#define REPR_DEPTH 64
static rt_obj *repr_stack[REPR_DEPTH];
static int repr_depth;

i64 rt_repr_enter(const void *o) {
    for (int i = 0; i < repr_depth && i < REPR_DEPTH; i++)
        if (repr_stack[i] == o)
            return 0;
    if (repr_depth < REPR_DEPTH)
        repr_stack[repr_depth] = (rt_obj *)(uintptr_t)o;
    repr_depth++;
    return 1;
}

void rt_repr_leave(void) { repr_depth--; }

/* ---- string building ---- */

void rt_sb_add(rt_sb *b, const char *s, i64 n) {
    if (b->len < 0)
        return;
    i64 cap = b->buf ? b->buf->cap : 0;
    if (b->len + n + 1 > cap) {
        i64 nc = cap * 2 > b->len + n + 1 ? cap * 2 : b->len + n + 64;
        rt_raw *r = rt_raw_new(nc);
        if (!r) {
            b->len = -1;
            return;
        }
        if (b->len)
            memcpy(r->data, b->buf->data, (size_t)b->len);
        b->buf = r;
    }
    memcpy(b->buf->data + b->len, s, (size_t)n);
    b->len += n;
}

void rt_sb_cstr(rt_sb *b, const char *s) {
    i64 n = 0;
    while (s[n])
        n++;
    rt_sb_add(b, s, n);
}

void rt_sb_str(rt_sb *b, rt_obj *s) { rt_sb_add(b, ((rt_str *)s)->data, ((rt_str *)s)->len); }

i64 rt_sb_repr(rt_sb *b, rt_word w, i64 kind) {
    rt_obj *r = rt_repr(w, kind);
    if (!r) {
        b->len = -1;
        return 0;
    }
    rt_sb_str(b, r);
    return b->len >= 0;
}

rt_obj *rt_sb_done(rt_sb *b) {
    if (b->len < 0)
        return 0;
    return rt_str_new(b->buf ? (const char *)b->buf->data : "", b->len);
}

rt_obj *rt_vstrf(const char *fmt, va_list ap) {
    rt_sb b = {0, 0};
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') {
            rt_sb_add(&b, p, 1);
            continue;
        }
        switch (*++p) {
        case 's':
            rt_sb_cstr(&b, va_arg(ap, const char *));
            break;
        case 'S':
            rt_sb_str(&b, va_arg(ap, rt_obj *));
            break;
        case 'R': {
            rt_word w = va_arg(ap, rt_word);
            rt_sb_repr(&b, w, va_arg(ap, i64));
            break;
        }
        case 'd': {
            rt_obj *s = rt_int_to_str(va_arg(ap, i64));
            if (s)
                rt_sb_str(&b, s);
            else
                b.len = -1;
            break;
        }
        default:
            rt_sb_add(&b, p, 1);
        }
    }
    return rt_sb_done(&b);
}

rt_obj *rt_strf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    rt_obj *s = rt_vstrf(fmt, ap);
    va_end(ap);
    return s;
}

/* bool(x) for a value whose static type is a union: None, zero numbers and
 * empty containers are false. */
i64 rt_truth(rt_word w, i64 kind) {
    if (kind != RT_OBJ)
        return kind == RT_F64 ? as_double(w, RT_F64) != 0 : w != 0;
    rt_obj *o = (rt_obj *)(uintptr_t)w;
    if (!o)
        return 0;
    const rt_type *t = o->type;
    if (t == &rt_type_int || t == &rt_type_bool)
        return ((rt_word *)(o + 1))[0] != 0;
    if (t == &rt_type_float)
        return (((rt_word *)(o + 1))[0] << 1) != 0;
    switch (t->layout) {
    case RT_L_STR:
        return ((rt_str *)o)->len != 0;
    case RT_L_BYTES:
    case RT_L_BYTEARRAY:
    case RT_L_BUFFER:
        return rt_bytes_len(o) != 0;
    case RT_L_LIST:
        return ((rt_list *)o)->len != 0;
    case RT_L_TUPLE:
        return ((rt_tuple *)o)->len != 0;
    case RT_L_DICT:
        return rt_dict_len(o) != 0;
    case RT_L_SET:
        return rt_set_len(o) != 0;
    }
    if (t == &rt_type_range)
        return rt_range_len(o) != 0;
    return 1;
}
