/* xen-arm.h -- the xen-arm target: ARMv7 (runtime/arch/armv7) plus the Xen PV
 * interface (runtime/xen). */
#ifndef UNICC_XEN_ARM_H
#define UNICC_XEN_ARM_H

#include "../../arch/armv7/armv7.h"
#include "../../xen/xen.h"
#include "platform.h"

#endif
