/* xen-arm.h -- the xen-arm target's two consoles (Xen PV ring, PL011). */
#ifndef UNICC_XEN_ARM_H
#define UNICC_XEN_ARM_H

#include "../arm/arm.h"
#include "platform.h"

int xen_console_init(void); /* 0 when the hypervisor gives no console */
void xen_console_write(const char *buf, size_t len);
_Noreturn void xen_shutdown(int status);

#endif
