/* console.c -- output and exit for the PVH platform, under QEMU or Xen.
 *
 * QEMU: COM1 16550 for output and isa-debug-exit (port 0xf4) to end with a
 * status.  Xen: a PVH domU has neither, so output goes to the PV console ring
 * and the exit status is printed as a final "EXIT=<n>" line (Xen's shutdown
 * carries no code) before SCHEDOP_shutdown. */
#include "platform.h"
#include "pvh.h"

#define COM1 0x3f8
#define LSR_THR_EMPTY 0x20
#define DEBUG_EXIT_PORT 0xf4

static int pv_console;

void console_init(void)
{
    if (xen_cpuid_base)
        pv_console = xen_console_attach(UINT64_MAX >> 12);
}

void plat_write(int fd, const char *buf, size_t len)
{
    (void)fd; /* one console for both streams */
    if (pv_console) {
        xen_console_write(buf, len);
        return;
    }
    if (xen_cpuid_base)
        return; /* Xen without a console: nowhere to write */
    for (size_t i = 0; i < len; i++) {
        while (!(inb(COM1 + 5) & LSR_THR_EMPTY)) {}
        outb(COM1, (uint8_t)buf[i]);
    }
}

_Noreturn void plat_exit(int status)
{
    if (xen_cpuid_base) {
        xen_print_exit(status);
        xen_shutdown(status);
    }
    outl(DEBUG_EXIT_PORT, (uint32_t)status); /* QEMU exits with status*2+1 */
    for (;;)
        __asm__ volatile("cli; hlt");
}
