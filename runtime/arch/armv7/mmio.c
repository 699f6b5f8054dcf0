/* mmio.c -- what a device driver in the subset cannot say in Python
 * (stdlib/unicc_devices/mmio.py): volatile loads and stores of device
 * registers, a barrier between memory the device reads and a register
 * write, and the physical address of a buffer's bytes.
 *
 * Addresses are physical: the MMU is off (arm_start never enables it) and
 * the heap never moves an object.  Once the MMU is turned on, the RAM must
 * stay identity-mapped (or this must translate) and the rings must be
 * mapped uncached or cleaned and invalidated around each barrier. */
#include "unicc.h"

i64 rt_mmio_read8(i64 addr) { return *(volatile uint8_t *)(uintptr_t)addr; }
i64 rt_mmio_read16(i64 addr) { return *(volatile uint16_t *)(uintptr_t)addr; }
i64 rt_mmio_read32(i64 addr) { return *(volatile uint32_t *)(uintptr_t)addr; }
void rt_mmio_write8(i64 addr, i64 v) { *(volatile uint8_t *)(uintptr_t)addr = (uint8_t)v; }
void rt_mmio_write16(i64 addr, i64 v) { *(volatile uint16_t *)(uintptr_t)addr = (uint16_t)v; }
void rt_mmio_write32(i64 addr, i64 v) { *(volatile uint32_t *)(uintptr_t)addr = (uint32_t)v; }

/* Orders every earlier memory access before every later one, device
 * memory included (dsb, not just dmb: a register write may start DMA). */
void rt_mmio_barrier(void) { __asm__ volatile("dsb sy" ::: "memory"); }

/* The physical address of the first byte of a bytes, bytearray or Buffer. */
i64 rt_mmio_addr(rt_obj *buf)
{
    i64 len;
    return (i64)(uintptr_t)rt_bytes_data(buf, &len);
}
