/* entry.S -- process entry for the Linux x86-64 target.
 *
 * The kernel enters _start with argc at (%rsp) and argv just above it, and
 * no return address: clear the frame pointer so backtraces stop here, give C
 * the 16-byte alignment the ABI promises, and hand over to unix_main. */
    .text
    .globl _start
    .type _start, @function
_start:
    xor %ebp, %ebp
    mov (%rsp), %edi
    lea 8(%rsp), %rsi
    and $-16, %rsp
    call unix_main
    ud2

/* Signal return trampoline: the kernel requires SA_RESTORER on x86-64. */
    .globl unix_sigreturn
    .type unix_sigreturn, @function
unix_sigreturn:
    mov $15, %eax       /* rt_sigreturn */
    syscall
    ud2

    .section .note.GNU-stack, "", @progbits
