/* entry.S -- zImage header and self-relocation for the xen-arm target.
 *
 * The ARM Linux boot protocol header (magic at 0x24, start/end at 0x28/0x2c)
 * is what both the Xen toolstack and QEMU's -kernel recognise.  start = 0
 * and end = file size: the toolstack reads end as the image size and loads
 * us at RAM + 0x8000, our link address.  QEMU puts a zImage at RAM + 0x10000
 * and Xen's own loader (dom0less) near RAM + 128 MiB instead, so the code
 * first checks where it runs and, if needed, moves the image down.  The copy loop lives in .tail at the very end of the image,
 * beyond the part the downward copy overwrites. */
    .syntax unified
    .arm
    .section .head, "ax"
    .globl _start
    .type _start, %function
_start:
    .rept 8
    mov r0, r0
    .endr
    b relocate
    .word 0x016f2818            /* zImage magic */
    .word 0                     /* start: load anywhere */
    .word __image_size          /* end: size of the file */
    .word 0x04030201            /* endianness marker */
relocate:
    adr r4, _start              /* where we run */
    ldr r5, =_start             /* where we are linked */
    ldr r7, =linked
    cmp r4, r5
    bxeq r7
    ldr r6, =__image_size
    bhi copy_down
    b arm_halt                  /* loaded below the link address: unsupported */
linked:
    mov r0, r2                  /* device tree */
    b arm_start

    .section .tail, "ax"
/* r4 = source, r5 = destination (< r4), r6 = bytes; then jump to r7. */
copy_down:
    ldr r3, [r4], #4
    str r3, [r5], #4
    subs r6, r6, #4
    bhi copy_down
    mcr p15, 0, r6, c7, c5, 0   /* ICIALLU: the code just moved */
    dsb
    isb
    bx r7
