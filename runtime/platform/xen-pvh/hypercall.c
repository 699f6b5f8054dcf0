/* hypercall.c -- the hypercall instruction of an x86-64 Xen guest, for
 * runtime/xen: a call into the hypercall page, which Xen fills in when the
 * guest writes the page's address to the MSR that CPUID names. */
#include "pvh.h"

static uint8_t hypercall_page[4096] __attribute__((aligned(4096)));

void hypercall_init(void)
{
    if (xen_cpuid_base)
        wrmsr(cpuid(xen_cpuid_base + 2, 0).b, (uint64_t)hypercall_page);
}

long xen_hypercall3(unsigned nr, uintptr_t a1, void *a2, uintptr_t a3)
{
    long ret;
    __asm__ volatile("call *%[fn]"
                     : "=a"(ret), "+D"(a1), "+S"(a2), "+d"(a3)
                     : [fn] "r"(hypercall_page + nr * 32)
                     : "r10", "r8", "rcx", "r11", "memory");
    return ret;
}
