/* mmio.c -- what a device driver in the subset cannot say in Python
 * (stdlib/unicc_devices/mmio.py): volatile loads and stores of device
 * registers, a barrier between memory the device reads and a register
 * write, and the physical address of a buffer's bytes.  Where the devices
 * are is the platform's (platform/xen-pvh/virtio.c).
 *
 * Addresses are physical = virtual: start.S identity-maps the first 4 GiB
 * (RAM and the device windows below it) and the heap never moves an
 * object, so a buffer's address stays valid while the driver keeps it. */
#include "unicc.h"

i64 rt_mmio_read8(i64 addr) { return *(volatile uint8_t *)addr; }
i64 rt_mmio_read16(i64 addr) { return *(volatile uint16_t *)addr; }
i64 rt_mmio_read32(i64 addr) { return *(volatile uint32_t *)addr; }
void rt_mmio_write8(i64 addr, i64 v) { *(volatile uint8_t *)addr = (uint8_t)v; }
void rt_mmio_write16(i64 addr, i64 v) { *(volatile uint16_t *)addr = (uint16_t)v; }
void rt_mmio_write32(i64 addr, i64 v) { *(volatile uint32_t *)addr = (uint32_t)v; }

/* Orders every earlier load and store (of rings in RAM and of registers)
 * before every later one, for the compiler and the CPU. */
void rt_mmio_barrier(void) { __asm__ volatile("mfence" ::: "memory"); }

/* The physical address of the first byte of a bytes, bytearray or Buffer. */
i64 rt_mmio_addr(rt_obj *buf)
{
    i64 len;
    return (i64)(uintptr_t)rt_bytes_data(buf, &len);
}
