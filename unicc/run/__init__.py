"""Running built images on the host: QEMU (`qemu`), real Xen nested in QEMU
(`xenrig`, with the domain configs of `xlconfig`), the CPython reference run
(`reference`), and naming the function a guest's panic points at (`symbolize`).

None of this is the compiler: it consumes what `unicc.driver.build` made."""
