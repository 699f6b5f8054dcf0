"""Which hot loops LLVM's loop vectoriser accepts once unicc's loop versions
(unicc/transform/versioning.py) have dropped the checks that cannot fail:
read from LLVM's optimisation remarks (-pass-remarks*=loop-vectorize) of a
build for x86-64-v3 (AVX2; at the baseline x86-64 level the cost model finds
these byte loops not worth it, for C as for unicc).

Each program's top level has no loop of its own (its data comes from
runtime calls such as `bytes * n`), so every remark is about the kernel: the
copy with checks, the copy without, and what follows them.  The remarks
carry no location (the IR has no debug info), hence one program per fact.
No timing: whether a loop vectorises, not how fast it runs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import BUILD_TIMEOUT, PYTHON, run

# Builds with LLVM's remarks about the loop vectoriser on (they go to stderr).
BUILD = """
import sys
import llvmlite.binding as llvm
from unicc.backend import emit
from unicc.cli import main
emit._init()
for kind in ("", "-missed", "-analysis"):
    llvm.set_option("unicc", f"-pass-remarks{kind}=loop-vectorize")
sys.exit(main(sys.argv[1:]))
"""

CHECKSUM = '''
import sys


def checksum(data: bytearray) -> int:
    n = len(data)
    s = 0
    i = 0
    while i < n - 1:
        s += (data[i] << 8) + data[i + 1]
        i += 2
    return s


print(checksum(bytearray(sys.argv[0].encode() * 100)))
'''

XOR = '''
import sys


def xor_into(dst: bytearray, a: bytes, b: bytes) -> None:
    i = 0
    while i < len(a):
        dst[i] = a[i] ^ b[i]
        i += 1


data = sys.argv[0].encode() * 100
out = bytearray(len(data))
xor_into(out, data, data[::-1])
print(out[3])
'''

COPY = '''
import sys


def copy_into(dst: bytearray, src: bytes) -> None:
    for i in range(len(src)):
        dst[i] = src[i]


data = sys.argv[0].encode() * 100
out = bytearray(len(data))
copy_into(out, data)
print(out[3])
'''

SUM = '''
import sys


def total(xs: list[int]) -> int:
    return sum(xs)


print(total([len(sys.argv[0])] * 1000))
'''

SCHEDULE = '''
import sys

from unicc_types import u32


def rotr(x: u32, n: int) -> u32:
    return (x >> u32(n)) | (x << u32(32 - n))


def schedule(w: list[u32]) -> None:
    for t in range(16, 64):
        x = w[t - 15]
        y = w[t - 2]
        s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >> u32(3))
        s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >> u32(10))
        w[t] = w[t - 16] + s0 + w[t - 7] + s1


w = [u32(len(sys.argv[0]))] * 64
schedule(w)
print(w[63])
'''

VECTORISED = "vectorized loop (vectorization width"


def remarks(source: str, tmp_path: Path) -> list[str]:
    src = tmp_path / "kernel.py"
    src.write_text(source)
    res = run([PYTHON, "-c", BUILD, "build", str(src), "--target", "unix", "--cpu", "x86-64-v3",
               "-o", str(tmp_path / "kernel")], tmp_path, "unicc build", BUILD_TIMEOUT)
    err = res.stderr.decode("utf-8", "replace")
    assert res.status == 0, err
    return [line for line in err.splitlines() if line.startswith("remark:")]


@pytest.mark.parametrize("source", [CHECKSUM, XOR, COPY], ids=["checksum", "xor", "copy"])
def test_vectorised(source: str, tmp_path: Path) -> None:
    """The RFC 1071 checksum as a `while` loop over a bytearray, a byte-wise
    XOR of two bytes into a bytearray, a byte copy: the copy without checks
    has no exit but its test and no call, and LLVM vectorises it."""
    found = remarks(source, tmp_path)
    assert any(VECTORISED in r for r in found), "\n".join(found)


def test_sum_of_list_is_vectorised(tmp_path: Path) -> None:
    """sum() over a list[int]: the items are any i64, so an add with an
    overflow check per item (llvm.sadd.with.overflow, a second exit) would be
    no reduction LLVM knows.  unicc adds each item's low 32 bits, its high 32
    bits and its sign bit into three wrapping sums, which cannot overflow
    below 2**30 items, and checks the total once after the loop
    (irbuild/builtin_funcs.py sum_of_ints): three plain reductions, which
    LLVM vectorises.  tests/expected/overflow_sum.py: OverflowError exactly
    where the total leaves i64."""
    found = remarks(SUM, tmp_path)
    assert any(VECTORISED in r for r in found), "\n".join(found)


def test_sha256_schedule_reaches_dependence_analysis(tmp_path: Path) -> None:
    """The SHA-256 message schedule keeps no index check and no call in its
    copy (rotr is a compiled function that changes no length; w[t - 16] ...
    w[t - 2] are checked once in front), so LLVM analyses its memory
    dependences, and stops there: w[t] reads w[t - 2], written two
    iterations before, a dependence that no vector width of more than two
    32-bit words can carry (C's loop is not vectorised for the same reason)."""
    found = remarks(SCHEDULE, tmp_path)
    assert not any(VECTORISED in r for r in found), "\n".join(found)
    assert any("unsafe dependent memory operations in loop" in r for r in found), "\n".join(found)
    assert not any("call instruction cannot be vectorized" in r or "early exit" in r for r in found), \
        "\n".join(found)
