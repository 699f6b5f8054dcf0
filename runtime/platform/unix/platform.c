/* platform.c -- the unix target: a static Linux x86-64 process without libc.
 *
 * Everything goes through raw system calls.  Faults (stack overflow, bad
 * pointers, traps emitted by LLVM) are caught on an alternate signal stack so
 * a crash always ends with a "panic:" line and status RT_EXIT_PANIC instead
 * of a silent SIGSEGV. */
#include "panic.h"
#include "platform.h"
#include "unicc.h"
#include "unix.h"

enum {
    SYS_write = 1, SYS_mmap = 9, SYS_rt_sigaction = 13, SYS_sigaltstack = 131,
    SYS_clock_gettime = 228, SYS_exit_group = 231, SYS_getrlimit = 97,
    SYS_ppoll = 271,
};
#define EINTR 4

long sys6(long n, long a, long b, long c, long d, long e, long f)
{
    register long r10 __asm__("r10") = d;
    register long r8 __asm__("r8") = e;
    register long r9 __asm__("r9") = f;
    long ret;
    __asm__ volatile("syscall"
                     : "=a"(ret)
                     : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)
                     : "rcx", "r11", "memory");
    return ret;
}

void plat_write(int fd, const char *buf, size_t len)
{
    while (len > 0) {
        long n = sys3(SYS_write, fd, buf, len);
        if (n == -EINTR)
            continue;
        if (n <= 0)
            return; /* closed or broken stream: nothing useful left to do */
        buf += n;
        len -= (size_t)n;
    }
}

_Noreturn void plat_exit(int status)
{
    for (;;)
        sys3(SYS_exit_group, status, 0, 0);
}

uint64_t plat_monotonic_ns(void)
{
    struct { long sec, nsec; } ts;
    sys3(SYS_clock_gettime, 1 /* CLOCK_MONOTONIC */, &ts, 0);
    return (uint64_t)ts.sec * 1000000000u + (uint64_t)ts.nsec;
}

uint64_t plat_time_ns(void)
{
    struct { long sec, nsec; } ts;
    sys3(SYS_clock_gettime, 0 /* CLOCK_REALTIME */, &ts, 0);
    return (uint64_t)ts.sec * 1000000000u + (uint64_t)ts.nsec;
}

/* Device descriptors (a TAP, tap.c) whose input ends the idle wait. */
static struct { int fd; short events, revents; } watched[8];
static int nwatched;

void unix_watch_fd(int fd)
{
    if (nwatched < (int)(sizeof watched / sizeof watched[0])) {
        watched[nwatched].fd = fd;
        watched[nwatched].events = 1; /* POLLIN */
        nwatched++;
    }
}

/* ppoll on the device descriptors, with the deadline as its timeout. */
void plat_block_until(uint64_t deadline_ns)
{
    long ns = (long)(deadline_ns - plat_monotonic_ns());
    struct { long sec, nsec; } ts = {ns / 1000000000, ns % 1000000000};
    if (ns > 0)
        sys6(SYS_ppoll, (long)watched, nwatched, (long)&ts, 0, 8, 0); /* woken early by a signal: fine */
}

static uintptr_t stack_top, stack_limit;

uintptr_t plat_stack_limit(void)
{
    return stack_limit;
}

/* The initial stack's top lies just above the argument and environment
 * strings; the kernel lets it grow RLIMIT_STACK below that. */
static void find_stack(char **argv)
{
    char **p = argv;
    for (; *p; p++) {}
    for (p++; *p; p++) {} /* envp follows argv's NULL */
    for (char **q = argv; q < p; q++)
        if ((uintptr_t)*q > stack_top)
            stack_top = (uintptr_t)*q;
    stack_top = (stack_top | 4095) + 1;
    struct { unsigned long cur, max; } rl = {0, 0};
    unsigned long size = 8 << 20; /* the usual limit, also when unlimited */
    if (sys3(SYS_getrlimit, 3 /* RLIMIT_STACK */, &rl, 0) == 0 && rl.cur < size)
        size = rl.cur;
    stack_limit = stack_top - size + 4 * 4096; /* guard gap, auxv */
}

/* Kernel siginfo_t: signo, errno, code, padding, then si_addr. */
struct ksiginfo { int signo, err, code, pad; uintptr_t addr; };

/* ucontext_t: flags, link, stack_t (24 bytes), then gregs; RSP is gregs[15]. */
struct kucontext { uint64_t flags, link, ss[3], gregs[23]; };

static void on_fault(int sig, struct ksiginfo *si, struct kucontext *uc)
{
    static const char *const names[] = {
        [4] = "illegal instruction", [7] = "bus error",
        [8] = "arithmetic exception", [11] = "segmentation fault",
    };
    const char *what = names[sig];
    /* A fault within reach of the stack pointer is the guard page. */
    uintptr_t sp = uc->gregs[15];
    int overflow = sig == 11 && si->addr < stack_top &&
                   si->addr + 65536 > sp && si->addr < sp + 65536;
    if (overflow)
        what = "stack overflow";
    rt_panic_begin();
    rt_panic_str(what);
    if (!overflow) {
        rt_panic_str(" at ");
        rt_panic_hex(si->addr, 1);
    }
    rt_panic_end();
}

extern void unix_sigreturn(void);

static void catch_faults(void)
{
    static char altstack[16384] __attribute__((aligned(16)));
    struct { void *sp; int flags; size_t size; } ss = {altstack, 0, sizeof altstack};
    sys3(SYS_sigaltstack, &ss, 0, 0);
    struct { void *handler; unsigned long flags; void *restorer; uint64_t mask; } sa = {
        (void *)on_fault, 0x4 | 0x08000000 | 0x04000000, /* SIGINFO|ONSTACK|RESTORER */
        (void *)unix_sigreturn, ~(uint64_t)0,
    };
    static const int sigs[] = {4, 7, 8, 11};
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
        sys6(SYS_rt_sigaction, sigs[i], (long)&sa, 0, 8, 0, 0);
}

_Noreturn void unix_main(int argc, char **argv)
{
    find_stack(argv);
    catch_faults();
    long heap = sys6(SYS_mmap, 0, unicc_heap_size, 3 /* READ|WRITE */,
                     0x22 | 0x4000 /* PRIVATE|ANONYMOUS|NORESERVE */, -1, 0);
    if (heap < 0 && heap > -4096)
        rt_fatal("cannot map the heap");
    rt_start(argc, argv, (void *)heap, unicc_heap_size);
}
