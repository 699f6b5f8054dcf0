/* C twin of bintrees.py: malloc'd binary trees, freed after each check
   (the Python versions leave that to their collector). */
#include <stdio.h>
#include <stdlib.h>

#define MIN_DEPTH 4

struct node { struct node *left, *right; };

static struct node *make(int depth)
{
    struct node *n = malloc(sizeof *n);
    n->left = depth ? make(depth - 1) : NULL;
    n->right = depth ? make(depth - 1) : NULL;
    return n;
}

static long check(const struct node *n)
{
    if (!n->left || !n->right)
        return 1;
    return 1 + check(n->left) + check(n->right);
}

static void release(struct node *n)
{
    if (n->left)
        release(n->left);
    if (n->right)
        release(n->right);
    free(n);
}

static long check_once(int depth)
{
    struct node *t = make(depth);
    long c = check(t);
    release(t);
    return c;
}

static void run(int max_depth, long sums[3])
{
    sums[0] += check_once(max_depth + 1);
    struct node *long_lived = make(max_depth);
    for (int depth = MIN_DEPTH; depth <= max_depth; depth += 2) {
        long iters = 1L << (max_depth - depth + MIN_DEPTH);
        for (long i = 0; i < iters; i++)
            sums[1] += check_once(depth);
    }
    sums[2] += check(long_lived);
    release(long_lived);
}

int main(int argc, char **argv)
{
    int max_depth = argc > 1 ? atoi(argv[1]) : 12;
    long repeat = argc > 2 ? atol(argv[2]) : 1, sums[3] = {0, 0, 0};
    if (max_depth < MIN_DEPTH + 2)
        max_depth = MIN_DEPTH + 2;
    for (long r = 0; r < repeat; r++)
        run(max_depth, sums);
    printf("%ld %ld %ld\n", sums[0], sums[1], sums[2]);
    return 0;
}
