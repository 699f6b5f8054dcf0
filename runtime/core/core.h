/* core.h -- private declarations shared by the runtime core's C files:
 * object layouts the collector must know, and small helpers (slices,
 * string building, error formatting) that several containers use. */
#ifndef UNICC_CORE_H
#define UNICC_CORE_H

#include "unicc.h"
#include <stdarg.h>

/* Boxed int/float/bool: one word after the header. */
typedef struct rt_box {
    rt_obj h;
    rt_word v;
} rt_box;

/* dict: compact entries (keys/vals/hashes, insertion order) plus an
 * open-addressing index of int32 entry numbers (-1 empty, -2 dummy).
 * A deleted entry has hash -1, which no real hash takes. */
typedef struct rt_dict {
    rt_obj h;
    i64 used;      /* live entries */
    i64 nent;      /* entries appended, live or deleted */
    i64 kkind, vkind;
    i64 mask;      /* index size - 1 */
    rt_words *keys, *vals; /* capacity = entries */
    rt_raw *hashes;        /* i64 per entry */
    rt_raw *index;         /* int32 per index slot */
} rt_dict;

/* set: CPython's open-addressing table; meta holds the hash per slot
 * followed by a state byte per slot. */
typedef struct rt_set {
    rt_obj h;
    i64 fill, used, mask, finger;
    i64 kind;
    rt_words *keys;
    rt_raw *meta;
} rt_set;

/* Collector setup and the runtime's own roots. */
void rt_gc_init(void *heap, i64 size, void *stack_base);
extern rt_obj *rt_argv_list;

/* Allocation helpers. */
rt_words *rt_words_new(i64 kind, i64 cap);
rt_raw *rt_raw_new(i64 cap);

/* Character properties (unicode_db.c, generated from CPython 3.11). */
enum { U_ALPHA = 1, U_DECIMAL = 2, U_DIGIT = 4, U_NUMERIC = 8, U_LOWER = 16, U_UPPER = 32,
       U_TITLE = 64, U_IGNORABLE = 128, U_CASED = U_LOWER | U_UPPER | U_TITLE };
int rt_uni_flags(uint32_t c);
int rt_uni_case(uint32_t c, int which, uint32_t out[3]);   /* which: 0 upper, 1 lower, 2 title */

/* Growable byte buffer for building str results. */
typedef struct rt_sb {
    rt_raw *buf;
    i64 len;
} rt_sb;
void rt_sb_add(rt_sb *b, const char *s, i64 n);
void rt_sb_cstr(rt_sb *b, const char *s);
void rt_sb_str(rt_sb *b, rt_obj *s);
i64 rt_sb_repr(rt_sb *b, rt_word w, i64 kind); /* 0 when repr raised */
rt_obj *rt_sb_done(rt_sb *b);
/* %s C string, %S str object, %R repr of (word, kind), %d i64. */
rt_obj *rt_strf(const char *fmt, ...);
rt_obj *rt_vstrf(const char *fmt, va_list ap);
void rt_raisef(const rt_type *t, const char *fmt, ...);
const char *rt_kind_name(rt_word w, i64 kind);
int rt_streq(const char *a, const char *b);
const char *rt_short_name(const rt_type *t);

/* Containers' repr: enter returns 0 when o is already being printed
 * (a cycle); each successful enter is paired with a leave. */
/* Containers' repr, shared by the type tables in generic.c. */
rt_obj *rt_list_repr(rt_obj *l);
rt_obj *rt_tuple_repr(rt_obj *t);
rt_obj *rt_dict_repr(rt_obj *d);
rt_obj *rt_set_repr(rt_obj *s);
i64 rt_frozenset_hash(rt_obj *s);
i64 rt_tuple_eq(rt_obj *a, rt_obj *b);
i64 rt_tuple_lt(rt_obj *a, rt_obj *b);
i64 rt_tuple_hash(rt_obj *t);
i64 rt_same_kinds(rt_word a, i64 ka, rt_word b, i64 kb);
i64 rt_dict_find(rt_obj *d, rt_word k, i64 kkind, rt_word *out);   /* abc.c */
i64 rt_seq_cmp(const rt_word *a, i64 an, const uint8_t *akinds, i64 akind, const rt_word *b,
               i64 bn, const uint8_t *bkinds, i64 bkind, i64 *eq, int lt);
rt_obj *rt_seq_repr(const rt_word *w, i64 n, const uint8_t *kinds, i64 kind, const char *open,
                    const char *close);

#endif
