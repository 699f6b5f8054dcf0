/* platform.c -- the cubieboard2 target: Allwinner A20 board, also run as
 * QEMU's orangepi-pc (H3, same UART address and RAM base).
 *
 * Console is UART0, a 16550 with 4-byte register spacing, left configured by
 * U-Boot (QEMU needs no setup).  RAM starts at 0x40000000; its size comes
 * from a device tree when the loader passes one, else the board's 1 GiB.
 * Exit is semihosting under QEMU; on the board it halts. */
#include "../../arch/armv7/armv7.h"
#include "platform.h"

#define UART0 ((volatile uint32_t *)0x01c28000)
#define GICD ((volatile uint32_t *)0x01c81000) /* GIC-400 distributor */
#define GICC ((volatile uint32_t *)0x01c82000) /* and CPU interface */
#define UART_THR 0
#define UART_LSR 5
#define LSR_THRE 0x20 /* room for a byte */
#define LSR_TEMT 0x40 /* everything sent */
#define RAM_BASE 0x40000000u
#define RAM_SIZE 0x40000000u

void plat_write(int fd, const char *buf, size_t len)
{
    (void)fd; /* one console for stdout and stderr */
    for (size_t i = 0; i < len; i++) {
        while (!(UART0[UART_LSR] & LSR_THRE)) {}
        UART0[UART_THR] = (uint8_t)buf[i];
    }
}

_Noreturn void plat_exit(int status)
{
    arm_check_stack();
    while (!(UART0[UART_LSR] & LSR_TEMT)) {}
    arm_semihost_exit(status);
    arm_halt();
}

_Noreturn void arm_boot(uintptr_t dtb)
{
    uint64_t mem[4];
    uint64_t end = RAM_BASE + (uint64_t)RAM_SIZE;
    if (arm_fdt_find(dtb, "device_type", "memory", mem))
        end = mem[0] + mem[1];
    arm_gicd = GICD;
    arm_gicc = GICC;
    arm_run(end, dtb, "cubieboard2");
}
