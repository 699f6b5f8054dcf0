/* tap.c -- a TAP network interface for the unix target
 * (stdlib/unicc_devices/unix.py, TapNetif): open an existing TAP by name,
 * read and write whole Ethernet frames without blocking, and let its
 * descriptor end the event loop's idle wait (platform.c's ppoll).  The
 * network stack above it is Python (stdlib/unicc_net). */
#include "unicc.h"
#include "unix.h"

enum { SYS_read = 0, SYS_write = 1, SYS_open = 2, SYS_ioctl = 16 };
enum { O_RDWR = 2, O_NONBLOCK = 0x800, O_CLOEXEC = 0x80000, EINTR = 4 };
#define TUNSETIFF 0x400454ca
enum { IFF_TAP = 0x0002, IFF_NO_PI = 0x1000, IFNAMSIZ = 16 };

/* The TAP interface NAME, attached to a new descriptor (or -errno). */
i64 rt_unix_tap_open(rt_obj *name)
{
    const rt_str *s = (const rt_str *)name;
    if (s->len <= 0 || s->len >= IFNAMSIZ)
        return -22; /* EINVAL */
    long fd = sys3(SYS_open, "/dev/net/tun", O_RDWR | O_NONBLOCK | O_CLOEXEC, 0);
    if (fd < 0)
        return fd;
    struct { char name[IFNAMSIZ]; short flags; char pad[22]; } ifr = {{0}, IFF_TAP | IFF_NO_PI, {0}};
    for (i64 i = 0; i < s->len; i++)
        ifr.name[i] = s->data[i];
    long r = sys3(SYS_ioctl, fd, TUNSETIFF, &ifr);
    if (r < 0)
        return r;
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

/* Input on fd ends the event loop's idle wait from now on. */
void rt_unix_watch(i64 fd)
{
    unix_watch_fd((int)fd);
}
