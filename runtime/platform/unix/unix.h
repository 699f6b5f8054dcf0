/* unix.h -- the raw Linux system call, shared by the unix platform's files. */
#ifndef UNICC_UNIX_H
#define UNICC_UNIX_H

/* Returns the kernel's result: a negative errno on failure. */
long sys6(long n, long a, long b, long c, long d, long e, long f);
#define sys3(n, a, b, c) sys6(n, (long)(a), (long)(b), (long)(c), 0, 0, 0)

/* Make input on fd end plat_block_until's wait (platform.c). */
void unix_watch_fd(int fd);

#endif
