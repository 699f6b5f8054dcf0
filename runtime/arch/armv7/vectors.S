/* vectors.S -- the exception vector table (VBAR needs 32-byte alignment).
 *
 * Every exception except SVC is fatal: compute the faulting instruction's
 * address from the banked lr and hand it to arm_fault, which never returns.
 * SVC only happens when a semihosting call finds no emulator (real
 * hardware): return so the caller can fall back to halting. */
    .syntax unified
    .arm
    .section .text.vectors, "ax"
    .balign 32
    .globl arm_vectors
arm_vectors:
    b trap_other                /* reset */
    b trap_undef
    movs pc, lr                 /* SVC */
    b trap_pabt
    b trap_dabt
    b trap_other                /* hyp trap */
    b trap_other                /* IRQ */
    b trap_other                /* FIQ */

trap_undef:
    sub r1, lr, #4
    mov r0, #0
    b arm_fault
trap_pabt:
    sub r1, lr, #4
    mov r0, #1
    b arm_fault
trap_dabt:
    sub r1, lr, #8
    mov r0, #2
    b arm_fault
trap_other:
    sub r1, lr, #4
    mov r0, #3
    b arm_fault
