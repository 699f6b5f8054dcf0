/* boot.c -- hand-over from a board to the runtime: heap, argv, exit.
 *
 * The heap is the RAM above the stacks (link.ld puts them right after the
 * image), so a board only has to say where its RAM ends.  sys.argv comes
 * from the device tree's /chosen/bootargs, split on spaces (QEMU's -append,
 * xl's extra=); it is copied out because the heap may cover the tree. */
#include "armv7.h"
#include "unicc.h"

extern char __heap_start[]; /* from link.ld */

static char args[1024];
static char *argv[32];

static int split_args(const char *s, char *argv0)
{
    int argc = 0;
    size_t n = 0;
    while (s && *s && n < sizeof args - 1 && argc < 31) {
        while (*s == ' ')
            s++;
        if (!*s)
            break;
        argv[argc++] = args + n;
        while (*s && *s != ' ' && n < sizeof args - 1)
            args[n++] = *s++;
        args[n++] = 0;
    }
    if (argc == 0)
        argv[argc++] = argv0;
    return argc;
}

uintptr_t arm_dtb;

_Noreturn void arm_run(uint64_t ram_end, uintptr_t dtb, char *argv0)
{
    arm_dtb = arm_fdt_valid(dtb) ? dtb : 0;
    int argc = split_args(arm_fdt_chosen(dtb, "bootargs"), argv0);
    arm_guard_stack();
    if (ram_end > 0xfffff000u)
        ram_end = 0xfffff000u; /* the MMU is off: only the low 4 GiB is reachable */
    uintptr_t heap = (uintptr_t)__heap_start;
    i64 size = ram_end > heap ? (i64)((ram_end - heap) & ~(uint64_t)15) : 0;
    if (unicc_heap_size > 0 && unicc_heap_size < size)
        size = unicc_heap_size;
    rt_start(argc, argv, (void *)heap, size);
}

void arm_semihost_exit(int status)
{
    /* ADP_Stopped_ApplicationExit with a status (SYS_EXIT_EXTENDED). */
    volatile uint32_t block[2] = {0x20026, (uint32_t)status};
    register uint32_t r0 __asm__("r0") = 0x20;
    register volatile uint32_t *r1 __asm__("r1") = block;
    __asm__ volatile("svc 0x123456" : "+r"(r0) : "r"(r1) : "memory", "lr");
}
