/* C twin of wordfreq.py: the same generated text, split on whitespace and
   counted in an open-addressing hash table (FNV-1a, linear probing, grown
   at half full), a new table for each count. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char WORDS[] =
    "the of and to in is that it for was on are as with his they at be this "
    "from have or by one had not but what all were when we there can an your which "
    "their said if do will each about how up out them then she many some so these "
    "would other into has more her two like him see time could no make than first "
    "been its who now people my made over did down only way find use may water long "
    "little very after words called just where most know get through back much go "
    "good new write our me man too any day same right look think also around another "
    "came come work three word must because does part even place well such here take "
    "why things help put years different away again off went old number";

struct entry { const char *word; long len, count; };
struct table { struct entry *slots; long cap, used; };

static const char *words[256];
static long word_lens[256], n_words;

static void split_words(void)
{
    for (const char *p = WORDS; *p; ) {
        while (*p == ' ')
            p++;
        words[n_words] = p;
        while (*p && *p != ' ')
            p++;
        word_lens[n_words] = p - words[n_words];
        n_words++;
    }
}

static char *generate(long size, long *len)
{
    char *text = malloc((size_t)size + 64);
    long n = 0, x = 12345;
    while (n < size) {
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF;
        /* The lesser of two picks: the words early in the list are the common ones. */
        long i = (x >> 8) % n_words, j = (x >> 16) % n_words;
        long k = i < j ? i : j;
        memcpy(text + n, words[k], (size_t)word_lens[k]);
        n += word_lens[k];
        if ((x >> 20) % 8 == 0)
            n += sprintf(text + n, "%ld", (x >> 4) % 100);
        text[n++] = (x >> 12) % 16 == 0 ? '\n' : ' ';
    }
    *len = n;
    return text;
}

static unsigned long hash(const char *s, long n)
{
    unsigned long h = 14695981039346656037UL;
    for (long i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211UL;
    return h;
}

static struct entry *slot(struct table *t, const char *w, long n)
{
    unsigned long i = hash(w, n) & (unsigned long)(t->cap - 1);
    while (t->slots[i].word &&
           (t->slots[i].len != n || memcmp(t->slots[i].word, w, (size_t)n) != 0))
        i = (i + 1) & (unsigned long)(t->cap - 1);
    return &t->slots[i];
}

static void grow(struct table *t)
{
    struct table bigger = {calloc((size_t)t->cap * 2, sizeof(struct entry)), t->cap * 2, t->used};
    for (long i = 0; i < t->cap; i++)
        if (t->slots[i].word)
            *slot(&bigger, t->slots[i].word, t->slots[i].len) = t->slots[i];
    free(t->slots);
    *t = bigger;
}

static void add(struct table *t, const char *w, long n)
{
    struct entry *e = slot(t, w, n);
    if (!e->word) {
        if (2 * (t->used + 1) > t->cap) {
            grow(t);
            e = slot(t, w, n);
        }
        *e = (struct entry){w, n, 0};
        t->used++;
    }
    e->count++;
}

static int is_space(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

static struct table count(const char *text, long len)
{
    struct table t = {calloc(8, sizeof(struct entry)), 8, 0};
    for (long i = 0; i < len; ) {
        while (i < len && is_space(text[i]))
            i++;
        long start = i;
        while (i < len && !is_space(text[i]))
            i++;
        if (i > start)
            add(&t, text + start, i - start);
    }
    return t;
}

/* Count descending, then word ascending (Python compares str by code point). */
static int by_count_then_word(const void *pa, const void *pb)
{
    const struct entry *a = pa, *b = pb;
    if (a->count != b->count)
        return a->count > b->count ? -1 : 1;
    int c = memcmp(a->word, b->word, (size_t)(a->len < b->len ? a->len : b->len));
    return c ? c : (a->len > b->len) - (a->len < b->len);
}

int main(int argc, char **argv)
{
    long size = argc > 1 ? atol(argv[1]) : 1 << 20;
    long repeat = argc > 2 ? atol(argv[2]) : 1, len, total = 0;
    split_words();
    char *text = generate(size, &len);
    struct table t = {calloc(8, sizeof(struct entry)), 8, 0};
    for (long r = 0; r < repeat; r++) {
        free(t.slots);
        t = count(text, len);
        for (long i = 0; i < t.cap; i++)
            total += t.slots[i].count;
    }
    struct entry *items = malloc((size_t)t.used * sizeof *items);
    long n = 0;
    for (long i = 0; i < t.cap; i++)
        if (t.slots[i].word)
            items[n++] = t.slots[i];
    qsort(items, (size_t)n, sizeof *items, by_count_then_word);
    for (long i = 0; i < n && i < 10; i++)
        printf("%s%.*s=%ld", i ? " " : "", (int)items[i].len, items[i].word, items[i].count);
    printf("\n%ld %ld\n", t.used, total);
    free(items);
    free(t.slots);
    free(text);
    return 0;
}
