/* gc.c -- the heap: a mark-sweep collector over the region rt_start gets.
 *
 * The region is cut into 4 KiB blocks.  A block holds slots of one size
 * class, or is part of one large object; a block table maps any address to
 * the start of its object, because roots on the C stack are found
 * conservatively and LLVM may keep only derived (interior) pointers.
 * Heap objects are scanned precisely by their type's layout.  Marking uses
 * an explicit stack; when it overflows, marked objects are rescanned. */
#include "core.h"

void *memset(void *d, int c, size_t n);

#define BLOCK 4096
#define NCLASS 18
#define MARK 1u
#define MSTACK 4096

enum { B_FREE, B_SMALL, B_LARGE, B_CONT };

typedef struct blk {
    uint8_t kind, cls;
    uint32_t span; /* B_LARGE: blocks; B_CONT: distance to the head */
} blk;

static const uint16_t class_size[NCLASS] = {
    16, 32, 48, 64, 80, 96, 128, 160, 192, 256, 320, 384, 512, 640, 768, 1024, 1360, 2048};

static blk *blocks;
static uintptr_t heap_lo, heap_hi;
static i64 nblocks, block_cursor, block_top; /* blocks [block_top, nblocks) never used */
static i64 ready; /* descriptors [0, ready) are set: the rest are zeroed when first reached */
static rt_obj *free_list[NCLASS];
static uintptr_t stack_base;
static i64 since_gc, threshold, live_bytes;
static rt_obj *mstack[MSTACK];
static i64 msp;
static int moverflow;

static rt_exception memory_error = {.h = {&rt_type_MemoryError, 0}};

/* The runtime's own globals that hold objects. */
static rt_obj **const core_roots[] = {&rt_exc, &rt_handled, &rt_argv_list};

/* Collect again once as much as is live has been allocated (16 MiB at least),
 * but after a quarter of the heap at most: a large heap (unix reserves 1 GiB)
 * then costs only what the program keeps. */
static void next_threshold(void) {
    i64 quarter = nblocks * BLOCK / 4, t = live_bytes > (16 << 20) ? live_bytes : 16 << 20;
    threshold = t < quarter ? t : quarter;
}

void rt_gc_init(void *heap, i64 size, void *sbase) {
    uintptr_t lo = ((uintptr_t)heap + 15) & ~(uintptr_t)15;
    uintptr_t end = (uintptr_t)heap + (uintptr_t)size;
    uintptr_t n = end > lo ? (end - lo) / (BLOCK + sizeof(blk)) : 0;
    blocks = (blk *)lo;
    heap_lo = (lo + n * sizeof(blk) + BLOCK - 1) & ~(uintptr_t)(BLOCK - 1);
    nblocks = end > heap_lo ? (i64)((end - heap_lo) / BLOCK) : 0;
    if (nblocks > (i64)n) /* one descriptor per block */
        nblocks = (i64)n;
    heap_hi = heap_lo + (uintptr_t)nblocks * BLOCK;
    ready = 0; /* not all at once: unix reserves 1 GiB, whose descriptors are 2 MiB */
    next_threshold();
    stack_base = (uintptr_t)sbase;
}

static int size_class(i64 size) {
    int c = 0;
    while (class_size[c] < size)
        c++;
    return c;
}

/* Descriptors up to block b (and the rest of their page) zeroed. */
static void reach(i64 b) {
    if (b < ready)
        return;
    i64 upto = (b + 512) & ~(i64)511;
    upto = upto < nblocks ? upto : nblocks;
    memset(&blocks[ready], 0, (size_t)(upto - ready) * sizeof(blk));
    ready = upto;
}

/* The object containing address a, or NULL if a is not inside a live
 * heap object. */
static rt_obj *find_obj(uintptr_t a) {
    if (a < heap_lo || a >= heap_hi)
        return 0;
    i64 b = (i64)((a - heap_lo) / BLOCK);
    if (b >= ready)
        return 0; /* never allocated */
    blk *d = &blocks[b];
    uintptr_t start = heap_lo + (uintptr_t)b * BLOCK;
    if (d->kind == B_FREE)
        return 0;
    if (d->kind == B_CONT)
        return (rt_obj *)(start - (uintptr_t)d->span * BLOCK);
    if (d->kind == B_LARGE)
        return (rt_obj *)start;
    uintptr_t sz = class_size[d->cls];
    uintptr_t off = (a - start) / sz * sz;
    if (off + sz > BLOCK)
        return 0;
    rt_obj *o = (rt_obj *)(start + off);
    return o->type ? o : 0;
}

static void mark_addr(uintptr_t a) {
    rt_obj *o = find_obj(a);
    if (!o || (o->gc & MARK))
        return;
    o->gc |= MARK;
    if (msp < MSTACK)
        mstack[msp++] = o;
    else
        moverflow = 1;
}

static void mark_words(const rt_word *w, i64 n) {
    for (i64 i = 0; i < n; i++)
        mark_addr((uintptr_t)w[i]);
}

static void mark_kinds(const rt_word *w, const uint8_t *kinds, i64 n) {
    if (!kinds)
        return;
    for (i64 i = 0; i < n; i++)
        if (kinds[i] == RT_OBJ)
            mark_addr((uintptr_t)w[i]);
}

static void scan_obj(rt_obj *o) {
    const rt_type *t = o->type;
    switch (t->layout) {
    case RT_L_FIELDS:
    case RT_L_GEN:
        mark_kinds((rt_word *)(o + 1), t->field_kinds, t->nfields);
        break;
    case RT_L_LIST:
        mark_addr((uintptr_t)((rt_list *)o)->items);
        break;
    case RT_L_WORDS:
        if (((rt_words *)o)->kind == RT_OBJ)
            mark_words(((rt_words *)o)->data, ((rt_words *)o)->cap);
        break;
    case RT_L_TUPLE: /* kinds is static, or a heap array for a strided slice */
        mark_addr((uintptr_t)((rt_tuple *)o)->kinds);
        mark_kinds(((rt_tuple *)o)->items, ((rt_tuple *)o)->kinds, ((rt_tuple *)o)->len);
        break;
    case RT_L_DICT: {
        rt_dict *d = (rt_dict *)o;
        mark_addr((uintptr_t)d->keys);
        mark_addr((uintptr_t)d->vals);
        mark_addr((uintptr_t)d->hashes);
        mark_addr((uintptr_t)d->index);
        break;
    }
    case RT_L_SET:
        mark_addr((uintptr_t)((rt_set *)o)->keys);
        mark_addr((uintptr_t)((rt_set *)o)->meta);
        break;
    case RT_L_BYTEARRAY:
        mark_addr((uintptr_t)((rt_bytearray *)o)->store);
        break;
    case RT_L_BUFFER:
        mark_addr((uintptr_t)((rt_buffer *)o)->base);
        mark_addr((uintptr_t)((rt_buffer *)o)->ptr);
        break;
    default:
        break;
    }
}

static void drain(void) {
    while (msp > 0)
        scan_obj(mstack[--msp]);
}

/* After a mark-stack overflow: rescan every marked object so that the
 * children that could not be pushed get marked. */
static void each_marked_rescan(void) {
    for (i64 b = 0; b < ready; b++) {
        uintptr_t start = heap_lo + (uintptr_t)b * BLOCK;
        if (blocks[b].kind == B_LARGE) {
            if (((rt_obj *)start)->gc & MARK)
                scan_obj((rt_obj *)start);
        } else if (blocks[b].kind == B_SMALL) {
            uintptr_t sz = class_size[blocks[b].cls];
            for (uintptr_t off = 0; off + sz <= BLOCK; off += sz) {
                rt_obj *o = (rt_obj *)(start + off);
                if (o->type && (o->gc & MARK))
                    scan_obj(o);
            }
        }
        drain();
    }
}

static __attribute__((noinline)) void mark_stack(void) {
    __builtin_unwind_init(); /* spills callee-saved registers to this frame */
    volatile uintptr_t here = 0;
    uintptr_t p = ((uintptr_t)&here) & ~(uintptr_t)(sizeof(void *) - 1);
    for (; p < stack_base; p += sizeof(void *))
        mark_addr(*(volatile uintptr_t *)p);
}

static void mark_all(void) {
    mark_stack();
    drain();
    for (i64 i = 0; i < unicc_gc_nroots; i++)
        mark_addr((uintptr_t)*unicc_gc_roots[i]);
    for (size_t i = 0; i < sizeof core_roots / sizeof core_roots[0]; i++)
        mark_addr((uintptr_t)*core_roots[i]);
    drain();
    while (moverflow) {
        moverflow = 0;
        each_marked_rescan();
    }
}

/* Rebuilds the free lists; empty small blocks return to the free pool. */
static void sweep(void) {
    live_bytes = 0;
    for (int c = 0; c < NCLASS; c++)
        free_list[c] = 0;
    for (i64 b = 0; b < block_top; b++) {
        blk *d = &blocks[b];
        uintptr_t start = heap_lo + (uintptr_t)b * BLOCK;
        if (d->kind == B_LARGE) {
            rt_obj *o = (rt_obj *)start;
            if (o->gc & MARK) {
                o->gc &= ~(uint64_t)MARK;
                live_bytes += (i64)d->span * BLOCK;
            } else {
                memset(d, 0, d->span * sizeof(blk));
            }
            continue;
        }
        if (d->kind != B_SMALL)
            continue;
        uintptr_t sz = class_size[d->cls];
        rt_obj *chain = 0, *first = 0;
        i64 live = 0;
        for (uintptr_t off = 0; off + sz <= BLOCK; off += sz) {
            rt_obj *o = (rt_obj *)(start + off);
            if (o->type && (o->gc & MARK)) {
                o->gc &= ~(uint64_t)MARK;
                live++;
                continue;
            }
            o->type = 0;
            o->gc = (uint64_t)(uintptr_t)chain;
            chain = o;
            if (!first)
                first = o;
        }
        if (!live) {
            d->kind = B_FREE;
        } else if (first) {
            first->gc = (uint64_t)(uintptr_t)free_list[d->cls];
            free_list[d->cls] = chain;
        }
        live_bytes += live * (i64)sz;
    }
    block_cursor = 0;
}

void rt_gc_collect(void) {
    mark_all();
    sweep();
    since_gc = 0;
    next_threshold();
}

i64 rt_gc_heap_used(void) { return live_bytes + since_gc; }

/* First run of n free blocks, or -1. */
static i64 find_blocks(i64 n) {
    i64 run = 0;
    for (i64 b = n == 1 ? block_cursor : 0; b < nblocks; b++) {
        reach(b);
        run = blocks[b].kind == B_FREE ? run + 1 : 0;
        if (run == n) {
            if (n == 1)
                block_cursor = b + 1;
            if (b + 1 > block_top)
                block_top = b + 1;
            return b - n + 1;
        }
    }
    return -1;
}

static int refill(int c) {
    i64 b = find_blocks(1);
    if (b < 0)
        return 0;
    blocks[b].kind = B_SMALL;
    blocks[b].cls = (uint8_t)c;
    uintptr_t start = heap_lo + (uintptr_t)b * BLOCK, sz = class_size[c];
    for (uintptr_t off = 0; off + sz <= BLOCK; off += sz) {
        rt_obj *o = (rt_obj *)(start + off);
        o->type = 0;
        o->gc = (uint64_t)(uintptr_t)free_list[c];
        free_list[c] = o;
    }
    return 1;
}

static rt_obj *alloc_small(int c) {
    if (!free_list[c] && !refill(c))
        return 0;
    rt_obj *o = free_list[c];
    free_list[c] = (rt_obj *)(uintptr_t)o->gc;
    memset(o, 0, class_size[c]);
    since_gc += class_size[c];
    return o;
}

static rt_obj *alloc_large(i64 size) {
    i64 n = (size + BLOCK - 1) / BLOCK;
    i64 b = find_blocks(n);
    if (b < 0)
        return 0;
    blocks[b] = (blk){B_LARGE, 0, (uint32_t)n};
    for (i64 i = 1; i < n; i++)
        blocks[b + i] = (blk){B_CONT, 0, (uint32_t)i};
    rt_obj *o = (rt_obj *)(heap_lo + (uintptr_t)b * BLOCK);
    memset(o, 0, (size_t)size);
    since_gc += n * BLOCK;
    return o;
}

static rt_obj *try_alloc(i64 size) {
    if (size <= class_size[NCLASS - 1])
        return alloc_small(size_class(size));
    return alloc_large(size);
}

/* size < 0 stands for a size that overflowed: it can never fit. */
rt_obj *rt_alloc(const rt_type *t, i64 size) {
    int fits = size >= 0 && size < (i64)nblocks * BLOCK;
    if (size < (i64)sizeof(rt_obj))
        size = sizeof(rt_obj);
    if (since_gc > threshold)
        rt_gc_collect();
    rt_obj *o = fits ? try_alloc(size) : 0;
    if (!o && fits) {
        rt_gc_collect();
        o = try_alloc(size);
    }
    if (!o) {
        rt_raise(&memory_error.h);
        return 0;
    }
    o->type = t;
    return o;
}

#define MAX_CAP ((i64)1 << 56)

rt_words *rt_words_new(i64 kind, i64 cap) {
    i64 size = cap >= 0 && cap < MAX_CAP ? (i64)sizeof(rt_words) + cap * 8 : -1;
    rt_words *w = (rt_words *)rt_alloc(&rt_type_words, size);
    if (w) {
        w->cap = cap;
        w->kind = kind;
    }
    return w;
}

rt_raw *rt_raw_new(i64 cap) {
    i64 size = cap >= 0 && cap < MAX_CAP ? (i64)sizeof(rt_raw) + cap : -1;
    rt_raw *r = (rt_raw *)rt_alloc(&rt_type_raw, size);
    if (r)
        r->cap = cap;
    return r;
}
