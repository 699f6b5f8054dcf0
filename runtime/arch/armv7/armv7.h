/* armv7.h -- what the ARMv7 platforms (cubieboard2, xen-arm) share.
 *
 * Each platform's entry code gets itself running at its link address and
 * branches to arm_start (start.S), which sets up stacks, vectors and VFP,
 * clears .bss and calls the platform's arm_boot.  Everything else a board
 * needs beyond its console and its way to exit lives here. */
#ifndef UNICC_ARM_H
#define UNICC_ARM_H

#include <stddef.h>
#include <stdint.h>

/* Provided by each platform: called with the device tree address the boot
 * loader passed in r2 (0 or garbage when there is none). */
_Noreturn void arm_boot(uintptr_t dtb);

/* Heap = RAM from the end of the image's stacks up to ram_end, capped at
 * unicc_heap_size; argv from the tree's bootargs, else just argv0; then
 * rt_start. */
_Noreturn void arm_run(uint64_t ram_end, uintptr_t dtb, char *argv0);

/* Flattened device tree.  arm_fdt_find looks for the first node with a
 * property `prop` whose string list contains `value` and stores its first
 * two reg entries (address, size, address, size, in the root's cell sizes;
 * 0 where it has none) in reg. */
int arm_fdt_valid(uintptr_t dtb);
int arm_fdt_find(uintptr_t dtb, const char *prop, const char *value, uint64_t reg[4]);
/* The same for the n-th such node (0 first), with the SPI number of its
 * `interrupts` in *spi (0xffffffff when it has none), if spi is not NULL. */
int arm_fdt_find_nth(uintptr_t dtb, const char *prop, const char *value, int n, uint64_t reg[4],
                     uint32_t *spi);
/* The device tree the image was booted with (arm_run keeps it), or 0. */
extern uintptr_t arm_dtb;
/* A string property of /chosen, or NULL. */
const char *arm_fdt_chosen(uintptr_t dtb, const char *prop);

/* The GICv2 distributor and CPU interface that the idle timer's interrupt
 * goes through (timer.c), set by the platform at boot; while they are
 * unknown, plat_block_until returns at once. */
extern volatile uint32_t *arm_gicd, *arm_gicc;
/* Called after the idle wfi ends and before its interrupt is acknowledged,
 * if set (xen-arm: lets the next event channel raise its PPI again). */
extern void (*arm_idle_woken)(void);

/* vectors.S -> fault.c: kind 0 undefined instruction, 1 prefetch abort,
 * 2 data abort, 3 anything else; pc is the faulting instruction. */
_Noreturn void arm_fault(int kind, uint32_t pc);

/* SYS_EXIT_EXTENDED; returns when no emulator or debugger listens. */
void arm_semihost_exit(int status);
_Noreturn void arm_halt(void);

/* Stack canary: arm_run plants it; arm_check_stack panics with "stack
 * overflow" if it was overwritten (plat_exit calls it). */
void arm_guard_stack(void);
void arm_check_stack(void);

#endif
