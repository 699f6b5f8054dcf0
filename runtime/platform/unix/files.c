/* files.c -- the system calls behind open() and the few os functions of the
 * unix target (stdlib/unicc_files.py): open, read, write, lseek, close,
 * fstat/stat for the kind of a file, unlink, mkdir, rmdir, getpid.
 *
 * Each returns the kernel's result, a negative errno on failure; the file
 * objects, their buffers and CPython's error messages are in the subset
 * (stdlib/cpython/io.py). */
#include "unicc.h"
#include "unix.h"

enum { SYS_read = 0, SYS_write = 1, SYS_open = 2, SYS_close = 3, SYS_stat = 4, SYS_fstat = 5,
       SYS_lseek = 8, SYS_getpid = 39, SYS_mkdir = 83, SYS_rmdir = 84, SYS_unlink = 87 };
enum { EINTR = 4 };

/* x86-64 struct stat is 144 bytes; st_mode is the 32-bit word at 24. */
struct kstat { uint64_t dev, ino, nlink; uint32_t mode; uint32_t rest[29]; };

i64 rt_unix_file_open(rt_obj *path, i64 flags, i64 mode)
{
    return sys3(SYS_open, ((rt_str *)path)->data, flags, mode);
}

/* Reads up to n bytes into the start of buf (a bytearray at least n long);
 * retried when a signal interrupts it. */
i64 rt_unix_file_read(i64 fd, rt_obj *buf, i64 n)
{
    i64 len;
    uint8_t *p = (uint8_t *)rt_bytes_data(buf, &len);
    if (n > len)
        n = len;
    long got;
    do
        got = sys3(SYS_read, fd, p, n);
    while (got == -EINTR);
    return got;
}

/* Writes data[start:end] whole: the kernel may take less per call. */
i64 rt_unix_file_write(i64 fd, rt_obj *data, i64 start, i64 end)
{
    i64 len;
    const uint8_t *p = rt_bytes_data(data, &len);
    if (end > len)
        end = len;
    for (i64 at = start; at < end;) {
        long n = sys3(SYS_write, fd, p + at, end - at);
        if (n == -EINTR)
            continue;
        if (n < 0)
            return n;
        at += n;
    }
    return end - start;
}

i64 rt_unix_file_seek(i64 fd, i64 offset, i64 whence)
{
    return sys3(SYS_lseek, fd, offset, whence);
}

i64 rt_unix_file_close(i64 fd)
{
    return sys3(SYS_close, fd, 0, 0);
}

/* st_mode of an open file (fd >= 0) or of a path, or -errno. */
i64 rt_unix_file_mode(i64 fd, rt_obj *path)
{
    struct kstat st;
    long r = fd >= 0 ? sys3(SYS_fstat, fd, &st, 0) : sys3(SYS_stat, ((rt_str *)path)->data, &st, 0);
    return r < 0 ? r : (i64)st.mode;
}

i64 rt_unix_unlink(rt_obj *path)
{
    return sys3(SYS_unlink, ((rt_str *)path)->data, 0, 0);
}

i64 rt_unix_mkdir(rt_obj *path, i64 mode)
{
    return sys3(SYS_mkdir, ((rt_str *)path)->data, mode, 0);
}

i64 rt_unix_rmdir(rt_obj *path)
{
    return sys3(SYS_rmdir, ((rt_str *)path)->data, 0, 0);
}

i64 rt_unix_getpid(void)
{
    return sys3(SYS_getpid, 0, 0, 0);
}
