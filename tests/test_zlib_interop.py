"""zlib interoperates with CPython's both ways: what the compiled
stdlib/cpython/zlib.py compresses CPython's zlib decompresses to the same
bytes, and the compiled zlib decompresses what CPython's compresses (raw,
zlib and gzip wrappers; empty to 1 MiB; stored, fixed and dynamic blocks);
the same for streams made and read in pieces by compressobj and
decompressobj, with every flush mode between the pieces."""

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


def chunked(blob: bytes) -> list[str]:
    text = blob.hex()
    return [text[i:i + CHUNK] for i in range(0, len(text), CHUNK)]


@pytest.mark.parametrize("size,alphabet,level,wbits,piece", [
    (0, 256, 6, 15, 1000), (5000, 256, 0, -15, 999), (100_000, 4, 6, 31, 7000), (300_000, 16, 9, 15, 65_536),
    (200_000, 256, 1, -9, 33_333),
])
def test_cpython_decompresses_our_stream(exe: Path, size: int, alphabet: int, level: int, wbits: int,
                                         piece: int) -> None:
    res = run([str(exe), "compressobj", str(size), "11", str(alphabet), str(level), str(wbits), str(piece)],
              PROGRAM.parent, "compiled compressobj")
    assert res.status == 0, res.stderr.decode()[-2000:]
    ours = bytes.fromhex(res.stdout.decode().strip())
    want = lcg_bytes(size, 11, alphabet)
    assert zlib.decompress(ours, wbits) == want
    d = zlib.decompressobj(wbits)
    assert b"".join(d.decompress(ours[i:i + 1000]) for i in range(0, len(ours), 1000)) == want and d.eof


@pytest.mark.parametrize("size,alphabet,level,wbits,piece", [
    (0, 256, 6, 15, 1), (3000, 256, 0, -15, 1), (50_000, 5, 9, 31, 777), (300_000, 256, 6, 15, 65_536),
    (200_000, 3, 1, 47, 10_000),
])
def test_our_stream_decompresses_cpython(exe: Path, size: int, alphabet: int, level: int, wbits: int,
                                         piece: int) -> None:
    rng = random.Random(size * 17 + alphabet)
    data = bytes(rng.randrange(alphabet) for _ in range(size))
    c = zlib.compressobj(level, zlib.DEFLATED, 31 if wbits == 47 else wbits)
    modes = [zlib.Z_NO_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_BLOCK]
    parts = []
    for i, start in enumerate(range(0, size, 40_000)):
        parts.append(c.compress(data[start:start + 40_000]) + c.flush(modes[i % 5]))
    blob = b"".join(parts) + c.flush() + b"after"
    res = run([str(exe), "decompressobj", str(wbits), str(piece), *chunked(blob)], PROGRAM.parent,
              "compiled decompressobj")
    assert res.status == 0, res.stderr.decode()[-2000:]
    assert res.stdout.decode().split() == [str(len(data)), str(zlib.crc32(data)), str(zlib.adler32(data)), "True",
                                           b"after".hex()]
