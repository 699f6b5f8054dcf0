# An application that takes a unix device (getrandom entropy, whose CPython
# body imports the real os) and uses io and os, which unicc type-checks with
# its own stand-ins.
import io
import os

from unicc_devices import Entropy


def main(entropy: Entropy) -> None:
    s = io.StringIO()
    print(len(entropy.gather(16)), entropy.source(), file=s)
    print(s.getvalue(), end="")
    print(os.path.exists("/"), os.path.isdir("/"))
