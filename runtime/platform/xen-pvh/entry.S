/* entry.S -- x86-64 PVH entry: the ELF note that makes QEMU (-kernel) and
 * Xen (type="pvh") boot the image, and the first instruction.
 *
 * Both find the entry through the PHYS32_ENTRY note and start it in 32-bit
 * protected mode with paging off and %ebx pointing to hvm_start_info, which
 * is what runtime/arch/x86_64/start.S expects: it takes over at once and
 * calls x86_boot (platform.c) in long mode. */

    .section .note.Xen, "a", @note
    .balign 4
    .long 4, 4, 18              /* namesz, descsz, XEN_ELFNOTE_PHYS32_ENTRY */
    .asciz "Xen"
    .long pvh_start

    .section .boot, "ax", @progbits
    .code32
    .globl pvh_start
pvh_start:
    jmp x86_start

    .section .note.GNU-stack, "", @progbits
