/* fdt.c -- just enough of a flattened device tree reader to find memory,
 * a UART, the Xen hypervisor node and the command line.
 *
 * The tree is a stream of big-endian tokens; properties of a node come
 * before its children, so a node is decided when its first child or its end
 * is reached.  reg is decoded with the root's #address-cells/#size-cells,
 * which is right for the nodes asked about (all children of the root on
 * QEMU's virt machine and in Xen's guest trees). */
#include "armv7.h"

enum { FDT_MAGIC = 0xd00dfeed, BEGIN_NODE = 1, END_NODE = 2, PROP = 3, NOP = 4 };

struct fdt_header {
    uint32_t magic, totalsize, off_struct, off_strings, off_rsvmap, version,
        last_comp_version, boot_cpuid, size_strings, size_struct;
};

/* One search: the walker reports each property, and each node boundary as
 * a NULL name; `visit` returns nonzero to stop. */
struct walk {
    const char *node;            /* name of the current node */
    uint32_t depth, acells, scells; /* the root node is at depth 1 */
    const char *prop, *value;    /* what is searched for */
    const uint8_t *reg, *found, *irq; /* results */
    uint32_t reg_len, found_len, irq_len;
    int match, skip;             /* skip: matching nodes to pass over first */
    int (*visit)(struct walk *w, const char *name, const uint8_t *val, uint32_t len);
};

static uint32_t be32(const void *p)
{
    const uint8_t *b = p;
    return (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | b[3];
}

static int streq(const char *a, const char *b)
{
    while (*a && *a == *b)
        a++, b++;
    return *a == *b;
}

static size_t slen(const char *s)
{
    size_t n = 0;
    while (s[n])
        n++;
    return n;
}

/* Boot loaders may leave anything in r2: only RAM-aligned words are read. */
int arm_fdt_valid(uintptr_t dtb)
{
    return dtb >= 0x40000000u && (dtb & 3) == 0 &&
           be32(&((const struct fdt_header *)dtb)->magic) == FDT_MAGIC;
}

static int walk(uintptr_t dtb, struct walk *w)
{
    if (!arm_fdt_valid(dtb))
        return 0;
    const struct fdt_header *h = (const struct fdt_header *)dtb;
    const uint8_t *p = (const uint8_t *)dtb + be32(&h->off_struct);
    const char *strings = (const char *)dtb + be32(&h->off_strings);
    w->acells = 2;
    w->scells = 1;
    for (;;) {
        uint32_t tok = be32(p);
        p += 4;
        if (tok == BEGIN_NODE || tok == END_NODE) {
            if (w->visit(w, 0, 0, 0))
                return 1;
        }
        if (tok == BEGIN_NODE) {
            w->depth++;
            w->node = (const char *)p;
            p += (slen(w->node) + 4) & ~(size_t)3;
        } else if (tok == END_NODE) {
            w->depth--;
        } else if (tok == PROP) {
            uint32_t len = be32(p);
            const char *name = strings + be32(p + 4);
            const uint8_t *val = p + 8;
            p = val + ((len + 3) & ~(uint32_t)3);
            if (w->depth == 1 && streq(name, "#address-cells"))
                w->acells = be32(val);
            else if (w->depth == 1 && streq(name, "#size-cells"))
                w->scells = be32(val);
            else if (w->visit(w, name, val, len))
                return 1;
        } else if (tok != NOP) {
            return 0; /* FDT_END or garbage */
        }
    }
}

static int list_has(const char *list, uint32_t len, const char *value)
{
    for (uint32_t i = 0; i < len; i += (uint32_t)slen(list + i) + 1)
        if (streq(list + i, value))
            return 1;
    return 0;
}

static int visit_match(struct walk *w, const char *name, const uint8_t *val, uint32_t len)
{
    if (!name) {
        if (w->match && w->skip-- == 0)
            return 1;
        w->match = 0;
        w->reg = w->irq = 0;
    } else if (streq(name, "interrupts")) {
        w->irq = val;
        w->irq_len = len;
    } else if (streq(name, "reg")) {
        w->reg = val;
        w->reg_len = len;
    } else if (streq(name, w->prop)) {
        w->match = list_has((const char *)val, len, w->value);
    }
    return 0;
}

static uint64_t cells(const uint8_t **p, uint32_t n)
{
    uint64_t v = 0;
    for (; n; n--, *p += 4)
        v = v << 32 | be32(*p);
    return v;
}

int arm_fdt_find(uintptr_t dtb, const char *prop, const char *value, uint64_t reg[4])
{
    return arm_fdt_find_nth(dtb, prop, value, 0, reg, 0);
}

int arm_fdt_find_nth(uintptr_t dtb, const char *prop, const char *value, int n, uint64_t reg[4],
                     uint32_t *spi)
{
    struct walk w = {.prop = prop, .value = value, .skip = n, .visit = visit_match};
    if (!walk(dtb, &w))
        return 0;
    if (spi) /* GIC binding: <type number flags>, type 0 = SPI */
        *spi = w.irq && w.irq_len >= 12 && be32(w.irq) == 0 ? be32(w.irq + 4) : 0xffffffffu;
    const uint8_t *p = w.reg;
    for (int i = 0; i < 4; i += 2) {
        int has = p && p + 4 * (w.acells + w.scells) <= w.reg + w.reg_len;
        reg[i] = has ? cells(&p, w.acells) : 0;
        reg[i + 1] = has ? cells(&p, w.scells) : 0;
    }
    return 1;
}

static int visit_chosen(struct walk *w, const char *name, const uint8_t *val, uint32_t len)
{
    if (name && w->depth == 2 && streq(w->node, "chosen") && streq(name, w->prop)) {
        w->found = val;
        w->found_len = len;
        return 1;
    }
    return 0;
}

const char *arm_fdt_chosen(uintptr_t dtb, const char *prop)
{
    struct walk w = {.prop = prop, .visit = visit_chosen};
    return walk(dtb, &w) && w.found_len > 0 && w.found[w.found_len - 1] == 0
               ? (const char *)w.found
               : 0;
}
