/* nofiles.c -- the file system calls of stdlib/unicc_files.py on a target
 * without a file system: weak definitions that fail with ENOSYS.
 *
 * unicc rejects open() on such a target, but io's classes are compiled with
 * any program that uses sys.stdout or io.StringIO, and their file methods
 * reach these symbols.  The unix target's strong definitions
 * (runtime/platform/unix/files.c) take their place there. */
#include "unicc.h"

#define ENOSYS 38
#define NOFILE __attribute__((weak))

NOFILE i64 rt_unix_file_open(rt_obj *path, i64 flags, i64 mode) { (void)path, (void)flags, (void)mode; return -ENOSYS; }
NOFILE i64 rt_unix_file_read(i64 fd, rt_obj *buf, i64 n) { (void)fd, (void)buf, (void)n; return -ENOSYS; }
NOFILE i64 rt_unix_file_write(i64 fd, rt_obj *data, i64 start, i64 end) { (void)fd, (void)data, (void)start, (void)end; return -ENOSYS; }
NOFILE i64 rt_unix_file_seek(i64 fd, i64 offset, i64 whence) { (void)fd, (void)offset, (void)whence; return -ENOSYS; }
NOFILE i64 rt_unix_file_close(i64 fd) { (void)fd; return -ENOSYS; }
NOFILE i64 rt_unix_file_mode(i64 fd, rt_obj *path) { (void)fd, (void)path; return -ENOSYS; }
NOFILE i64 rt_unix_unlink(rt_obj *path) { (void)path; return -ENOSYS; }
NOFILE i64 rt_unix_mkdir(rt_obj *path, i64 mode) { (void)path, (void)mode; return -ENOSYS; }
NOFILE i64 rt_unix_rmdir(rt_obj *path) { (void)path; return -ENOSYS; }
NOFILE i64 rt_unix_getpid(void) { return -ENOSYS; }
