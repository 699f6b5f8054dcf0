/* devices.c -- the system calls behind the unix target's devices
 * (stdlib/unicc_devices/unix.py): getrandom entropy, the wall clock and a
 * file-backed block device.  Each returns the kernel's result, a negative
 * errno on failure, and the Python side raises: the error messages stay in
 * one place, the compiled subset. */
#include "unicc.h"
#include "unix.h"

enum { SYS_open = 2, SYS_lseek = 8, SYS_pread64 = 17, SYS_pwrite64 = 18,
       SYS_clock_gettime = 228, SYS_getrandom = 318 };
enum { O_RDWR = 2, O_CLOEXEC = 0x80000, SEEK_END = 2, CLOCK_REALTIME = 0, EINTR = 4 };

i64 rt_unix_getrandom(rt_obj *buf)
{
    i64 len;
    uint8_t *p = (uint8_t *)rt_bytes_data(buf, &len);
    return sys3(SYS_getrandom, p, len, 0);
}

i64 rt_unix_time_ns(void)
{
    struct { long sec, nsec; } ts;
    sys3(SYS_clock_gettime, CLOCK_REALTIME, &ts, 0);
    return (i64)ts.sec * 1000000000 + ts.nsec;
}

i64 rt_unix_open(rt_obj *path)
{
    return sys3(SYS_open, ((rt_str *)path)->data, O_RDWR | O_CLOEXEC, 0);
}

i64 rt_unix_file_size(i64 fd)
{
    return sys3(SYS_lseek, fd, 0, SEEK_END);
}

/* pread/pwrite of all of buf at offset: the kernel may do less per call. */
static i64 transfer(long sys, i64 fd, rt_obj *buf, i64 offset)
{
    i64 len, done = 0;
    uint8_t *p = (uint8_t *)rt_bytes_data(buf, &len);
    while (done < len) {
        long n = sys6(sys, fd, (long)(p + done), len - done, offset + done, 0, 0);
        if (n == -EINTR)
            continue;
        if (n <= 0)
            return n < 0 ? n : done; /* error, or end of file */
        done += n;
    }
    return done;
}

i64 rt_unix_pread(i64 fd, rt_obj *buf, i64 offset)
{
    return transfer(SYS_pread64, fd, buf, offset);
}

i64 rt_unix_pwrite(i64 fd, rt_obj *data, i64 offset)
{
    return transfer(SYS_pwrite64, fd, data, offset);
}
