/* start.S -- common ARMv7 bring-up, entered at the link address with the
 * device tree address in r0 and the CPU in SVC mode.
 *
 * LLVM code needs the FPU on, the C code a stack and a zeroed .bss, and a
 * fault must reach arm_fault instead of jumping through an empty vector.
 * The abort and undefined modes get their own small stack above the main
 * one so that a fault caused by a stack overflow can still be reported. */
    .syntax unified
    .arm
    .text
    .globl arm_start
    .type arm_start, %function
arm_start:
    cpsid aif
    mov r4, r0
    cps #0x17                   /* abort mode */
    ldr sp, =__exc_stack_top
    cps #0x1b                   /* undefined mode */
    ldr sp, =__exc_stack_top
    cps #0x13                   /* back to SVC */
    ldr sp, =__stack_top

    ldr r0, =arm_vectors
    mcr p15, 0, r0, c12, c0, 0  /* VBAR */
    mrc p15, 0, r0, c1, c0, 0
    bic r0, r0, #(1 << 13)      /* SCTLR.V: use VBAR, not 0xffff0000 */
    mcr p15, 0, r0, c1, c0, 0

    mrc p15, 0, r0, c1, c0, 2
    orr r0, r0, #(0xf << 20)    /* CPACR: full access to cp10, cp11 */
    mcr p15, 0, r0, c1, c0, 2
    isb
    mov r0, #(1 << 30)          /* FPEXC.EN */
    vmsr fpexc, r0
    mov r0, #0                  /* round to nearest, IEEE NaNs and denormals */
    vmsr fpscr, r0

    ldr r0, =__bss_start
    ldr r1, =__bss_end
    mov r2, #0
1:  cmp r0, r1
    strlo r2, [r0], #4
    blo 1b

    mov r0, r4
    bl arm_boot
    b arm_halt

    .globl arm_halt
    .type arm_halt, %function
arm_halt:
    wfi
    b arm_halt
