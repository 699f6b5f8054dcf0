/* console.c -- output and exit for the PVH platform, under QEMU or Xen.
 *
 * QEMU: COM1 16550 for output and isa-debug-exit (port 0xf4) to end with a
 * status.  Xen: a PVH domU has neither, so output goes to the PV console ring
 * and the exit status is printed as a final "EXIT=<n>" line (Xen's shutdown
 * carries no code) before SCHEDOP_shutdown. */
#include "platform.h"
#include "pvh.h"
#include "xen.h"

#define COM1 0x3f8
#define LSR_THR_EMPTY 0x20
#define DEBUG_EXIT_PORT 0xf4

static uint8_t hypercall_page[4096] __attribute__((aligned(4096)));
static volatile struct xen_console *ring;
static uint32_t ring_port;

long hypercall(unsigned nr, uint64_t a1, uint64_t a2)
{
    long ret;
    __asm__ volatile("call *%[fn]"
                     : "=a"(ret), "+D"(a1), "+S"(a2)
                     : [fn] "r"(hypercall_page + nr * 32)
                     : "rdx", "r10", "r8", "rcx", "r11", "memory");
    return ret;
}

static uint64_t hvm_param(uint32_t index)
{
    struct xen_hvm_param p = {XEN_DOMID_SELF, index, 0};
    if (hypercall(XEN_HC_HVM_OP, XEN_HVMOP_GET_PARAM, (uint64_t)&p) != 0)
        return 0;
    return p.value;
}

static void notify(void)
{
    uint32_t port = ring_port;
    hypercall(XEN_HC_EVENT_CHANNEL_OP, XEN_EVTCHNOP_SEND, (uint64_t)&port);
}

static void yield(void)
{
    hypercall(XEN_HC_SCHED_OP, XEN_SCHEDOP_YIELD, 0);
}

void console_init(void)
{
    if (!xen_cpuid_base)
        return;
    /* Xen fills the hypercall page when its address is written to this MSR. */
    uint32_t msr = cpuid(xen_cpuid_base + 2, 0).b;
    uint64_t page = (uint64_t)hypercall_page;
    __asm__ volatile("wrmsr" : : "c"(msr), "a"((uint32_t)page), "d"((uint32_t)(page >> 32)));
    ring_port = (uint32_t)hvm_param(XEN_HVM_PARAM_CONSOLE_EVTCHN);
    ring = (volatile struct xen_console *)(hvm_param(XEN_HVM_PARAM_CONSOLE_PFN) << 12);
}

static void ring_write(const char *buf, size_t len)
{
    const uint32_t size = sizeof ring->out;
    while (len > 0) {
        uint32_t prod = ring->out_prod;
        uint32_t space = size - (prod - ring->out_cons);
        if (space == 0) {
            notify();
            yield();
            continue;
        }
        uint32_t n = len < space ? (uint32_t)len : space;
        for (uint32_t i = 0; i < n; i++)
            ring->out[(prod + i) % size] = buf[i];
        __asm__ volatile("" : : : "memory"); /* x86 keeps stores in order */
        ring->out_prod = prod + n;
        buf += n;
        len -= n;
    }
    notify();
}

void plat_write(int fd, const char *buf, size_t len)
{
    (void)fd; /* one console for both streams */
    if (ring) {
        ring_write(buf, len);
        return;
    }
    if (xen_cpuid_base)
        return; /* Xen without a console: nowhere to write */
    for (size_t i = 0; i < len; i++) {
        while (!(inb(COM1 + 5) & LSR_THR_EMPTY)) {}
        outb(COM1, (uint8_t)buf[i]);
    }
}

/* Let xenconsoled drain the ring before the domain disappears. */
static void drain(void)
{
    for (int i = 0; ring && ring->out_cons != ring->out_prod && i < 100000; i++)
        yield();
}

static void print_exit(int status)
{
    char buf[16], *p = buf + sizeof buf;
    unsigned v = status < 0 ? -(unsigned)status : (unsigned)status;
    *--p = '\n';
    do
        *--p = (char)('0' + v % 10);
    while (v /= 10);
    if (status < 0)
        *--p = '-';
    plat_write(1, "EXIT=", 5);
    plat_write(1, p, (size_t)(buf + sizeof buf - p));
}

_Noreturn void plat_exit(int status)
{
    if (xen_cpuid_base) {
        print_exit(status);
        drain();
        uint32_t reason = status == 0 ? XEN_SHUTDOWN_POWEROFF : XEN_SHUTDOWN_CRASH;
        hypercall(XEN_HC_SCHED_OP, XEN_SCHEDOP_SHUTDOWN, (uint64_t)&reason);
    } else {
        outl(DEBUG_EXIT_PORT, (uint32_t)status); /* QEMU exits with status*2+1 */
    }
    for (;;)
        __asm__ volatile("cli; hlt");
}
