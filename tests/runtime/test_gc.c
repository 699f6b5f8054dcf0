/* test_gc.c -- collector stress: allocates about 100 times the 1 MiB heap
 * in linked lists, binary trees, lists of boxes and strings, while keeping
 * some of each alive (through a global root and through C locals) and
 * checking them afterwards.  A wide list overflows the mark stack. */
#include "check.h"

static rt_obj *keep;  /* a list[object] of structures that must survive */
rt_obj **const unicc_gc_roots[] = {&keep};
const i64 unicc_gc_nroots = 1;
const i64 unicc_heap_size = 1 << 20;

static const uint8_t node_kinds[] = {RT_I64, RT_OBJ};
static const rt_type node_type = {"Node", "__main__", &rt_type_object, RT_L_FIELDS, 2,
                                  node_kinds, 0, 0, 0, 0, 0, 0};
static const uint8_t tree_kinds[] = {RT_I64, RT_OBJ, RT_OBJ};
static const rt_type tree_type = {"Tree", "__main__", &rt_type_object, RT_L_FIELDS, 3,
                                  tree_kinds, 0, 0, 0, 0, 0, 0};

/* Fields are 64-bit words, also on 32-bit ARM, as compiled code lays them. */
typedef struct node {
    rt_obj h;
    i64 v;
    rt_word next;
} node;

typedef struct tree {
    rt_obj h;
    i64 v;
    rt_word l, r;
} tree;

#define NEXT(n) ((node *)(uintptr_t)(n)->next)

static node *chain(i64 n) {
    node *head = 0;
    for (i64 i = 0; i < n; i++) {
        node *x = (node *)rt_alloc(&node_type, sizeof(node));
        if (!x)
            return 0;
        x->v = i;
        x->next = W(head);
        head = x;
    }
    return head;
}

static i64 chain_sum(node *n) {
    i64 s = 0;
    for (; n; n = NEXT(n))
        s += n->v;
    return s;
}

static tree *build(i64 depth, i64 v) {
    tree *t = (tree *)rt_alloc(&tree_type, sizeof(tree));
    if (!t)
        return 0;
    t->v = v;
    if (depth) {
        t->l = W(build(depth - 1, 2 * v));
        t->r = W(build(depth - 1, 2 * v + 1));
    }
    return t;
}

static i64 tree_sum(tree *t) {
    return t ? t->v + tree_sum((tree *)(uintptr_t)t->l) + tree_sum((tree *)(uintptr_t)t->r) : 0;
}

static rt_obj *boxes(i64 n) {
    rt_obj *l = rt_list_new(RT_OBJ, 0);
    for (i64 i = 0; i < n; i++)
        rt_list_append(l, W(i % 2 ? rt_box_int(i) : rt_int_to_str(i)));
    return l;
}

static i64 boxes_sum(rt_obj *l) {
    i64 s = 0;
    for (i64 i = 0; i < rt_list_len(l); i++) {
        rt_obj *o = (rt_obj *)(uintptr_t)rt_list_get(l, i);
        s += o->type == &rt_type_int ? (i64)((rt_word *)(o + 1))[0] : rt_int_from_str(o, 10);
    }
    return s;
}

static void stress(void) {
    begin("gc_stress");
    keep = rt_list_new(RT_OBJ, 0);
    node *local_chain = chain(3000);       /* rooted only by this C local */
    rt_obj *wide = boxes(12000);           /* more items than the mark stack */
    i64 rounds = 0;
    while (rounds < 2000) {
        node *c = chain(500);
        tree *t = build(8, 1);
        rt_obj *b = boxes(200);
        CHECK(c && t && b && !rt_exc);
        if (!c || !t || !b)
            break;
        CHECK(chain_sum(c) == 499 * 500 / 2);
        if (rounds % 50 == 0) { /* keep a few of each, replacing older ones */
            if (rt_list_len(keep) >= 6)
                rt_list_del_slice(keep, 0, 3, 1, 3);
            rt_list_append(keep, W(c));
            rt_list_append(keep, W(t));
            rt_list_append(keep, W(b));
        }
        rounds++;
    }
    CHECK(rounds == 2000);
    CHECK(chain_sum(local_chain) == 2999 * 3000 / 2);
    CHECK(boxes_sum(wide) == 11999 * 12000 / 2);
    for (i64 i = 0; i < rt_list_len(keep); i += 3) {
        CHECK(chain_sum((node *)(uintptr_t)rt_list_get(keep, i)) == 499 * 500 / 2);
        CHECK(tree_sum((tree *)(uintptr_t)rt_list_get(keep, i + 1)) == 511 * 512 / 2);
        CHECK(boxes_sum((rt_obj *)(uintptr_t)rt_list_get(keep, i + 2)) == 199 * 200 / 2);
    }
    CHECK_NO_EXC();
    end();
}

/* Builds and drops 5000 boxes; returns the heap in use while they lived. */
static __attribute__((noinline)) i64 fill_and_drop(void) {
    rt_obj *l = boxes(5000);
    rt_gc_collect();
    return boxes_sum(l) == 4999 * 5000 / 2 ? rt_gc_heap_used() : -1;
}

/* Overwrites dead stack slots that may still hold stale pointers. */
static __attribute__((noinline)) void scrub(void) {
    volatile char pad[8192];
    for (int i = 0; i < 8192; i++)
        pad[i] = 0;
}

static void reclaim(void) {
    begin("gc_reclaim");
    keep = 0;
    rt_gc_collect();
    i64 base = rt_gc_heap_used();
    CHECK(fill_and_drop() > base + 5000 * 16);
    scrub();
    rt_gc_collect();
    CHECK(rt_gc_heap_used() < base + 16 * 1024);
    end();
}

/* An interior pointer alone keeps its object alive (LLVM derives them). */
static __attribute__((noinline)) i64 *inner_of(i64 n) {
    rt_obj *l = boxes(n);
    return &((rt_list *)l)->len;
}

static void interior(void) {
    begin("gc_interior");
    i64 *volatile p = inner_of(300);
    for (int i = 0; i < 20; i++)
        chain(2000);
    rt_obj *l = (rt_obj *)(void *)((char *)p - __builtin_offsetof(rt_list, len));
    CHECK(rt_list_len(l) == 300 && boxes_sum(l) == 299 * 300 / 2);
    end();
}

void unicc_main(void) {
    stress();
    reclaim();
    interior();
}
