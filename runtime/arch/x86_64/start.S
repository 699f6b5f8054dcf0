/* start.S -- x86-64 bring-up: from 32-bit protected mode to C in long mode.
 *
 * A platform's entry.S jumps to x86_start with paging off, interrupts off
 * and the loader's boot information in %ebx (PVH: hvm_start_info).  We load
 * our own GDT, take the stack, clear .bss, identity-map the first 4 GiB with
 * 2 MiB pages (a Xen console page and the local APIC live near the top of
 * it), enable SSE for the compiled code's floats, and call the platform's
 * x86_boot(%ebx).  cpu.c later installs the TSS in the GDT's last slot and
 * splits the page directory to unmap guard pages. */

#define CR0_PE 0x1
#define CR0_MP 0x2
#define CR0_EM 0x4
#define CR0_TS 0x8
#define CR0_WP 0x10000
#define CR0_PG 0x80000000
#define CR4_PAE 0x20
#define CR4_OSFXSR 0x200
#define CR4_OSXMMEXCPT 0x400
#define MSR_EFER 0xc0000080
#define EFER_LME 8              /* bit number */
#define PTE_PW 0x3              /* present, writable */
#define PTE_LARGE 0x80
#define STACK_SIZE (1024 * 1024)

    .section .boot, "ax", @progbits
    .code32
    .globl x86_start
x86_start:
    cld
    lgdt gdt_ptr
    mov $0x10, %eax
    mov %eax, %ds
    mov %eax, %es
    mov %eax, %ss
    mov $boot_stack_top, %esp

    mov $__bss_start, %edi      /* %ebx (boot information) survives */
    mov $__bss_end, %ecx
    sub %edi, %ecx
    xor %eax, %eax
    rep stosb

    /* PML4[0] -> PDPT, PDPT[0..3] -> four page directories of 2 MiB pages. */
    movl $(boot_pdpt + PTE_PW), boot_pml4
    mov $boot_pd + PTE_PW, %eax
    xor %ecx, %ecx
1:  mov %eax, boot_pdpt(,%ecx,8)
    add $4096, %eax
    inc %ecx
    cmp $4, %ecx
    jne 1b
    mov $(PTE_PW + PTE_LARGE), %eax
    xor %ecx, %ecx
2:  mov %eax, boot_pd(,%ecx,8)
    add $0x200000, %eax
    inc %ecx
    cmp $2048, %ecx
    jne 2b

    mov %cr4, %eax
    or $(CR4_PAE + CR4_OSFXSR + CR4_OSXMMEXCPT), %eax
    mov %eax, %cr4
    mov $boot_pml4, %eax
    mov %eax, %cr3
    mov $MSR_EFER, %ecx
    rdmsr
    bts $EFER_LME, %eax
    wrmsr
    mov %cr0, %eax
    and $~(CR0_EM + CR0_TS), %eax
    or $(CR0_PE + CR0_MP + CR0_WP + CR0_PG), %eax
    mov %eax, %cr0
    ljmp $0x08, $long_mode

    .code64
long_mode:
    fninit
    mov %ebx, %edi
    call x86_boot
    ud2

    .data                       /* ltr writes the TSS busy bit */
    .balign 8
    .globl gdt
gdt:
    .quad 0
    .quad 0x00af9a000000ffff    /* 0x08: 64-bit code */
    .quad 0x00cf92000000ffff    /* 0x10: flat data */
    .quad 0, 0                  /* 0x18: TSS, filled in by cpu.c */
gdt_end:
gdt_ptr:
    .word gdt_end - gdt - 1
    .quad gdt

    .bss
    .balign 4096
    .globl boot_pd
boot_pml4: .space 4096
boot_pdpt: .space 4096
boot_pd: .space 4 * 4096

/* The stack is not cleared; cpu.c unmaps its lowest page as a guard. */
    .section .stack, "aw", @nobits
    .balign 4096
    .globl stack_guard
stack_guard: .space STACK_SIZE
boot_stack_top:

    .section .note.GNU-stack, "", @progbits
