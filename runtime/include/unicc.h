/* unicc.h -- the ABI between compiled code and the runtime.
 *
 * Conventions (the compiler relies on every one of them):
 *  - Every value is one 64-bit word: int and the fixed-width ints (sign- or
 *    zero-extended), float (bit pattern of a double), bool (0/1), or a pointer
 *    to an object (NULL means None).  Containers and object fields store words.
 *  - Every heap object starts with an rt_obj header.  Constant objects (string
 *    literals) are emitted by the compiler in read-only data with gc == 0 and
 *    the same layout; the collector ignores pointers outside its heap.
 *  - Errors: a function that fails stores the exception in rt_exc and returns
 *    0 / NULL.  The caller tests rt_exc after every call that can raise.
 *  - All functions named rt_* are the only entry points compiled code uses.
 */
#ifndef UNICC_H
#define UNICC_H

#include <stddef.h>
#include <stdint.h>

typedef int64_t i64;
typedef uint64_t rt_word;

/* Kinds of a word, for containers and object fields. */
enum rt_kind { RT_I64 = 0, RT_F64 = 1, RT_BOOL = 2, RT_OBJ = 3, RT_U64 = 4 };

/* Layout kinds of an object, read by the collector and by generic ops. */
enum rt_layout {
    RT_L_FIELDS = 0,    /* nfields words after the header, kinds in field_kinds */
    RT_L_STR = 1,       /* rt_str */
    RT_L_BYTES = 2,     /* rt_bytes (immutable) */
    RT_L_BYTEARRAY = 3, /* rt_bytearray */
    RT_L_LIST = 4,      /* rt_list */
    RT_L_DICT = 5,      /* rt_dict */
    RT_L_SET = 6,       /* rt_set */
    RT_L_WORDS = 7,     /* rt_words: internal array of words of one kind */
    RT_L_RAW = 8,       /* rt_raw: internal bytes, never scanned */
    RT_L_TUPLE = 9,     /* rt_tuple: n words, kinds in the tuple's own kinds */
    RT_L_BUFFER = 10,   /* rt_buffer: zero-copy view */
    RT_L_GEN = 11,      /* rt_gen: a generator/coroutine frame, fields as RT_L_FIELDS */
};

struct rt_type;

typedef struct rt_obj {
    const struct rt_type *type;
    uint64_t gc; /* owned by the collector; 0 in constant objects */
} rt_obj;

typedef struct rt_type {
    const char *name;            /* "KeyError", "Point" */
    const char *module;          /* "builtins", "__main__", "pkg.mod" */
    const struct rt_type *base;  /* superclass, NULL for object */
    uint32_t layout;             /* enum rt_layout */
    uint32_t nfields;            /* RT_L_FIELDS: words after the header */
    const uint8_t *field_kinds;  /* RT_L_FIELDS: enum rt_kind per field */
    rt_obj *(*repr)(rt_obj *self); /* NULL: <module.Name object> */
    rt_obj *(*str)(rt_obj *self);  /* NULL: repr */
    i64 (*hash)(rt_obj *self);     /* NULL: identity hash */
    i64 (*eq)(rt_obj *a, rt_obj *b); /* NULL: identity; returns 0/1 */
    i64 (*lt)(rt_obj *a, rt_obj *b); /* NULL: TypeError on ordering */
    void *const *vtable;         /* compiled classes: method table */
    /* Iterators: the next item, as a word of kind `want`; when exhausted,
     * sets rt_iter_stop and returns 0.  NULL: not an iterator. */
    rt_word (*iternext)(rt_obj *self, i64 want);
    /* Iterables with __iter__ (compiled classes): the iterator, or NULL with
     * rt_exc set.  NULL: iterable only if the layout is a builtin one. */
    rt_obj *(*iter)(rt_obj *self);
    /* The bases after the first of a class statement (NULL-terminated), or
     * NULL: isinstance() and except look through them too. */
    const struct rt_type *const *mixins;
} rt_type;

/* Builtin object layouts. */
typedef struct rt_str {
    rt_obj h;
    i64 len;      /* bytes of UTF-8 */
    i64 nchars;   /* code points; == len when ASCII */
    i64 hash;     /* cached, 0 = not yet computed */
    char data[];  /* UTF-8, NUL-terminated for convenience */
} rt_str;

typedef struct rt_bytes {
    rt_obj h;
    i64 len;
    i64 hash;
    uint8_t data[];
} rt_bytes;

typedef struct rt_raw {
    rt_obj h;
    i64 cap;
    uint8_t data[];
} rt_raw;

typedef struct rt_bytearray {
    rt_obj h;
    i64 len;
    rt_raw *store;
} rt_bytearray;

typedef struct rt_words {
    rt_obj h;
    i64 cap;
    i64 kind;     /* enum rt_kind of every element */
    rt_word data[];
} rt_words;

typedef struct rt_list {
    rt_obj h;
    i64 len;
    i64 kind;     /* enum rt_kind of the elements */
    rt_words *items; /* capacity = items->cap; may be NULL when empty */
} rt_list;

typedef struct rt_tuple {
    rt_obj h;
    i64 len;
    const uint8_t *kinds; /* static array, one enum rt_kind per item */
    rt_word items[];
} rt_tuple;

/* Zero-copy view over a bytes/bytearray/raw store: slices share memory.
 * Every field is a word (pointers in the low half on 32-bit targets), so
 * compiled code reads len at word 0 and ptr at word 2 on every target. */
typedef struct rt_buffer {
    rt_obj h;
    i64 len;
    union { rt_obj *base; rt_word base_word; };  /* keeps the storage alive */
    union { uint8_t *ptr; rt_word ptr_word; };   /* first byte of the view */
    i64 wlen;     /* bytes writes may reach: len, or 0 for a view of (immutable) bytes */
} rt_buffer;

/* Builtin types (defined by the runtime). */
extern const rt_type rt_type_object, rt_type_int, rt_type_float, rt_type_bool,
    rt_type_str, rt_type_bytes, rt_type_bytearray, rt_type_list, rt_type_dict,
    rt_type_set, rt_type_frozenset, rt_type_tuple, rt_type_words, rt_type_raw, rt_type_buffer,
    rt_type_NoneType;
/* Builtin exceptions (exc_types.h), layout RT_L_FIELDS: rt_exception. */
#define EXC(name, base, extra) extern const rt_type rt_type_##name;
#include "exc_types.h"
#undef EXC
extern const rt_type rt_type_CancelledError;

typedef struct rt_exception {
    rt_obj h;
    union { rt_obj *args; rt_word args_word; };       /* tuple of the constructor's arguments; NULL = () */
    union { rt_obj *cause; rt_word cause_word; };     /* __cause__ */
    union { rt_obj *context; rt_word context_word; }; /* __context__ */
    i64 suppress;                                     /* __suppress_context__ */
    /* StopIteration: its value; user-defined fields follow */
} rt_exception;

/* ---- Exceptions ------------------------------------------------------- */
extern rt_obj *rt_exc;            /* the exception being propagated, or NULL */
/* The exception an `except` block of a caller is handling while it calls
 * (CPython's exc_info): the __context__ of one raised and caught in the callee. */
extern rt_obj *rt_handled;
/* Location of the raise (for the traceback line); set by rt_raise_at. */
extern const char *rt_exc_file;
extern i64 rt_exc_line;
extern const char *rt_exc_func;   /* the function's name, as CPython's co_name */

rt_obj *rt_exc_new(const rt_type *t, rt_obj *arg);   /* t(arg); t() when arg is NULL */
rt_obj *rt_exc_new_args(const rt_type *t, rt_obj *args); /* t(*args), args a tuple or NULL */
rt_obj *rt_exc_args(rt_obj *e);                       /* e.args */
rt_obj *rt_exc_code(rt_obj *e);                       /* SystemExit.code */
rt_obj *rt_exc_str(rt_obj *e);                        /* BaseException.__str__ */
rt_obj *rt_exc_repr(rt_obj *e);                       /* BaseException.__repr__ */
void rt_exc_chain(rt_obj *e, rt_obj *handled);
void rt_raise_key(rt_word k, i64 kind);               /* raise KeyError(k) */        /* e.__context__ = handled, if unset */
void rt_raise(rt_obj *exc);                           /* rt_exc = exc, no location */
void rt_reraise(rt_obj *exc);                         /* rt_exc = exc, location kept */
void rt_raise_at(rt_obj *exc, const char *file, i64 line, const char *func);
void rt_raise_msg(const rt_type *t, const char *cmsg); /* new + raise */
void rt_raise_no_attribute(rt_obj *o, const char *attr); /* AttributeError: 'C' object has no attribute 'a' */
i64 rt_isinstance(rt_obj *o, const rt_type *t);       /* walks base chain */
const rt_type *rt_type_of(rt_obj *o);                  /* type(o) */
rt_obj *rt_type_name(const rt_type *t, i64 which);      /* its __name__, __module__ or __qualname__ */
/* A class as a value: one object of type `type` per class, whose word 0 is
 * the descriptor (core/classobj.c). */
typedef struct rt_class {
    rt_obj h;
    union { const rt_type *desc; rt_word desc_word; };
} rt_class;
extern const rt_type rt_type_type;
rt_obj *rt_class_of(const rt_type *t);
rt_obj *rt_fn_name(rt_obj *f, i64 which);               /* the same of a function object */
void *rt_fn_entry(rt_obj *f, i64 omitted);               /* its code for a call without its last omitted+1 arguments */
i64 rt_issubclass(const rt_type *u, const rt_type *t);
/* Print "Traceback ...\n" and "Name: msg" on stderr as CPython's last line. */
void rt_print_uncaught(rt_obj *exc);

/* ---- Memory ----------------------------------------------------------- */
/* Zeroed object of type t with `size` bytes INCLUDING the header.
 * Out of memory after a collection: raises MemoryError, returns NULL. */
rt_obj *rt_alloc(const rt_type *t, i64 size);
void rt_gc_collect(void);
i64 rt_gc_heap_used(void);

/* Globals holding words of kind RT_OBJ: emitted by the compiler. */
extern rt_obj **const unicc_gc_roots[];
extern const i64 unicc_gc_nroots;

/* ---- Program entry ---------------------------------------------------- */
/* Emitted by the compiler: runs the main module.  Returns with rt_exc set
 * on an uncaught exception. */
void unicc_main(void);
extern const i64 unicc_heap_size;      /* bytes, from --heap */

/* Called by each platform's entry code; never returns. */
_Noreturn void rt_start(int argc, char **argv, void *heap, i64 heap_size);
/* sys.argv as list[str] */
rt_obj *rt_sys_argv(void);

/* ---- Iteration (iter.c) ------------------------------------------------ */
extern i64 rt_iter_stop;               /* set by iternext at the end; the caller clears it */
/* iter(o): o itself when it is an iterator, a counter over a range, else a
 * cursor over a list, tuple, bytes or bytearray (the compiler turns other
 * iterables into lists first). */
rt_obj *rt_iter(rt_obj *o);
/* next(it) as a word of kind `want`; TypeError when `it` is not an iterator. */
rt_word rt_next(rt_obj *it, i64 want);
/* A word of kind `from` as kind `to`: boxes, unboxes, int -> float. */
rt_word rt_word_as(rt_word w, i64 from, i64 to);
/* `w in it` for an iterator: consumes it up to the first equal item. */
i64 rt_iter_contains(rt_obj *it, rt_word w, i64 kind);
/* next(it) without a default: StopIteration at the end. */
rt_word rt_next_or_raise(rt_obj *it, i64 want);

/* A compiled generator or coroutine: a state machine whose frame starts with
 * these words (then the locals live across suspensions).  resume() runs it
 * to its next yield (returning the yielded word) or to its end (state
 * RT_GEN_DONE, result in retval, of kind type->field_kinds[2]). */
typedef struct rt_gen {
    rt_obj h;
    union { rt_word (*resume)(rt_obj *self, rt_word sent, rt_obj *thrown); rt_word resume_word; };
    i64 state;     /* 0 not started, k > 0 suspended at yield k, or: */
    rt_word retval;
} rt_gen;
#define RT_GEN_DONE (-1)
#define RT_GEN_RUNNING (-2)
/* gen.send(v) / gen.throw(e): the next yielded word; StopIteration(result) at
 * the end.  not_none: v is not None (a just-started generator refuses it). */
rt_word rt_gen_send(rt_obj *g, rt_word sent, rt_obj *thrown, i64 not_none);
void rt_gen_close(rt_obj *g);
void rt_gen_drop(rt_obj *g);     /* close for a dropped reference: errors printed, rt_exc kept */
void rt_gen_escaped(i64 coroutine);   /* StopIteration leaving a body: RuntimeError */
rt_word rt_gen_result(rt_obj *g, i64 want);   /* retval as kind `want` */
/* StopIteration(value): field 0 is str(value) (or NULL), field 1 the value. */
rt_obj *rt_stop_iteration(rt_obj *value);

/* ---- Output ----------------------------------------------------------- */
void rt_write_str(i64 fd, rt_obj *s);          /* fd 1 stdout, 2 stderr */
void rt_print_str(i64 fd, rt_obj *s);          /* UnicodeEncodeError on a lone surrogate */
void rt_write_cstr(i64 fd, const char *s);
void rt_flush(void);

_Noreturn void rt_panic(const char *msg, const char *file, i64 line);


/* ---- Generic operations on words of a known kind ------------------------ */
/* Slices: `has` bit 0 = start given, bit 1 = stop given; step is always given
 * (1 by default); step 0 raises ValueError("slice step cannot be zero"). */
#define RT_HAS_START 1
#define RT_HAS_STOP 2

rt_obj *rt_box_int(i64 v);       /* objects of rt_type_int / float / bool */
rt_obj *rt_box_u64(uint64_t v);  /* repr as unsigned */
rt_obj *rt_box_float(double v);
rt_obj *rt_box_bool(i64 v);
double rt_unbox_float(rt_obj *o); /* a float, int or bool box as a double */
i64 rt_unbox_int(rt_obj *o);       /* an int or bool box, else TypeError */
rt_obj *rt_repr(rt_word w, i64 kind);      /* repr(x) */
rt_obj *rt_to_str(rt_word w, i64 kind);    /* str(x) */
i64 rt_eq(rt_word a, rt_word b, i64 kind); /* ==, 0/1 (may raise via eq) */
i64 rt_same(rt_word a, rt_word b, i64 kind); /* a is b or a == b (RichCompareBool) */
i64 rt_lt(rt_word a, rt_word b, i64 kind); /* <, TypeError if unorderable */
/* Recursion guard of reprs: 0 if o's repr is being built already (show
 * "..."), else 1, and rt_repr_leave() when it is done. */
i64 rt_repr_enter(const void *o);
void rt_repr_leave(void);
rt_obj *rt_object_new(void);                /* object() */
i64 rt_unhashable(rt_obj *o);             /* raises TypeError: unhashable type */
i64 rt_hash(rt_word w, i64 kind);          /* CPython's hash for int/float/bool/tuple;
                                              TypeError "unhashable type: 'list'" */

/* ---- int / float conversions (core/intconv.c, core/float.c) ------------ */
rt_obj *rt_int_to_str(i64 v);
rt_obj *rt_u64_to_str(uint64_t v);
i64 rt_int_from_str(rt_obj *s, i64 base);  /* ValueError: invalid literal for int() with base 10: 'x' */
double rt_float_from_str(rt_obj *s);        /* ValueError: could not convert string to float: 'x' */
rt_obj *rt_float_repr(double v);            /* shortest round-trip, as CPython */
i64 rt_float_to_int(double v);              /* int(x): ValueError for nan, OverflowError for inf/range */
double rt_float_round(double v, i64 ndigits); /* round(x, n), exact, half-even */
i64 rt_float_round_int(double v);           /* round(x) */
double rt_float_floor(double v);
double rt_float_ceil(double v);
double rt_float_trunc(double v);
double rt_float_fmod(double a, double b);   /* C fmod */
i64 rt_float_bits(double v);                /* the IEEE bits, as math.py reads them */
double rt_float_from_bits(i64 u);
double rt_float_mod(double a, double b);    /* Python %, ZeroDivisionError: float modulo */
double rt_float_floordiv(double a, double b); /* ZeroDivisionError: float floor division by zero */
double rt_float_pow(double a, double b);    /* CPython's float_pow: glibc's pow, its errors */
double rt_float_cpow(double x, double y);   /* C's pow for finite x, y (math.pow) */
i64 rt_int_pow(i64 a, i64 b);               /* b >= 0; OverflowError on i64 overflow */
rt_obj *rt_int_pow_any(i64 a, i64 b);       /* an int, or a float when b < 0 */
/* an int or bool held where float is declared: a tagged NaN (num.c) */
int rt_num_kind(double d);                  /* 0 a float, 1 an int, 2 a bool */
i64 rt_num_int(double d);
double rt_num_from_int(i64 v);              /* beyond 50 bits: the nearest double */
double rt_num_from_bool(i64 v);
double rt_num_float(double d);              /* the value as a real double */
double rt_num_add(double a, double b);      /* int op int stays an int, else float */
double rt_num_sub(double a, double b);
double rt_num_mul(double a, double b);
double rt_num_neg(double a);
double rt_num_truediv(double a, double b);  /* ZeroDivisionError: division by zero for ints */
double rt_num_abs(double a);
double rt_num_floordiv(double a, double b);
double rt_num_mod(double a, double b);
double rt_num_pow(double a, double b);
double rt_num_round(double a, i64 nd);
const rt_type *rt_num_type(double d);
rt_obj *rt_num_repr(double d);
rt_obj *rt_int_to_bytes(i64 v, i64 length, i64 little, i64 is_signed); /* OverflowError: int too big to convert */
i64 rt_int_from_bytes(rt_obj *b, i64 little, i64 is_signed);

/* format(value, spec): spec is a str (format mini-language). */
rt_obj *rt_format_int(i64 v, rt_obj *spec);
rt_obj *rt_format_bool(i64 v, rt_obj *spec);
rt_obj *rt_format_float(double v, rt_obj *spec);
rt_obj *rt_format_str(rt_obj *s, rt_obj *spec);
rt_obj *rt_int_to_base(i64 v, i64 base);    /* hex(), oct(), bin(): '-0x1f' */
/* Runtime-internal (float.c): exact decimal digits of v > 0.  mode 0 =
 * shortest round-trip, 2 = prec significant digits, 3 = prec digits after
 * the point; v = 0.buf * 10^*decpt; returns the digit count (0: zero). */
#define RT_FLOAT_DIGITS 1200
i64 rt_float_digits(double v, i64 mode, i64 prec, char *buf, i64 *decpt);
struct rt_wbuf;
/* 0.d * 10^decpt in fixed or exponent (expo) form, >= frac digits after '.'. */
void rt_put_decimal(struct rt_wbuf *w, const char *d, i64 nd, i64 decpt, int expo, i64 frac,
                    int dot, char ech);

/* ---- str (core/str.c) -------------------------------------------------- */
rt_obj *rt_str_new(const char *utf8, i64 len);  /* copies; counts code points */
rt_obj *rt_str_concat(rt_obj *a, rt_obj *b);
rt_obj *rt_str_repeat(rt_obj *s, i64 n);
rt_obj *rt_str_join(rt_obj *sep, rt_obj *list);   /* list of str */
rt_obj *rt_str_concat_n(rt_obj *list);            /* ''.join, for f-strings */
i64 rt_str_eq(rt_obj *a, rt_obj *b);
i64 rt_str_cmp(rt_obj *a, rt_obj *b);             /* -1/0/1 by code point */
i64 rt_str_len(rt_obj *s);
i64 rt_str_hash(rt_obj *s);
rt_obj *rt_str_getitem(rt_obj *s, i64 i);         /* IndexError: string index out of range */
rt_obj *rt_str_slice(rt_obj *s, i64 start, i64 stop, i64 step, i64 has);
i64 rt_str_contains(rt_obj *s, rt_obj *sub);
i64 rt_str_find(rt_obj *s, rt_obj *sub, i64 start, i64 end, i64 has); /* code-point index or -1 */
i64 rt_str_rfind(rt_obj *s, rt_obj *sub, i64 start, i64 end, i64 has);
i64 rt_str_index(rt_obj *s, rt_obj *sub);         /* ValueError: substring not found */
i64 rt_str_count(rt_obj *s, rt_obj *sub);
rt_obj *rt_str_replace(rt_obj *s, rt_obj *old, rt_obj *new_, i64 count); /* count -1 = all */
rt_obj *rt_str_split(rt_obj *s, rt_obj *sep, i64 maxsplit); /* sep NULL = whitespace; list[str] */
rt_obj *rt_str_rsplit(rt_obj *s, rt_obj *sep, i64 maxsplit);
rt_obj *rt_str_splitlines(rt_obj *s);
rt_obj *rt_str_strip(rt_obj *s, rt_obj *chars);   /* chars NULL = whitespace */
rt_obj *rt_str_lstrip(rt_obj *s, rt_obj *chars);
rt_obj *rt_str_rstrip(rt_obj *s, rt_obj *chars);
i64 rt_str_startswith(rt_obj *s, rt_obj *prefix);
i64 rt_str_endswith(rt_obj *s, rt_obj *suffix);
rt_obj *rt_str_upper(rt_obj *s);                  /* ASCII and Latin-1 at least */
rt_obj *rt_str_lower(rt_obj *s);
rt_obj *rt_str_capitalize(rt_obj *s);
rt_obj *rt_str_title(rt_obj *s);
rt_obj *rt_str_swapcase(rt_obj *s);
i64 rt_str_isdigit(rt_obj *s);
i64 rt_str_isalpha(rt_obj *s);
i64 rt_str_isalnum(rt_obj *s);
i64 rt_str_isspace(rt_obj *s);
i64 rt_str_isupper(rt_obj *s);
i64 rt_str_isdecimal(rt_obj *s);
i64 rt_str_isnumeric(rt_obj *s);
i64 rt_str_istitle(rt_obj *s);
i64 rt_str_islower(rt_obj *s);
rt_obj *rt_str_zfill(rt_obj *s, i64 width);
rt_obj *rt_str_ljust(rt_obj *s, i64 width, rt_obj *fill); /* fill: 1-char str */
rt_obj *rt_str_rjust(rt_obj *s, i64 width, rt_obj *fill);
rt_obj *rt_str_center(rt_obj *s, i64 width, rt_obj *fill);
rt_obj *rt_str_partition(rt_obj *s, rt_obj *sep);  /* tuple[str, str, str] */
rt_obj *rt_str_rpartition(rt_obj *s, rt_obj *sep);
rt_obj *rt_str_encode(rt_obj *s);                 /* UTF-8 bytes */
/* ASCII (limit 128) or Latin-1 (256) bytes, codec.c; UnicodeEncodeError as CPython's. */
rt_obj *rt_str_encode_8bit(rt_obj *s, i64 limit);
i64 rt_str_check_utf8(rt_obj *s);                /* -1: UnicodeEncodeError (a lone surrogate) */
rt_obj *rt_str_repr(rt_obj *s);                   /* quotes and escapes as CPython */
i64 rt_str_ord(rt_obj *s);   /* TypeError: ord() expected a character, but string of length N found */
rt_obj *rt_str_chr(i64 cp);  /* ValueError: chr() arg not in range(0x110000) */
rt_obj *rt_str_list(rt_obj *s); /* list of 1-char str, for iteration */
/* Runtime-internal text helpers (str.c), shared by bytes.c/format.c/float.c. */
typedef struct rt_wbuf { char *p; i64 n; } rt_wbuf; /* p NULL: only measure */
void rt_wbuf_put(rt_wbuf *w, const char *s, i64 n);
void rt_wbuf_fill(rt_wbuf *w, char c, i64 n);
/* Runs gen twice (measure, fill) to build a str without reallocation. */
rt_obj *rt_str_build(void (*gen)(rt_wbuf *, const void *), const void *ctx);
rt_obj *rt_str_from_cstr(const char *c);
i64 rt_utf8_put(char *dst, uint32_t cp);           /* dst may be NULL; returns length */
void rt_put_escaped(rt_wbuf *w, uint32_t cp, char quote); /* as repr() escapes */
/* s with `left` fill chars inserted after its first zpos bytes and `right` appended. */
rt_obj *rt_str_pad(rt_obj *s, i64 left, i64 right, uint32_t fill, i64 zpos);
/* CPython's slice index adjustment; returns the slice length, -1 on step 0. */
i64 rt_slice_adjust(i64 len, i64 *start, i64 *stop, i64 step, i64 has);
i64 rt_hash_bytes(const void *p, i64 n);          /* hash of str and bytes */

/* ---- bytes / bytearray / buffer (core/bytes.c) ------------------------- */
rt_obj *rt_bytes_new(const uint8_t *data, i64 len);
rt_obj *rt_bytes_zeros(i64 n);                   /* bytes(n) */
rt_obj *rt_bytes_from_list(rt_obj *list);        /* bytes([1,2]); ValueError: bytes must be in range(0, 256) */
rt_obj *rt_bytes_concat(rt_obj *a, rt_obj *b);   /* bytes/bytearray operands, result type of a */
rt_obj *rt_bytes_repeat(rt_obj *b, i64 n);
i64 rt_bytes_len(rt_obj *b);                     /* bytes, bytearray or buffer */
i64 rt_bytes_getitem(rt_obj *b, i64 i);          /* IndexError: index out of range */
rt_obj *rt_bytes_slice(rt_obj *b, i64 start, i64 stop, i64 step, i64 has);
i64 rt_bytes_eq(rt_obj *a, rt_obj *b);
i64 rt_bytes_cmp(rt_obj *a, rt_obj *b);
i64 rt_bytes_hash(rt_obj *b);
i64 rt_bytes_contains(rt_obj *b, rt_obj *sub);
i64 rt_bytes_contains_int(rt_obj *b, i64 v);
i64 rt_bytes_find(rt_obj *b, rt_obj *sub);
rt_obj *rt_bytes_hex(rt_obj *b);
rt_obj *rt_bytes_decode(rt_obj *b);              /* UTF-8; UnicodeDecodeError as CPython's message */
rt_obj *rt_bytes_decode_8bit(rt_obj *b, i64 limit); /* ASCII (128) or Latin-1 (256), codec.c */
rt_obj *rt_bytes_repr(rt_obj *b);                /* b'..' / bytearray(b'..') */
rt_obj *rt_bytes_join(rt_obj *sep, rt_obj *list);
rt_obj *rt_bytes_from_bytearray(rt_obj *ba);     /* bytes(ba) copy */
rt_obj *rt_bytearray_new(i64 n);                 /* bytearray(n) zeros */
rt_obj *rt_bytearray_from(rt_obj *b);            /* bytearray(b) copy of bytes/bytearray/buffer */
void rt_bytearray_append(rt_obj *ba, i64 v);     /* ValueError: byte must be in range(0, 256) */
void rt_bytearray_extend(rt_obj *ba, rt_obj *b);
void rt_bytearray_setitem(rt_obj *ba, i64 i, i64 v); /* IndexError: bytearray index out of range */
i64 rt_bytearray_pop(rt_obj *ba);
/* Buffer: a view sharing memory with a bytes/bytearray (a bytearray's
 * store must not be resized while viewed: the buffer pins base->store). */
rt_obj *rt_buffer_new(rt_obj *b);                /* whole object */
rt_obj *rt_buffer_slice(rt_obj *v, i64 start, i64 stop); /* clamps like slicing; shares memory */
i64 rt_buffer_get(rt_obj *v, i64 off, i64 width, i64 little); /* width 1,2,4,8 bytes, unsigned;
                                       IndexError: buffer index out of range */
void rt_buffer_set(rt_obj *v, i64 off, i64 width, i64 little, i64 value);
rt_obj *rt_buffer_tobytes(rt_obj *v);
void rt_buffer_write(rt_obj *v, i64 off, rt_obj *data); /* all of data (bytes-like) at off, or IndexError */
/* Runtime-internal: data and length of a bytes, bytearray or buffer. */
const uint8_t *rt_bytes_data(rt_obj *b, i64 *len);

/* ---- list (core/list.c) ------------------------------------------------ */
rt_obj *rt_list_new(i64 kind, i64 cap);
i64 rt_list_len(rt_obj *l);
void rt_list_append(rt_obj *l, rt_word w);
rt_word rt_list_get(rt_obj *l, i64 i);          /* IndexError: list index out of range */
void rt_list_set(rt_obj *l, i64 i, rt_word w);  /* IndexError: list assignment index out of range */
void rt_list_del(rt_obj *l, i64 i);             /* IndexError: list assignment index out of range */
rt_word rt_list_pop(rt_obj *l, i64 i, i64 has_i); /* pop from empty list / pop index out of range */
void rt_list_insert(rt_obj *l, i64 i, rt_word w);
void rt_list_extend(rt_obj *l, rt_obj *other);  /* other: list of the same kind */
rt_obj *rt_list_slice(rt_obj *l, i64 start, i64 stop, i64 step, i64 has);
void rt_list_set_slice(rt_obj *l, i64 start, i64 stop, i64 step, i64 has, rt_obj *src);
void rt_list_del_slice(rt_obj *l, i64 start, i64 stop, i64 step, i64 has);
rt_obj *rt_list_concat(rt_obj *a, rt_obj *b);
rt_obj *rt_list_repeat(rt_obj *l, i64 n);
rt_obj *rt_list_filled(i64 kind, rt_word w, i64 n);   /* [w] * n */
rt_obj *rt_list_copy(rt_obj *l);
void rt_list_clear(rt_obj *l);
i64 rt_list_contains(rt_obj *l, rt_word w);
i64 rt_list_index(rt_obj *l, rt_word w);        /* ValueError: 3 is not in list */
i64 rt_list_count(rt_obj *l, rt_word w);
void rt_list_remove(rt_obj *l, rt_word w);      /* ValueError: list.remove(x): x not in list */
void rt_list_reverse(rt_obj *l);
/* Stable sort; keys: NULL or a list of the same length whose order decides;
 * TypeError as CPython when items do not compare. */
void rt_list_sort(rt_obj *l, rt_obj *keys, i64 reverse);
rt_obj *rt_list_detach(rt_obj *l);                        /* sort(key=): its items moved out, l empty */
i64 rt_list_reattach(rt_obj *l, rt_obj *d);              /* ... put back; 1 if l changed meanwhile */
void rt_list_sort_keyed(rt_obj *l, rt_obj *d, rt_obj *keys, i64 reverse);
i64 rt_list_eq(rt_obj *a, rt_obj *b);
i64 rt_list_lt(rt_obj *a, rt_obj *b);

/* ---- tuple (core/tuple.c) ---------------------------------------------- */
rt_obj *rt_tuple_new(i64 n, const uint8_t *kinds); /* items zero; caller fills items[] */
rt_obj *rt_tuple_new_as(const rt_type *type, i64 n, const uint8_t *kinds); /* a tuple subclass's */
rt_word rt_tuple_get(rt_obj *t, i64 i, i64 want);         /* IndexError: tuple index out of range */
rt_obj *rt_tuple_slice(rt_obj *t, i64 start, i64 stop, i64 step, i64 has);
i64 rt_tuple_contains(rt_obj *t, rt_word w, i64 kind); /* w of `kind`, compared as CPython */

/* ---- range (core/range.c): start, stop, step in words 0..2 ------------- */
extern const rt_type rt_type_range;
rt_obj *rt_range_new(i64 start, i64 stop, i64 step); /* ValueError: range() arg 3 must not be zero */
i64 rt_range_len(rt_obj *r);
i64 rt_range_get(rt_obj *r, i64 i);               /* IndexError: range object index out of range */
rt_obj *rt_range_slice(rt_obj *r, i64 start, i64 stop, i64 step, i64 has);   /* a range */
i64 rt_range_contains(rt_obj *r, i64 v);           /* also range.count() */
i64 rt_range_index(rt_obj *r, i64 v);              /* ValueError: 7 is not in range */
rt_obj *rt_range_iter(rt_obj *r);                  /* iter(r), used by rt_iter */

/* ---- values typed by an abstract collection type (core/abc.c) ----------
 * Sequence, Mapping, Collection, ...: the builtin type's own operation by the
 * object's layout, items converted from its kinds to the kind asked for. */
i64 rt_abc_len(rt_obj *o);                         /* TypeError: object of type 'C' has no len() */
rt_word rt_seq_get(rt_obj *s, i64 i, i64 want);    /* s[i]: each type's IndexError */
rt_obj *rt_seq_slice(rt_obj *s, i64 start, i64 stop, i64 step, i64 has); /* of s's type */
i64 rt_abc_contains(rt_obj *c, rt_word w, i64 kind);
i64 rt_seq_index(rt_obj *s, rt_word w, i64 kind);  /* each type's ValueError */
i64 rt_seq_count(rt_obj *s, rt_word w, i64 kind);
void rt_mseq_set(rt_obj *s, i64 i, rt_word w, i64 kind);   /* list, bytearray */
void rt_mseq_append(rt_obj *s, rt_word w, i64 kind);
rt_word rt_mseq_pop(rt_obj *s, i64 i, i64 has_i, i64 want);
void rt_mseq_insert(rt_obj *s, i64 i, rt_word w, i64 kind);
void rt_mseq_del(rt_obj *s, i64 i);                          /* del s[i] */
rt_word rt_map_get(rt_obj *m, rt_word k, i64 kkind, i64 want);   /* m[k]: KeyError */
i64 rt_map_lookup(rt_obj *m, rt_word k, i64 kkind, rt_word *out, i64 want); /* 1 found */
void rt_map_set(rt_obj *m, rt_word k, i64 kkind, rt_word v, i64 vkind);
void rt_map_del(rt_obj *m, rt_word k, i64 kkind);               /* KeyError */
rt_word rt_map_pop(rt_obj *m, rt_word k, i64 kkind, i64 want);   /* KeyError */
rt_word rt_map_setdefault(rt_obj *m, rt_word k, i64 kkind, rt_word v, i64 vkind);
rt_obj *rt_map_view(rt_obj *m, i64 what, const uint8_t *pair_kinds); /* keys 0, values 1, items 2 */

/* ---- dict, insertion-ordered (core/dict.c) ----------------------------- */
rt_obj *rt_dict_new(i64 key_kind, i64 value_kind);
i64 rt_dict_len(rt_obj *d);
i64 rt_dict_key_kind(rt_obj *d);
rt_word rt_dict_get(rt_obj *d, rt_word k);      /* KeyError(repr(k)) */
i64 rt_dict_lookup(rt_obj *d, rt_word k, rt_word *out); /* 1 found, 0 not */
void rt_dict_set(rt_obj *d, rt_word k, rt_word v);
void rt_dict_del(rt_obj *d, rt_word k);         /* KeyError */
i64 rt_dict_contains(rt_obj *d, rt_word k);
rt_word rt_dict_pop(rt_obj *d, rt_word k);      /* KeyError */
rt_word rt_dict_setdefault(rt_obj *d, rt_word k, rt_word v);
rt_obj *rt_dict_keys(rt_obj *d);                /* list snapshot */
rt_obj *rt_dict_values(rt_obj *d);
rt_obj *rt_dict_items(rt_obj *d, const uint8_t *pair_kinds); /* list of 2-tuples */
/* d.keys() (0), d.values() (1), d.items() (2): live views (core/dictview.c) */
extern const rt_type rt_type_dict_keys, rt_type_dict_values, rt_type_dict_items;
rt_obj *rt_dict_view(rt_obj *d, i64 what, const uint8_t *pair_kinds);
i64 rt_dict_of_objects(rt_obj *o);                   /* cast() to a TypedDict */
int rt_is_dictview(rt_obj *o);
rt_obj *rt_dictview_list(rt_obj *v);                /* a list snapshot of its items */
i64 rt_dictview_len(rt_obj *v);
i64 rt_dictview_contains(rt_obj *v, rt_word w, i64 kind);
rt_obj *rt_dict_copy(rt_obj *d);
void rt_dict_update(rt_obj *d, rt_obj *other);
void rt_dict_clear(rt_obj *d);
rt_word rt_dict_popitem(rt_obj *d, rt_word *key_out); /* KeyError: 'popitem(): dictionary is empty' */
i64 rt_dict_eq(rt_obj *a, rt_obj *b);
/* Iteration by position: *pos starts at 0; returns 1 and fills key/value,
 * or 0 at the end.  RuntimeError("dictionary changed size during
 * iteration") when the size differs from `expected_len`. */
i64 rt_dict_next(rt_obj *d, i64 *pos, i64 expected_len, rt_word *key, rt_word *value);

/* ---- set (core/set.c): iteration order identical to CPython's ---------- */
rt_obj *rt_set_new(i64 kind);
i64 rt_set_len(rt_obj *s);
void rt_set_add(rt_obj *s, rt_word w);
void rt_set_discard(rt_obj *s, rt_word w);
void rt_set_remove(rt_obj *s, rt_word w);       /* KeyError */
rt_word rt_set_pop(rt_obj *s);                  /* KeyError: 'pop from an empty set' */
i64 rt_set_contains(rt_obj *s, rt_word w);
rt_obj *rt_set_union(rt_obj *a, rt_obj *b);
rt_obj *rt_set_intersection(rt_obj *a, rt_obj *b);
rt_obj *rt_set_difference(rt_obj *a, rt_obj *b);
rt_obj *rt_set_symmetric_difference(rt_obj *a, rt_obj *b);
i64 rt_set_issubset(rt_obj *a, rt_obj *b);
i64 rt_set_issuperset(rt_obj *a, rt_obj *b);
i64 rt_set_isdisjoint(rt_obj *a, rt_obj *b);
void rt_set_difference_update(rt_obj *a, rt_obj *b);
void rt_set_intersection_update(rt_obj *a, rt_obj *b);
void rt_set_symmetric_difference_update(rt_obj *a, rt_obj *b);
i64 rt_set_eq(rt_obj *a, rt_obj *b);
rt_obj *rt_set_copy(rt_obj *s);
rt_obj *rt_set_freeze(rt_obj *s);   /* frozenset(...): the set just built, frozen */
void rt_set_clear(rt_obj *s);
void rt_set_update(rt_obj *s, rt_obj *other);
void rt_set_reserve(rt_obj *s, i64 n);   /* room for n more, as CPython's update from a dict */
i64 rt_set_next(rt_obj *s, i64 *pos, i64 expected_len, rt_word *item);

/* ---- support for compiled code (core/exc.c, generic.c, intconv.c, tuple.c,
 * float.c, bytes_methods.c) ------------------------------------------------ */
rt_obj *rt_exc_take(void);                      /* returns rt_exc and clears it */
void rt_raise_unpack(i64 expected, i64 got);    /* ValueError: too many / not enough values */
void rt_raise_unpack_min(i64 expected, i64 got); /* ValueError: not enough for a starred target */
double rt_float_fabs(double x);
i64 rt_truth(rt_word w, i64 kind);              /* bool(x) of a union-typed value */
i64 rt_int_round(i64 x, i64 n);                 /* round(int, n) */
rt_obj *rt_tuple_from_list(rt_obj *l);          /* tuple(iterable) */
rt_obj *rt_tuple_concat(rt_obj *a, rt_obj *b);  /* a + b, either of any length */
rt_obj *rt_tuple_repeat(rt_obj *t, i64 n);      /* t * n */
i64 rt_int_powmod(i64 a, i64 b, i64 m);         /* pow(a, b, m) */
i64 rt_float_to_int_exact(double x);           /* for 2.0 in [1, 2] */
i64 rt_bytearray_pop_at(rt_obj *ba, i64 i);
void rt_bytearray_del(rt_obj *ba, i64 i);
void rt_bytearray_del_slice(rt_obj *ba, i64 start, i64 stop, i64 step, i64 has);
void rt_bytearray_insert(rt_obj *ba, i64 i, i64 v);
void rt_bytearray_reverse(rt_obj *ba);
rt_obj *rt_bytes_fromhex(rt_obj *s);            /* ValueError at the first bad digit */
rt_obj *rt_bytes_split(rt_obj *b, rt_obj *sep, i64 maxsplit);
void rt_bytearray_set_slice(rt_obj *ba, i64 start, i64 stop, i64 step, i64 has, rt_obj *src);
rt_obj *rt_bytes_upper(rt_obj *b);              /* ASCII only, as bytes.upper */
rt_obj *rt_bytes_lower(rt_obj *b);
rt_obj *rt_bytes_strip(rt_obj *b, rt_obj *chars, i64 which); /* 1 left, 2 right, 3 both */
i64 rt_bytes_rfind(rt_obj *b, rt_obj *sub);
i64 rt_bytes_count(rt_obj *b, rt_obj *sub);
i64 rt_bytes_affix(rt_obj *b, rt_obj *fix, i64 at_end); /* startswith / endswith */
rt_obj *rt_bytes_replace(rt_obj *b, rt_obj *old, rt_obj *new_, i64 count);

/* ---- misc -------------------------------------------------------------- */
_Noreturn void rt_exit(i64 status);            /* flush and end */
i64 rt_monotonic_ns(void);
i64 rt_time_ns(void);                       /* the calendar clock, time.time_ns() */
void rt_block_until(i64 deadline_ns);   /* idle until then or an event */
extern i64 rt_stack_limit;       /* compiled code raises RecursionError below it */

/* ---- unix devices (platform/unix/devices.c, for stdlib/unicc_devices/unix.py)
 * Raw system calls: each returns the kernel's result, -errno on failure. */
i64 rt_unix_getrandom(rt_obj *buf);          /* fills a bytearray; bytes filled */
i64 rt_unix_time_ns(void);                   /* CLOCK_REALTIME */
i64 rt_unix_open(rt_obj *path);              /* read-write; the fd */
i64 rt_unix_file_size(i64 fd);
i64 rt_unix_pread(i64 fd, rt_obj *buf, i64 offset);   /* all of a bytearray, or to EOF */
i64 rt_unix_pwrite(i64 fd, rt_obj *data, i64 offset); /* all of a bytes */

#endif
