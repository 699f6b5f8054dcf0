/* classobj.c -- classes as values: the object `type(x)` or a class's name
 * evaluates to.  A descriptor (rt_type) is not an object, so each class used
 * as a value gets one small object of type `type` that points at it, made at
 * its first use and the same ever after (`is`, hashing and == by identity).
 * They live here, outside the collector's heap, which never frees them. */
#include "core.h"

/* <class '__main__.Outer.Inner'>; builtins without their module */
static rt_obj *class_repr(rt_obj *self) {
    const rt_type *t = ((rt_class *)self)->desc;
    if (rt_streq(t->module, "builtins"))
        return rt_strf("<class '%s'>", t->name);
    return rt_strf("<class '%s.%s'>", t->module, t->name);
}

static const uint8_t class_kinds[] = {RT_U64};
const rt_type rt_type_type = {"type", "builtins", &rt_type_object, RT_L_FIELDS, 1, class_kinds, class_repr,
                              0, 0, 0, 0, 0};

/* Open addressing on the descriptor's address; a program names far fewer
 * classes as values than this. */
#define NCLASSES 512
static rt_class classes[NCLASSES];

rt_obj *rt_class_of(const rt_type *t) {
    uintptr_t h = ((uintptr_t)t >> 4) * 0x9E3779B1u;
    for (i64 n = 0; n < NCLASSES; n++) {
        rt_class *c = &classes[(h + (uintptr_t)n) % NCLASSES];
        if (c->desc == t)
            return &c->h;
        if (!c->desc) {
            c->h.type = &rt_type_type;
            c->desc = t;
            return &c->h;
        }
    }
    rt_panic("more classes used as values than the runtime holds", __FILE__, __LINE__);
}
