/* pvh.h -- what the files of the x86-64 PVH platform share among themselves. */
#ifndef UNICC_PVH_H
#define UNICC_PVH_H

#include "../../arch/x86_64/x86_64.h"
#include "../../xen/xen.h"

/* CPUID leaf of Xen's signature, or 0 when not under Xen (QEMU). */
extern uint32_t xen_cpuid_base;

void hypercall_init(void); /* after xen_cpuid_base is known; xen_hypercall after it */
void console_init(void);   /* after hypercall_init */

#endif
