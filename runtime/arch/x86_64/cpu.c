/* cpu.c -- x86-64 CPU state: the TSS, the IDT, guard pages, and a fatal
 * exception decoded into a panic line.
 *
 * A fault must never end silently: every exception vector gets a handler
 * that prints "panic: CPU exception ..." and exits.  Page 0 is unmapped to
 * catch NULL pointers, and so is the lowest page of the stack: an overflow
 * faults there, the CPU cannot push the page-fault frame onto that stack and
 * escalates to a double fault, which runs on a stack of its own (IST1). */
#include "panic.h"
#include "platform.h"
#include "x86_64.h"

#define PTE_PW 0x3
#define PTE_LARGE 0x80

struct tss {
    uint32_t reserved0;
    uint64_t rsp[3], reserved1, ist[7], reserved2;
    uint16_t reserved3, iomap;
} __attribute__((packed));

struct idt_entry {
    uint16_t off0, selector;
    uint8_t ist, attr;
    uint16_t off1;
    uint32_t off2, reserved;
};

/* What isr_common in vectors.S hands over. */
struct frame { uint64_t vector, error, rip, cs, rflags, rsp, ss; };

extern uint64_t gdt[], boot_pd[];
extern char isr_stubs[], stack_guard[], irq_return[];

static struct tss tss;
static struct idt_entry idt[IDT_VECTORS];
static uint8_t fault_stack[8192] __attribute__((aligned(16)));

uintptr_t plat_stack_limit(void)
{
    return (uintptr_t)stack_guard + 4096;
}

static void load_tss(void)
{
    uint64_t base = (uint64_t)&tss, limit = sizeof tss - 1;
    tss.ist[0] = (uint64_t)(fault_stack + sizeof fault_stack);
    tss.iomap = sizeof tss;
    gdt[3] = limit | (base & 0xffffff) << 16 | (uint64_t)0x89 << 40 |
             ((base >> 24) & 0xff) << 56;
    gdt[4] = base >> 32;
    __asm__ volatile("ltr %w0" : : "r"(0x18));
}

static void load_idt(void)
{
    for (int i = 0; i < IDT_VECTORS; i++) {
        uint64_t addr = (uint64_t)(i < 32 ? isr_stubs + 16 * i : irq_return);
        idt[i] = (struct idt_entry){(uint16_t)addr, 0x08, i == 8 /* IST1 */, 0x8e,
                                    (uint16_t)(addr >> 16), (uint32_t)(addr >> 32), 0};
    }
    struct { uint16_t limit; uint64_t base; } __attribute__((packed)) ptr = {
        sizeof idt - 1, (uint64_t)idt};
    __asm__ volatile("lidt %0" : : "m"(ptr));
}

/* Unmap one 4 KiB page, splitting the 2 MiB page that holds it. */
static void unmap_page(uintptr_t addr)
{
    static uint64_t tables[2][512] __attribute__((aligned(4096)));
    static int used;
    uint64_t *pde = &boot_pd[addr >> 21];
    if (*pde & PTE_LARGE) {
        uint64_t *pt = tables[used++];
        for (int i = 0; i < 512; i++)
            pt[i] = (*pde & ~(uint64_t)0x1fffff) + (uint64_t)i * 4096 + PTE_PW;
        *pde = (uint64_t)pt | PTE_PW;
    }
    ((uint64_t *)(*pde & ~(uint64_t)0xfff))[(addr >> 12) & 511] = 0;
    __asm__ volatile("invlpg (%0)" : : "r"(addr) : "memory");
}

void x86_cpu_init(void)
{
    load_tss();
    load_idt();
    unmap_page(0); /* NULL dereferences fault */
    unmap_page((uintptr_t)stack_guard);
}

static const char *const exception_names[] = {
    "divide error", "debug", "NMI", "breakpoint", "overflow",
    "bound range exceeded", "invalid opcode", "device not available",
    "double fault", "coprocessor segment overrun", "invalid TSS",
    "segment not present", "stack-segment fault", "general protection fault",
    "page fault", "reserved", "x87 floating-point exception",
    "alignment check", "machine check", "SIMD floating-point exception",
};

void x86_exception(const struct frame *f)
{
    uint64_t cr2;
    __asm__ volatile("mov %%cr2, %0" : "=r"(cr2));
    int paging = f->vector == 14 || f->vector == 8;
    if (paging && cr2 - (uintptr_t)stack_guard < 4096)
        rt_fatal("stack overflow");
    rt_panic_begin();
    rt_panic_str("CPU exception ");
    rt_panic_dec(f->vector);
    rt_panic_str(" (");
    rt_panic_str(f->vector < 20 ? exception_names[f->vector] : "reserved");
    rt_panic_str(") at rip=");
    rt_panic_hex(f->rip, 1);
    if (paging) {
        rt_panic_str(" addr=");
        rt_panic_hex(cr2, 1);
    }
    rt_panic_end();
}
