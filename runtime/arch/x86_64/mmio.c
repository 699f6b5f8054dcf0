/* mmio.c -- what a device driver in the subset cannot say in Python
 * (stdlib/unicc_devices/mmio.py): volatile loads and stores of device
 * registers, a barrier between memory the device reads and a register
 * write, the physical address of a buffer's bytes, where the virtio-mmio
 * slots are, and routing a slot's interrupt through the I/O APIC so that
 * it ends plat_block_until's hlt.
 *
 * The slots are QEMU microvm's with `ioapic2=off` (docs/devices.md): 8 of
 * them 512 bytes apart from 0xfeb00000, slot i on I/O APIC input 16 + i
 * (ACPI on; 5 + i with acpi=off).  Under Xen nothing answers there, and
 * the driver is never started.
 *
 * Addresses are physical = virtual: start.S identity-maps the first 4 GiB
 * (RAM, the virtio-mmio window at 0xfeb00000, the I/O APIC at 0xfec00000
 * and the local APIC at 0xfee00000) and the heap never moves an object, so
 * a buffer's address stays valid for as long as the driver keeps it. */
#include "unicc.h"
#include "x86_64.h"

#define IOAPIC ((volatile uint32_t *)0xfec00000)
#define IOAPIC_REDIRECTION(pin) (0x10 + 2 * (pin))
#define IOAPIC_LEVEL 0x8000
#define VIRTIO_MMIO 0xfeb00000
#define VIRTIO_SLOT 0x200
#define VIRTIO_SLOTS 8
#define VIRTIO_GSI 16

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

static void ioapic_write(uint32_t reg, uint32_t v)
{
    IOAPIC[0] = reg;        /* IOREGSEL */
    IOAPIC[4] = v;          /* IOWIN, at +0x10 */
}

/* The registers of virtio-mmio slot `slot`, or 0 past the last slot. */
i64 rt_virtio_mmio_base(i64 slot)
{
    return slot >= 0 && slot < VIRTIO_SLOTS ? VIRTIO_MMIO + slot * VIRTIO_SLOT : 0;
}

/* Deliver the slot's I/O APIC input to this CPU (APIC ID 0) as
 * X86_DEVICE_VECTOR, level-triggered and active high: the handler only
 * returns (an interrupt's one job is to end the hlt), the driver finds
 * what happened by polling its device.  Level, because the line stays high
 * while the device's interrupt status is unacknowledged, which the driver
 * leaves so while work waits: after the EOI that follows the hlt the I/O
 * APIC delivers it again, and the next hlt ends at once. */
void rt_virtio_mmio_route_irq(i64 slot)
{
    uint32_t gsi = VIRTIO_GSI + (uint32_t)slot;
    ioapic_write(IOAPIC_REDIRECTION(gsi) + 1, 0);                 /* destination APIC 0 */
    ioapic_write(IOAPIC_REDIRECTION(gsi), X86_DEVICE_VECTOR | IOAPIC_LEVEL); /* fixed, physical, unmasked */
}
