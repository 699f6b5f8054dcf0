/* sock.c -- the host kernel's IPv4 sockets for the unix target's
 * `--net socket` stack (stdlib/unicc_net/hostsock.py): non-blocking TCP and
 * UDP sockets, and an epoll set (edge-triggered) whose descriptor joins the
 * event loop's ppoll (platform.c), so readiness ends the idle wait.  An
 * address is 4 bytes (bytes or bytearray) and a port; each call returns the
 * kernel's result, -errno on failure, and the Python side raises. */
#include "unicc.h"
#include "unix.h"

enum { SYS_close = 3, SYS_socket = 41, SYS_connect = 42, SYS_sendto = 44, SYS_recvfrom = 45,
       SYS_shutdown = 48, SYS_bind = 49, SYS_listen = 50, SYS_getsockname = 51,
       SYS_setsockopt = 54, SYS_getsockopt = 55, SYS_epoll_wait = 232, SYS_epoll_ctl = 233,
       SYS_accept4 = 288, SYS_epoll_create1 = 291 };
enum { AF_INET = 2, SOCK_NONBLOCK = 0x800, SOCK_CLOEXEC = 0x80000, MSG_NOSIGNAL = 0x4000,
       EINTR = 4 };
enum { EPOLL_CTL_ADD = 1, EPOLLIN = 1, EPOLLOUT = 4, EPOLLRDHUP = 0x2000, EPOLLET = 1u << 31 };

struct sin { uint16_t family, port; uint8_t addr[4], zero[8]; };

static struct sin sockaddr(rt_obj *ip, i64 port)
{
    i64 len;
    const uint8_t *p = rt_bytes_data(ip, &len);
    struct sin a = {AF_INET, (uint16_t)(((port & 255) << 8) | ((port >> 8) & 255)), {0}, {0}};
    for (int i = 0; i < 4 && i < len; i++)
        a.addr[i] = p[i];
    return a;
}

/* The address and port (big-endian) as 6 bytes into out. */
static void put_addr(rt_obj *out, const struct sin *a)
{
    i64 len;
    uint8_t *p = (uint8_t *)rt_bytes_data(out, &len);
    for (int i = 0; i < 4 && i < len; i++)
        p[i] = a->addr[i];
    if (len >= 6) {
        p[4] = (uint8_t)(a->port & 255);
        p[5] = (uint8_t)(a->port >> 8);
    }
}

/* type: 1 stream (TCP), 2 datagram (UDP). */
i64 rt_unix_socket(i64 type)
{
    return sys3(SYS_socket, AF_INET, type | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
}

i64 rt_unix_setsockopt(i64 fd, i64 level, i64 name, rt_obj *value)
{
    i64 len;
    const uint8_t *p = rt_bytes_data(value, &len);
    return sys6(SYS_setsockopt, fd, level, name, (long)p, len, 0);
}

i64 rt_unix_getsockopt_int(i64 fd, i64 level, i64 name)
{
    int v = 0;
    unsigned len = sizeof v;
    long r = sys6(SYS_getsockopt, fd, level, name, (long)&v, (long)&len, 0);
    return r < 0 ? r : v;
}

i64 rt_unix_bind(i64 fd, rt_obj *ip, i64 port)
{
    struct sin a = sockaddr(ip, port);
    return sys3(SYS_bind, fd, &a, sizeof a);
}

i64 rt_unix_listen(i64 fd, i64 backlog)
{
    return sys3(SYS_listen, fd, backlog, 0);
}

i64 rt_unix_accept(i64 fd, rt_obj *peer)
{
    struct sin a = {0, 0, {0}, {0}};
    unsigned len = sizeof a;
    long r = sys6(SYS_accept4, fd, (long)&a, (long)&len, SOCK_NONBLOCK | SOCK_CLOEXEC, 0, 0);
    if (r >= 0)
        put_addr(peer, &a);
    return r;
}

/* -EINPROGRESS: the handshake goes on; writability, then SO_ERROR, tell how it ended. */
i64 rt_unix_connect(i64 fd, rt_obj *ip, i64 port)
{
    struct sin a = sockaddr(ip, port);
    long r;
    while ((r = sys3(SYS_connect, fd, &a, sizeof a)) == -EINTR) {}
    return r;
}

i64 rt_unix_getsockname(i64 fd, rt_obj *out)
{
    struct sin a = {0, 0, {0}, {0}};
    unsigned len = sizeof a;
    long r = sys3(SYS_getsockname, fd, &a, &len);
    if (r >= 0)
        put_addr(out, &a);
    return r;
}

/* Up to len(buf) bytes into buf; from (6 bytes, or anything shorter) gets the sender. */
i64 rt_unix_recvfrom(i64 fd, rt_obj *buf, rt_obj *from)
{
    i64 len;
    uint8_t *p = (uint8_t *)rt_bytes_data(buf, &len);
    struct sin a = {0, 0, {0}, {0}};
    unsigned alen = sizeof a;
    long r;
    while ((r = sys6(SYS_recvfrom, fd, (long)p, len, 0, (long)&a, (long)&alen)) == -EINTR) {}
    if (r >= 0)
        put_addr(from, &a);
    return r;
}

/* data from offset on; to a connected socket when port < 0.  Never SIGPIPE. */
i64 rt_unix_sendto(i64 fd, rt_obj *data, i64 offset, rt_obj *ip, i64 port)
{
    i64 len;
    const uint8_t *p = rt_bytes_data(data, &len);
    struct sin a = sockaddr(ip, port);
    long r;
    while ((r = sys6(SYS_sendto, fd, (long)(p + offset), len - offset, MSG_NOSIGNAL,
                     port < 0 ? 0 : (long)&a, port < 0 ? 0 : sizeof a)) == -EINTR) {}
    return r;
}

i64 rt_unix_shutdown(i64 fd, i64 how)
{
    return sys3(SYS_shutdown, fd, how, 0);
}

i64 rt_unix_close(i64 fd)
{
    return sys3(SYS_close, fd, 0, 0);
}

i64 rt_unix_epoll_create(void)
{
    return sys3(SYS_epoll_create1, 0x80000 /* EPOLL_CLOEXEC */, 0, 0);
}

/* fd joins the set, edge-triggered for input, output and the peer's shutdown. */
i64 rt_unix_epoll_add(i64 ep, i64 fd)
{
    struct __attribute__((packed)) { uint32_t events; uint64_t data; } ev = {
        EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET, (uint64_t)fd};
    return sys6(SYS_epoll_ctl, ep, EPOLL_CTL_ADD, fd, (long)&ev, 0, 0);
}

/* The ready descriptors into fds (8 bytes each, little-endian), without waiting. */
i64 rt_unix_epoll_wait(i64 ep, rt_obj *fds)
{
    struct __attribute__((packed)) { uint32_t events; uint64_t data; } ev[64];
    i64 len;
    uint8_t *p = (uint8_t *)rt_bytes_data(fds, &len);
    long max = len / 8 < 64 ? len / 8 : 64;
    long n = sys6(SYS_epoll_wait, ep, (long)ev, max, 0, 0, 0);
    for (long i = 0; i < n; i++)
        for (int b = 0; b < 8; b++)
            p[i * 8 + b] = (uint8_t)(ev[i].data >> (8 * b));
    return n;
}
