/* hypercall.c -- the hypercall instruction of a 32-bit ARM Xen guest; the console
 * ring and shutdown built on it are runtime/xen/console.c.
 *
 * The MMU is off, so guest-physical addresses are used as pointers (fine
 * under TCG; real hardware would need the console ring mapped cacheable, as
 * Xen and dom0 map it). */
#include "../../xen/xen.h"

/* hvc #0xEA1 with the call number in r12; Xen may clobber r1-r4. */
long xen_hypercall3(unsigned nr, uintptr_t a1, void *a2, uintptr_t a3)
{
    register uint32_t r0 __asm__("r0") = (uint32_t)a1;
    register void *r1 __asm__("r1") = a2;
    register uint32_t r2 __asm__("r2") = (uint32_t)a3;
    register uint32_t r12 __asm__("r12") = nr;
    __asm__ volatile(".arch_extension virt\n\thvc #0xea1"
                     : "+r"(r0), "+r"(r1), "+r"(r2), "+r"(r12)
                     :
                     : "r3", "r4", "memory");
    return (int32_t)r0;
}
