/* mmio.c -- what a device driver in the subset cannot say in Python
 * (stdlib/unicc_devices/mmio.py): volatile loads and stores of device
 * registers, a barrier between memory the device reads and a register
 * write, the physical address of a buffer's bytes, the virtio-mmio slots
 * (the device tree's `virtio,mmio` nodes, in tree order) and routing a
 * slot's interrupt (a GIC SPI) so that it ends plat_block_until's wfi.
 *
 * Addresses are physical: the MMU is off (arm_start never enables it) and
 * the heap never moves an object.  Once the MMU is turned on, the RAM must
 * stay identity-mapped (or this must translate) and the rings must be
 * mapped uncached or cleaned and invalidated around each barrier. */
#include "armv7.h"
#include "unicc.h"

#define GICD_ISENABLER (0x100 / 4)
#define GICD_IPRIORITYR 0x400 /* bytes */
#define GICD_ITARGETSR 0x800  /* bytes */
#define GIC_SPI_BASE 32

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

/* The registers of the slot-th `virtio,mmio` node, or 0 past the last. */
i64 rt_virtio_mmio_base(i64 slot)
{
    uint64_t reg[4];
    return arm_dtb && arm_fdt_find_nth(arm_dtb, "compatible", "virtio,mmio", (int)slot, reg, 0)
               ? (i64)reg[0]
               : 0;
}

/* Enable the slot's SPI in the GIC distributor, for CPU 0; timer.c's wfi
 * then ends when it is raised, and acknowledges it afterwards. */
void rt_virtio_mmio_route_irq(i64 slot)
{
    uint64_t reg[4];
    uint32_t spi;
    if (!arm_gicd || !arm_fdt_find_nth(arm_dtb, "compatible", "virtio,mmio", (int)slot, reg, &spi) ||
        spi > 987)
        return; /* no GIC known, or no interrupt: the loop polls */
    uint32_t id = GIC_SPI_BASE + spi;
    volatile uint8_t *gicd = (volatile uint8_t *)arm_gicd;
    gicd[GICD_IPRIORITYR + id] = 0xa0;
    gicd[GICD_ITARGETSR + id] = 1;
    arm_gicd[GICD_ISENABLER + id / 32] = 1u << (id % 32);
}
