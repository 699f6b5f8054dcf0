/* platform.c -- from runtime/arch/x86_64/start.S to rt_start: Xen or QEMU,
 * arguments and heap.
 *
 * hvm_start_info gives the command line (split on spaces into argv; the
 * runner passes the program name as its first word) and the memory map.  The
 * heap goes after everything we must keep: the image, and start_info, the
 * command line and the map, which Xen places just above the image. */
#include "panic.h"
#include "platform.h"
#include "pvh.h"
#include "unicc.h"

#define MAX_ARGS 256
#define FOUR_GIB ((uint64_t)1 << 32) /* what arch/x86_64/start.S maps */

uint32_t xen_cpuid_base;
extern char _end[];

static uint32_t find_xen(void)
{
    for (uint32_t leaf = 0x40000000; leaf < 0x40010000; leaf += 0x100) {
        struct cpuid r = cpuid(leaf, 0);
        if (r.b == 0x566e6558 && r.c == 0x65584d4d && r.d == 0x4d4d566e) /* XenVMMXenVMM */
            return leaf;
    }
    return 0;
}

static int split_args(char *s, char **argv)
{
    static char empty[] = "";
    int argc = 0;
    for (char *p = s; p && *p;) {
        if (*p == ' ') {
            *p++ = 0;
            continue;
        }
        if (argc == MAX_ARGS)
            rt_fatal("too many arguments on the command line");
        argv[argc++] = p;
        while (*p && *p != ' ')
            p++;
    }
    if (argc == 0)
        argv[argc++] = empty;
    argv[argc] = NULL;
    return argc;
}

static uint64_t max_end(uint64_t lo, uint64_t addr, uint64_t len)
{
    return addr && addr + len > lo ? addr + len : lo;
}

static uint64_t find_heap(const struct xen_start_info *si, const char *cmdline)
{
    size_t n = 0;
    while (cmdline && cmdline[n])
        n++;
    const struct xen_memmap_entry *map = (const void *)si->memmap_paddr;
    uint32_t nmap = si->version >= 1 ? si->memmap_entries : 0;
    uint64_t lo = max_end((uint64_t)_end, (uint64_t)si, sizeof *si);
    lo = max_end(lo, (uint64_t)cmdline, n + 1);
    lo = max_end(lo, (uint64_t)map, nmap * sizeof *map);
    lo = (lo + 4095) & ~(uint64_t)4095;
    uint64_t size = (uint64_t)unicc_heap_size;
    if (nmap == 0)
        return lo; /* no map: trust that the guest has the memory */
    for (uint32_t i = 0; i < nmap; i++) {
        uint64_t start = map[i].addr > lo ? map[i].addr : lo;
        uint64_t end = map[i].addr + map[i].size;
        end = end < FOUR_GIB ? end : FOUR_GIB;
        if (map[i].type == XEN_E820_RAM && end > start && end - start >= size)
            return start;
    }
    rt_fatal("not enough guest memory for the heap (see --heap)");
}

_Noreturn void x86_boot(uintptr_t boot_info)
{
    const struct xen_start_info *si = (const struct xen_start_info *)boot_info;
    static char *argv[MAX_ARGS + 1];
    xen_cpuid_base = find_xen();
    hypercall_init();
    console_init();
    x86_cpu_init();
    if (si->magic != XEN_HVM_START_MAGIC)
        rt_fatal("not started through PVH (bad hvm_start_info magic)");
    char *cmdline = (char *)si->cmdline_paddr;
    uint64_t heap = find_heap(si, cmdline);
    int argc = split_args(cmdline, argv);
    rt_start(argc, argv, (void *)heap, unicc_heap_size);
}
