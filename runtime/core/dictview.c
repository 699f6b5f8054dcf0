/* dictview.c -- d.keys(), d.values(), d.items(): views that read their dict
 * at each use, so a view kept in a variable sees later changes, as in
 * CPython.  Loops over `d.keys()` written in place never make one (the
 * compiler walks the dict); a view that is kept, printed or passed on is
 * this object, and anything that walks it walks a snapshot of the moment. */
#include "core.h"

/* Every field a word, as the collector reads them (pointers in the low half
 * on 32-bit targets). */
typedef struct rt_dictview {
    rt_obj h;
    union { rt_obj *dict; rt_word dict_word; };
    i64 what;                   /* 0 keys, 1 values, 2 items */
    union { const uint8_t *pair_kinds; rt_word kinds_word; };  /* items: the tuples' kinds */
} rt_dictview;

#define V(o) ((rt_dictview *)(o))
#define D(o) ((rt_dict *)(o))

static const uint8_t view_fields[] = {RT_OBJ, RT_I64, RT_I64};
static const char *const view_names[] = {"dict_keys(", "dict_values(", "dict_items("};

int rt_is_dictview(rt_obj *o) {
    return o && (o->type == &rt_type_dict_keys || o->type == &rt_type_dict_values ||
                 o->type == &rt_type_dict_items);
}

rt_obj *rt_dict_view(rt_obj *d, i64 what, const uint8_t *pair_kinds) {
    static const rt_type *const types[] = {&rt_type_dict_keys, &rt_type_dict_values, &rt_type_dict_items};
    rt_dictview *v = V(rt_alloc(types[what], sizeof(rt_dictview)));
    if (v) {
        v->dict_word = v->kinds_word = 0;   /* the high halves, on 32-bit targets */
        v->dict = d;
        v->what = what;
        v->pair_kinds = pair_kinds;
    }
    return &v->h;
}

/* The view's items now, as a list (items: tuples of the view's pair kinds). */
rt_obj *rt_dictview_list(rt_obj *o) {
    rt_dictview *v = V(o);
    rt_dict *d = D(v->dict);
    if (v->what < 2)
        return v->what ? rt_dict_values(v->dict) : rt_dict_keys(v->dict);
    rt_obj *l = rt_list_new(RT_OBJ, d->used);
    rt_word k, w;
    for (i64 pos = 0; l && rt_dict_next(v->dict, &pos, d->used, &k, &w);) {
        rt_obj *t = rt_tuple_new(2, v->pair_kinds);
        if (!t)
            return 0;
        ((rt_tuple *)t)->items[0] = rt_word_as(k, d->kkind, v->pair_kinds[0]);
        ((rt_tuple *)t)->items[1] = rt_word_as(w, d->vkind, v->pair_kinds[1]);
        rt_list_append(l, (rt_word)(uintptr_t)t);
    }
    return l;
}

i64 rt_dictview_len(rt_obj *o) { return D(V(o)->dict)->used; }

/* x in view: keys look the key up; items look up x[0] and compare x[1];
 * values compare with each value. */
i64 rt_dictview_contains(rt_obj *o, rt_word w, i64 kind) {
    rt_dictview *v = V(o);
    if (v->what == 0)
        return rt_abc_contains(v->dict, w, kind);
    if (v->what == 1) {
        rt_obj *l = rt_dict_values(v->dict);
        return l && rt_list_contains(l, rt_word_as(w, kind, ((rt_list *)l)->kind));
    }
    rt_tuple *t = (rt_tuple *)(uintptr_t)rt_word_as(w, kind, RT_OBJ);
    if (rt_exc || !t || t->h.type->layout != RT_L_TUPLE || t->len != 2)
        return 0;
    rt_word found;
    if (!rt_dict_find(v->dict, t->items[0], t->kinds[0], &found))
        return 0;
    return rt_same_kinds(found, D(v->dict)->vkind, t->items[1], t->kinds[1]);
}

static rt_obj *view_repr(rt_obj *o) {
    rt_obj *l = rt_dictview_list(o);
    rt_obj *inner = l ? rt_list_repr(l) : 0;
    rt_obj *r = inner ? rt_str_concat(rt_str_from_cstr(view_names[V(o)->what]), inner) : 0;
    return r ? rt_str_concat(r, rt_str_from_cstr(")")) : 0;
}

static rt_obj *as_set(rt_obj *o) {
    if (o->type->layout == RT_L_SET)
        return o;
    rt_obj *l = rt_dictview_list(o);
    rt_obj *s = l ? rt_set_new(((rt_list *)l)->kind) : 0;
    for (i64 i = 0; s && !rt_exc && i < ((rt_list *)l)->len; i++)
        rt_set_add(s, ((rt_list *)l)->items->data[i]);
    return rt_exc ? 0 : s;
}

/* keys and items views compare as sets, with sets and with each other's kind */
static i64 view_eq(rt_obj *a, rt_obj *b) {
    if (!(b->type->layout == RT_L_SET || b->type == &rt_type_dict_keys || b->type == &rt_type_dict_items))
        return 0;
    rt_obj *x = as_set(a), *y = x ? as_set(b) : 0;
    return y && rt_set_eq(x, y);
}

static rt_obj *view_iter(rt_obj *o) {
    rt_obj *l = rt_dictview_list(o);
    return l ? rt_iter(l) : 0;
}

#define VIEW_TYPE(NAME, EQ)                                                                   \
    const rt_type rt_type_##NAME = {#NAME, "builtins", &rt_type_object, RT_L_FIELDS, 3, view_fields, \
                                    view_repr, 0, rt_unhashable, EQ, 0, 0, 0, view_iter}
VIEW_TYPE(dict_keys, view_eq);
VIEW_TYPE(dict_values, 0);
VIEW_TYPE(dict_items, view_eq);
