/* vectors.S -- the x86-64 exception and interrupt entry points that
 * cpu.c's IDT points to.
 *
 * Exception stubs, 16 bytes apart: push a zero where the CPU pushes no
 * error code, then the vector, so every frame looks the same to C
 * (x86_exception, which never returns).  Interrupts (vectors 32 and up)
 * go to irq_return: their one job is to end a hlt. */
    .text
    .balign 16
    .globl isr_stubs
isr_stubs:
    .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    .balign 16
    .if \n != 8 && (\n < 10 || \n > 14) && \n != 17 && \n != 21 && \n != 29 && \n != 30
    push $0
    .endif
    push $\n
    jmp isr_common
    .endr
isr_common:
    mov %rsp, %rdi              /* vector, error, rip, cs, rflags, rsp, ss */
    and $-16, %rsp
    call x86_exception
    ud2

    .globl irq_return
irq_return:
    iretq

    .section .note.GNU-stack, "", @progbits
