"""zlib interoperates with CPython's both ways: what the compiled
stdlib/cpython/zlib.py compresses CPython's zlib decompresses to the same
bytes, and the compiled zlib decompresses what CPython's compresses (raw,
zlib and gzip wrappers; empty to 1 MiB; stored, fixed and dynamic blocks)."""

from __future__ import annotations

import random
import zlib
from pathlib import Path

import pytest

from conftest import BUILD_TIMEOUT, run, unicc

PROGRAM = Path(__file__).resolve().parent / "zlib_interop" / "interop.py"
CHUNK = 100_000   # hex characters per argument (Linux caps one argument at 128 KiB)


def lcg_bytes(n: int, seed: int, alphabet: int) -> bytes:
    out = bytearray(n)
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out[i] = (x >> 16) % alphabet
    return bytes(out)


@pytest.fixture(scope="module")
def exe(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("zlib") / "interop"
    built = unicc(["build", str(PROGRAM), "--target", "unix", "-o", str(out)], PROGRAM.parent, "build",
                  BUILD_TIMEOUT)
    assert built.status == 0, built.stderr.decode()[-3000:]
    return out


@pytest.mark.parametrize("size,alphabet,level,wbits", [
    (0, 256, 6, 15), (1, 256, 0, 15), (1000, 4, 1, -15), (70_000, 256, 6, 31), (70_000, 3, 9, 15),
    (300_000, 256, 0, 15), (1 << 20, 16, 6, 15), (1 << 20, 256, 1, -15),
])
def test_cpython_decompresses_ours(exe: Path, size: int, alphabet: int, level: int, wbits: int) -> None:
    res = run([str(exe), "compress", str(size), "7", str(alphabet), str(level), str(wbits)], PROGRAM.parent,
              "compiled compress")
    assert res.status == 0, res.stderr.decode()[-2000:]
    ours = bytes.fromhex(res.stdout.decode().strip())
    assert zlib.decompress(ours, wbits) == lcg_bytes(size, 7, alphabet)


@pytest.mark.parametrize("size,alphabet,level,wbits", [
    (0, 256, 6, 15), (0, 256, 6, -15), (5, 256, 9, 31), (1000, 256, 0, 15), (4000, 4, 1, -15),
    (65_536, 256, 6, 15), (200_000, 5, 9, 31), (1 << 20, 4, 6, 15),
])
def test_ours_decompresses_cpython(exe: Path, size: int, alphabet: int, level: int, wbits: int) -> None:
    rng = random.Random(size * 31 + alphabet)
    data = bytes(rng.randrange(alphabet) for _ in range(size))
    blob = zlib.compress(data, level, wbits).hex()
    chunks = [blob[i:i + CHUNK] for i in range(0, len(blob), CHUNK)]
    res = run([str(exe), "decompress", str(wbits), *chunks], PROGRAM.parent, "compiled decompress")
    assert res.status == 0, res.stderr.decode()[-2000:]
    assert res.stdout.decode().split() == [str(len(data)), str(zlib.crc32(data)), str(zlib.adler32(data))]
