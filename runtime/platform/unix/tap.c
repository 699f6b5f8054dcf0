/* tap.c -- a TAP network interface for the unix target
 * (stdlib/unicc_devices/unix.py, TapNetif): open an existing TAP by name,
 * read and write whole Ethernet frames without blocking, and let its
 * descriptor end the event loop's idle wait (platform.c's ppoll).  With
 * offloads every frame is preceded by a virtio-net header (built and read
 * in Python) and may be a TCP segment of up to 64 KiB.  The network stack
 * above it is Python (stdlib/unicc_net). */
#include "unicc.h"
#include "unix.h"

enum { SYS_read = 0, SYS_write = 1, SYS_open = 2, SYS_close = 3, SYS_ioctl = 16, SYS_readv = 19, SYS_writev = 20 };
enum { O_RDWR = 2, O_NONBLOCK = 0x800, O_CLOEXEC = 0x80000, EINTR = 4 };
#define TUNSETIFF 0x400454ca
#define TUNSETOFFLOAD 0x400454d0
enum { IFF_TAP = 0x0002, IFF_NO_PI = 0x1000, IFF_VNET_HDR = 0x4000, IFNAMSIZ = 16 };
enum { TUN_F_CSUM = 0x01, TUN_F_TSO4 = 0x02 };

/* The TAP interface NAME, attached to a new descriptor (or -errno).  With
 * offload, frames carry a virtio-net header and the kernel checksums and
 * segments TCP (TUN_F_CSUM | TUN_F_TSO4); -errno if it cannot. */
i64 rt_unix_tap_open(rt_obj *name, i64 offload)
{
    const rt_str *s = (const rt_str *)name;
    if (s->len <= 0 || s->len >= IFNAMSIZ)
        return -22; /* EINVAL */
    long fd = sys3(SYS_open, "/dev/net/tun", O_RDWR | O_NONBLOCK | O_CLOEXEC, 0);
    if (fd < 0)
        return fd;
    short flags = IFF_TAP | IFF_NO_PI | (offload ? IFF_VNET_HDR : 0);
    struct { char name[IFNAMSIZ]; short flags; char pad[22]; } ifr = {{0}, flags, {0}};
    for (i64 i = 0; i < s->len; i++)
        ifr.name[i] = s->data[i];
    long r = sys3(SYS_ioctl, fd, TUNSETIFF, &ifr);
    if (r >= 0 && offload)
        r = sys3(SYS_ioctl, fd, TUNSETOFFLOAD, TUN_F_CSUM | TUN_F_TSO4);
    if (r < 0) {
        sys3(SYS_close, fd, 0, 0);
        return r;
    }
    return fd;
}

/* One frame into buf (a Buffer or bytearray): its length, -EAGAIN if none. */
i64 rt_unix_tap_read(i64 fd, rt_obj *buf)
{
    i64 len;
    uint8_t *p = (uint8_t *)rt_bytes_data(buf, &len);
    long n;
    while ((n = sys3(SYS_read, fd, p, len)) == -EINTR) {}
    return n;
}

/* One frame (a Buffer, bytes or bytearray), written whole or not at all. */
i64 rt_unix_tap_write(i64 fd, rt_obj *frame)
{
    i64 len;
    const uint8_t *p = rt_bytes_data(frame, &len);
    long n;
    while ((n = sys3(SYS_write, fd, p, len)) == -EINTR) {}
    return n;
}

/* A virtio-net header and the frame after it, in one system call (see
 * above): readv (the length of both, -EAGAIN if none) or writev. */
static i64 tap_vector(long call, i64 fd, rt_obj *header, rt_obj *frame)
{
    struct { const uint8_t *base; uint64_t len; } iov[2];
    i64 n0, n1;
    iov[0].base = rt_bytes_data(header, &n0);
    iov[1].base = rt_bytes_data(frame, &n1);
    iov[0].len = (uint64_t)n0;
    iov[1].len = (uint64_t)n1;
    long n;
    while ((n = sys3(call, fd, iov, 2)) == -EINTR) {}
    return n;
}

i64 rt_unix_tap_readv(i64 fd, rt_obj *header, rt_obj *buf)
{
    return tap_vector(SYS_readv, fd, header, buf);
}

i64 rt_unix_tap_writev(i64 fd, rt_obj *header, rt_obj *frame)
{
    return tap_vector(SYS_writev, fd, header, frame);
}

/* Input on fd ends the event loop's idle wait from now on. */
void rt_unix_watch(i64 fd)
{
    unix_watch_fd((int)fd);
}
