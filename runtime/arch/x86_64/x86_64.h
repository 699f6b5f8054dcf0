/* x86_64.h -- what the x86-64 platforms share from runtime/arch/x86_64:
 * CPU set-up, exception handling, the TSC clock and the local APIC timer,
 * and the instructions C cannot spell.
 *
 * A platform's entry.S jumps to x86_start (start.S) in 32-bit protected
 * mode with paging off and the loader's boot information in %ebx; it
 * enables long mode and calls the platform's x86_boot with that pointer. */
#ifndef UNICC_X86_64_H
#define UNICC_X86_64_H

#include <stdint.h>

/* Provided by each platform: boot_info is the loader's %ebx (PVH:
 * hvm_start_info). */
_Noreturn void x86_boot(uintptr_t boot_info);

/* cpu.c: TSS, IDT and the guard pages (page 0, the stack's lowest page). */
void x86_cpu_init(void);

/* timer.c: a monotonic clock from the TSC, timed against the local APIC
 * timer; x86_apic_idle halts until the APIC timer fires after about ns. */
uint64_t x86_tsc_ns(void);
void x86_apic_idle(int64_t ns);

/* Vectors 32 and up are the local APIC's (timer.c); their handler,
 * vectors.S's irq_return, only returns: an interrupt's one job is to end a
 * hlt. */
#define IDT_VECTORS 48
#define APIC_TIMER_VECTOR 32
#define X86_DEVICE_VECTOR 33 /* every device interrupt (mmio.c) */
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

static inline void wrmsr(uint32_t msr, uint64_t v)
{
    __asm__ volatile("wrmsr" : : "c"(msr), "a"((uint32_t)v), "d"((uint32_t)(v >> 32)));
}

#endif
