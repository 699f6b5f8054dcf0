/* platform.c -- the xen-arm target: a zImage for a 32-bit ARM Xen guest,
 * which also boots on QEMU's virt machine without Xen.
 *
 * Everything is decided from the device tree in r2.  The console is the
 * Xen PV console when the hypervisor provides one, else the PL011 (or Xen's
 * emulated SBSA UART) the tree names.  Under Xen (a /hypervisor node,
 * "xen,xen") the program ends with SCHEDOP_shutdown after a last line
 * "EXIT=<n>", since Xen carries no status; elsewhere semihosting, then PSCI.
 * The memory node gives the heap. */
#include "xen-arm.h"

#define PL011_FR 6
#define FR_BUSY 0x08
#define FR_TXFF 0x20
#define DEFAULT_RAM_END 0x44000000u /* 64 MiB, if there is no tree at all */

static volatile uint32_t *pl011 = (volatile uint32_t *)0x09000000;
static int on_xen, xen_ring, psci_hvc;

void plat_write(int fd, const char *buf, size_t len)
{
    (void)fd; /* one console for stdout and stderr */
    if (xen_ring) {
        xen_console_write(buf, len);
        return;
    }
    for (size_t i = 0; i < len; i++) {
        while (pl011[PL011_FR] & FR_TXFF) {}
        pl011[0] = (uint8_t)buf[i];
    }
}

_Noreturn void plat_exit(int status)
{
    arm_check_stack();
    if (on_xen)
        xen_print_exit(status);
    while (!xen_ring && (pl011[PL011_FR] & FR_BUSY)) {}
    if (on_xen)
        xen_shutdown(status);
    arm_semihost_exit(status);
    if (psci_hvc) {
        register uint32_t r0 __asm__("r0") = 0x84000008; /* PSCI SYSTEM_OFF */
        __asm__ volatile(".arch_extension virt\n\thvc #0" : "+r"(r0) :: "memory");
    }
    arm_halt();
}

_Noreturn void arm_boot(uintptr_t dtb)
{
    uint64_t reg[4];
    uint64_t ram_end = DEFAULT_RAM_END;
    if (arm_fdt_find(dtb, "device_type", "memory", reg))
        ram_end = reg[0] + reg[1];
    on_xen = arm_fdt_find(dtb, "compatible", "xen,xen", reg);
    xen_ring = on_xen && xen_console_attach(1u << 20); /* above 4 GiB: unreachable, MMU off */
    if (arm_fdt_find(dtb, "compatible", "arm,pl011", reg) ||
        arm_fdt_find(dtb, "compatible", "arm,sbsa-uart", reg))
        pl011 = (volatile uint32_t *)(uintptr_t)reg[0];
    psci_hvc = arm_fdt_find(dtb, "method", "hvc", reg);
    if (arm_fdt_find(dtb, "compatible", "arm,cortex-a15-gic", reg)) { /* GICv2 */
        arm_gicd = (volatile uint32_t *)(uintptr_t)reg[0];
        arm_gicc = (volatile uint32_t *)(uintptr_t)reg[2];
    }
    arm_run(ram_end, dtb, "xen-arm");
}
