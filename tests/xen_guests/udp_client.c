/* A UDP client for the Xen rig's dom0, whose busybox has none (its nc
 * speaks TCP only): `udp_client ADDR PORT` sends its standard input (at
 * most 65507 bytes) as one datagram from a connected socket and writes
 * the one datagram that comes back to its standard output.  Exit status:
 * 0 a reply came, 2 refused (an ICMP port unreachable came back), 3 no
 * reply within 5 s, 1 anything else.
 *
 * No C library: Linux system calls made directly, for x86-64 and 32-bit
 * ARM (EABI), so that `zig cc` builds it in a second for either rig
 * without building one. */

typedef unsigned long size_t;

#if defined(__x86_64__)
enum { SYS_read = 0, SYS_write = 1, SYS_poll = 7, SYS_socket = 41, SYS_connect = 42,
       SYS_sendto = 44, SYS_recvfrom = 45, SYS_exit_group = 231 };

static long sys6(long n, long a, long b, long c, long d, long e, long f) {
    register long r10 __asm__("r10") = d;
    register long r8 __asm__("r8") = e;
    register long r9 __asm__("r9") = f;
    long ret;
    __asm__ volatile("syscall" : "=a"(ret)
                     : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)
                     : "rcx", "r11", "memory");
    return ret;
}

/* The kernel starts a process with argc at the stack pointer, argv above it. */
__asm__(".globl _start\n_start:\n xor %ebp, %ebp\n mov %rsp, %rdi\n"
        " and $-16, %rsp\n call start\n hlt\n");
#elif defined(__arm__)
enum { SYS_read = 3, SYS_write = 4, SYS_poll = 168, SYS_socket = 281, SYS_connect = 283,
       SYS_sendto = 290, SYS_recvfrom = 292, SYS_exit_group = 248 };

static long sys6(long n, long a, long b, long c, long d, long e, long f) {
    register long r7 __asm__("r7") = n;
    register long r0 __asm__("r0") = a;
    register long r1 __asm__("r1") = b;
    register long r2 __asm__("r2") = c;
    register long r3 __asm__("r3") = d;
    register long r4 __asm__("r4") = e;
    register long r5 __asm__("r5") = f;
    __asm__ volatile("svc 0" : "+r"(r0)
                     : "r"(r7), "r"(r1), "r"(r2), "r"(r3), "r"(r4), "r"(r5)
                     : "memory");
    return r0;
}

__asm__(".globl _start\n_start:\n mov r0, sp\n bic sp, sp, #7\n bl start\n");
#else
#error "udp_client: x86-64 or 32-bit ARM only"
#endif

#define AF_INET 2
#define SOCK_DGRAM 2
#define POLLIN 1
#define ECONNREFUSED 111
#define MAX_DATAGRAM 65507

struct sockaddr_in { unsigned short family, port; unsigned char addr[4], zero[8]; };
struct pollfd { int fd; short events, revents; };

static unsigned char buf[MAX_DATAGRAM + 1];

static void quit(int status) {
    sys6(SYS_exit_group, status, 0, 0, 0, 0, 0);
    for (;;) {}
}

/* The decimal number at *s up to `end` (or the string's end), at most max; -1 if none. */
static long number(const char **s, char end, long max) {
    long n = 0;
    const char *p = *s;
    if (*p < '0' || *p > '9')
        return -1;
    for (; *p >= '0' && *p <= '9'; p++)
        if ((n = n * 10 + (*p - '0')) > max)
            return -1;
    if (*p != end)
        return -1;
    *s = *p ? p + 1 : p;
    return n;
}

static int parse(const char *addr, const char *port, struct sockaddr_in *to) {
    for (int i = 0; i < 4; i++) {
        long byte = number(&addr, i < 3 ? '.' : '\0', 255);
        if (byte < 0)
            return 0;
        to->addr[i] = (unsigned char)byte;
    }
    long p = number(&port, '\0', 65535);
    to->family = AF_INET;
    to->port = (unsigned short)((p >> 8 & 0xff) | (p & 0xff) << 8);   /* network order */
    return p > 0;
}

void start(long *sp) {
    char **argv = (char **)(sp + 1);
    struct sockaddr_in to = {0};
    if (sp[0] != 3 || !parse(argv[1], argv[2], &to))
        quit(1);
    size_t len = 0;
    for (long got; len <= MAX_DATAGRAM; len += (size_t)got)
        if ((got = sys6(SYS_read, 0, (long)(buf + len), MAX_DATAGRAM + 1 - len, 0, 0, 0)) <= 0)
            break;
    long s = sys6(SYS_socket, AF_INET, SOCK_DGRAM, 0, 0, 0, 0);
    if (len > MAX_DATAGRAM || s < 0 || sys6(SYS_connect, s, (long)&to, sizeof to, 0, 0, 0) < 0)
        quit(1);
    if (sys6(SYS_sendto, s, (long)buf, (long)len, 0, 0, 0) != (long)len)
        quit(1);
    struct pollfd wait = {(int)s, POLLIN, 0};
    if (sys6(SYS_poll, (long)&wait, 1, 5000, 0, 0, 0) != 1)
        quit(3);
    long got = sys6(SYS_recvfrom, s, (long)buf, sizeof buf, 0, 0, 0);
    if (got < 0)
        quit(got == -ECONNREFUSED ? 2 : 1);
    for (long off = 0, w; off < got; off += w)
        if ((w = sys6(SYS_write, 1, (long)(buf + off), got - off, 0, 0, 0)) <= 0)
            quit(1);
    quit(0);
}
