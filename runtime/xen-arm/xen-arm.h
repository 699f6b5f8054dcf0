/* xen-arm.h -- the xen-arm target: ARMv7 (../arm) plus the Xen PV interface (../xenpv). */
#ifndef UNICC_XEN_ARM_H
#define UNICC_XEN_ARM_H

#include "../arm/arm.h"
#include "../xenpv/xen.h"
#include "platform.h"

#endif
