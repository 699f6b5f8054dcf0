/* pvh.h -- what the files of the x86-64 PVH platform share among themselves. */
#ifndef UNICC_PVH_H
#define UNICC_PVH_H

#include <stdint.h>

/* CPUID leaf of Xen's signature, or 0 when not under Xen (QEMU). */
extern uint32_t xen_cpuid_base;

void console_init(void);  /* after xen_cpuid_base is known; xen_hypercall after it */
void cpu_init(void);      /* TSS, IDT, stack guard page */

/* Vectors 32 and up are the local APIC's (time.c); their handler, entry.S's
 * irq_return, only returns: an interrupt's one job is to end a hlt. */
#define IDT_VECTORS 48
#define APIC_TIMER_VECTOR 32
#define APIC_SPURIOUS_VECTOR 47 /* low four bits set, as older APICs require */

struct cpuid { uint32_t a, b, c, d; };

static inline struct cpuid cpuid(uint32_t leaf, uint32_t sub)
{
    struct cpuid r;
    __asm__ volatile("cpuid" : "=a"(r.a), "=b"(r.b), "=c"(r.c), "=d"(r.d)
                     : "a"(leaf), "c"(sub));
    return r;
}

static inline void outb(uint16_t port, uint8_t v)
{
    __asm__ volatile("outb %0, %1" : : "a"(v), "Nd"(port));
}

static inline void outl(uint16_t port, uint32_t v)
{
    __asm__ volatile("outl %0, %1" : : "a"(v), "Nd"(port));
}

static inline uint8_t inb(uint16_t port)
{
    uint8_t v;
    __asm__ volatile("inb %1, %0" : "=a"(v) : "Nd"(port));
    return v;
}

static inline uint64_t rdtsc(void)
{
    uint32_t lo, hi;
    __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
    return (uint64_t)hi << 32 | lo;
}

#endif
