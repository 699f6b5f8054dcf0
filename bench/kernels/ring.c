/* C twin of ring.py: SPSC ring with uint32_t free-running indices. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define ORDER 8

struct ring {
    long *slots;
    uint32_t size, mask, head, tail;
};

static int push(struct ring *r, long v)
{
    if (r->head - r->tail == r->size)
        return 0;
    r->slots[r->head & r->mask] = v;
    r->head++;
    return 1;
}

static long pop(struct ring *r)
{
    if (r->head == r->tail)
        return -1;
    return r->slots[r->tail++ & r->mask];
}

int main(int argc, char **argv)
{
    long pairs = argc > 1 ? atol(argv[1]) : 200000;
    struct ring r = {calloc(1u << ORDER, sizeof(long)), 1u << ORDER,
                     (1u << ORDER) - 1, 0xFFFFFF00u, 0xFFFFFF00u};
    for (long i = 0; i < 1L << (ORDER - 1); i++)
        push(&r, i);
    long long h = 0; /* h * 31 needs 37 bits, also where long has 32 */
    for (long i = 0; i < pairs; i++) {
        if (!push(&r, i))
            h ^= 1;
        h = (h * 31 + pop(&r)) & 0xFFFFFFFF;
    }
    printf("%lld %u %u\n", h, r.head, r.tail);
    free(r.slots);
    return 0;
}
