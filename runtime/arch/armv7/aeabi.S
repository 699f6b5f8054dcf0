/* aeabi.S -- 64-bit division entry points.  The EABI returns the quotient
 * in r0:r1 and the remainder in r2:r3, which C cannot express: call the C
 * helper with a stack slot for the remainder and load it into r2:r3. */
    .syntax unified
    .arm
    .text

.macro divmod name, helper
    .globl \name
    .type \name, %function
\name:
    push {r4, lr}
    sub sp, sp, #16
    add r4, sp, #8
    str r4, [sp]                /* 5th argument: where the remainder goes */
    bl \helper
    ldrd r2, r3, [sp, #8]
    add sp, sp, #16
    pop {r4, pc}
.endm

    divmod __aeabi_uldivmod, arm_udivmod
    divmod __aeabi_ldivmod, arm_divmod
