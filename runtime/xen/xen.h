/* xen.h -- the few pieces of the Xen guest ABI the runtime uses.
 *
 * Values from Xen's public headers (xen.h, hvm/start_info.h, hvm/params.h,
 * io/console.h, sched.h, event_channel.h); kept architecture-neutral so the
 * x86-64 PVH and ARM guests share them. */
#ifndef UNICC_XEN_H
#define UNICC_XEN_H

#include <stdint.h>

/* Hypercall numbers. */
#define XEN_HC_SCHED_OP 29
#define XEN_HC_EVENT_CHANNEL_OP 32
#define XEN_HC_HVM_OP 34

#define XEN_SCHEDOP_YIELD 0
#define XEN_SCHEDOP_SHUTDOWN 2
#define XEN_SHUTDOWN_POWEROFF 0
#define XEN_SHUTDOWN_CRASH 3

#define XEN_EVTCHNOP_SEND 4

#define XEN_HVMOP_GET_PARAM 1
#define XEN_HVM_PARAM_CONSOLE_PFN 17
#define XEN_HVM_PARAM_CONSOLE_EVTCHN 18
#define XEN_DOMID_SELF 0x7ff0

struct xen_hvm_param {
    uint16_t domid;
    uint32_t index;
    uint64_t value;
};

/* The PV console page: xenconsoled consumes `out`, we produce it. */
struct xen_console {
    char in[1024];
    char out[2048];
    uint32_t in_cons, in_prod;
    uint32_t out_cons, out_prod;
};

/* PVH boot: %ebx points to this at the 32-bit entry (x86 only). */
#define XEN_HVM_START_MAGIC 0x336ec578
#define XEN_E820_RAM 1

struct xen_start_info {
    uint32_t magic, version, flags, nr_modules;
    uint64_t modlist_paddr, cmdline_paddr, rsdp_paddr;
    uint64_t memmap_paddr; /* version >= 1 */
    uint32_t memmap_entries, reserved;
};

struct xen_memmap_entry {
    uint64_t addr, size;
    uint32_t type, reserved;
};

#endif
