/* virtio.c -- where the virtio-mmio devices of this platform are, for
 * stdlib/unicc_devices/mmio.py, and routing their interrupts so that one
 * ends plat_block_until's hlt (time.c).
 *
 * Under QEMU they are microvm's slots with `ioapic2=off` (docs/devices.md):
 * 8 of them 512 bytes apart from 0xfeb00000, slot i on input 16 + i of the
 * I/O APIC at 0xfec00000 (ACPI on; 5 + i with acpi=off).  Under Xen there
 * are none (netfront and blkfront are Xen's devices). */
#include "pvh.h"
#include "unicc.h"

#define IOAPIC ((volatile uint32_t *)0xfec00000)
#define IOAPIC_REDIRECTION(pin) (0x10 + 2 * (pin))
#define IOAPIC_LEVEL 0x8000
#define VIRTIO_MMIO 0xfeb00000
#define VIRTIO_SLOT 0x200
#define VIRTIO_SLOTS 8
#define VIRTIO_GSI 16

/* The registers of virtio-mmio slot `slot`, or 0 past the last slot. */
i64 rt_virtio_mmio_base(i64 slot)
{
    return !xen_cpuid_base && slot >= 0 && slot < VIRTIO_SLOTS ? VIRTIO_MMIO + slot * VIRTIO_SLOT : 0;
}

static void ioapic_write(uint32_t reg, uint32_t v)
{
    IOAPIC[0] = reg;        /* IOREGSEL */
    IOAPIC[4] = v;          /* IOWIN, at +0x10 */
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
