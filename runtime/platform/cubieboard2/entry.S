/* entry.S -- first instructions on an Allwinner A20 (Cubieboard2) or H3
 * (QEMU's orangepi-pc), loaded at its link address by QEMU's ELF loader or
 * U-Boot's `go`.
 *
 * Only core 0 runs the program: the others (already held by the boot ROM
 * on hardware, but not necessarily by every loader) park in wfi forever. */
    .syntax unified
    .arm
    .section .head, "ax"
    .globl _start
    .type _start, %function
_start:
    mrc p15, 0, r3, c0, c0, 5   /* MPIDR */
    ands r3, r3, #0xff          /* Aff0: core number */
    bne arm_halt
    mov r0, r2                  /* device tree, if the loader gave one */
    b arm_start
