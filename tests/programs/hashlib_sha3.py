"""hashlib.sha3_224/256/384/512 and shake_128/256: NIST's example digests
(FIPS 202: the empty message and "abc"; the 1600-bit message of 0xa3),
messages fed in pieces across the rate, copy, the names and sizes, new()
by name, HMAC and PBKDF2 over SHA-3, SHAKE outputs shorter and longer
than one rate."""

import hashlib
import hmac

from _hashlib import HASH, HASHXOF

NIST = {
    ("sha3_224", b""): "6b4e03423667dbb73b6e15454f0eb1abd4597f9a1b078e3f5b5a6bc7",
    ("sha3_256", b""): "a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a",
    ("sha3_384", b""): "0c63a75b845e4f7d01107d852e4c2485c51a50aaaa94fc61995e71bbee983a2ac3713831264adb47fb6bd1e058d5f004",
    ("sha3_512", b""): "a69f73cca23a9ac5c8b567dc185a756e97c982164fe25859e0d1dcc1475c80a6"
                       "15b2123af1f5f94c11e3e9402c3ac558f500199d95b6d3e301758586281dcd26",
    ("sha3_224", b"abc"): "e642824c3f8cf24ad09234ee7d3c766fc9a3a5168d0c94ad73b46fdf",
    ("sha3_256", b"abc"): "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532",
    ("sha3_384", b"abc"): "ec01498288516fc926459f58e2c6ad8df9b473cb0fc08c2596da7cf0e49be4b2"
                          "98d88cea927ac7f539f1edf228376d25",
    ("sha3_512", b"abc"): "b751850b1a57168a5693cd924b6b096e08f621827444f70d884f5d0240d2712e"
                          "10e116e9192af3c91a7ec57647e3934057340b4cf408d5a56592f8274eec53f0",
}
SHAKE_NIST = {
    ("shake_128", b""): "7f9c2ba4e88f827d616045507605853ed73b8093f6efbc88eb1a6eacfa66ef26",
    ("shake_256", b""): "46b9dd2b0ba88d13233b3feb743eeb243fcd52ea62b81b82b50c27646ed5762f"
                        "d75dc4ddd8c0f200cb05019d67b592f6fc821c49479ab48640292eacb3b7c4be",
}


def sha3(name: str, data: bytes) -> HASH:
    if name == "sha3_224":
        return hashlib.sha3_224(data)
    if name == "sha3_256":
        return hashlib.sha3_256(data)
    if name == "sha3_384":
        return hashlib.sha3_384(data)
    return hashlib.sha3_512(data)


def shake(name: str, data: bytes) -> HASHXOF:
    return hashlib.shake_128(data) if name == "shake_128" else hashlib.shake_256(data)


def lcg_bytes(n: int, seed: int) -> bytes:
    out = bytearray(n)
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out[i] = x >> 16 & 255
    return bytes(out)


def known_answers() -> None:
    for (name, data), want in NIST.items():
        h = sha3(name, data)
        print(name, data, h.hexdigest(), h.hexdigest() == want)
    for (name, data), want in SHAKE_NIST.items():
        x = shake(name, data)
        print(name, data, x.hexdigest(len(want) // 2) == want)
    a3 = b"\xa3" * 200   # FIPS 202's 1600-bit example message
    for name in ("sha3_224", "sha3_256", "sha3_384", "sha3_512"):
        print(name, "1600 bits", sha3(name, a3).hexdigest())
    print(hashlib.shake_128(a3).hexdigest(64), hashlib.shake_256(a3).hexdigest(64))


def pieces() -> None:
    data = lcg_bytes(1000, 5)
    for name in ("sha3_224", "sha3_256", "sha3_384", "sha3_512"):
        whole = sha3(name, data)
        h = sha3(name, b"")
        for step in (1, 7, 71, 72, 104, 135, 136, 137, 144, 168):
            h = sha3(name, b"")
            i = 0
            while i < len(data):
                h.update(data[i:i + step])
                i += step
            if h.digest() != whole.digest():
                print(name, "differs at step", step)
        c = h.copy()
        c.update(b"more")
        print(name, h.name, h.digest_size, h.block_size, h.hexdigest()[:16], c.hexdigest()[:16],
              len(h.digest()), h.hexdigest() == whole.hexdigest())
    for name in ("shake_128", "shake_256"):
        x = shake(name, data[:500])
        y = x.copy()
        y.update(bytearray(data[500:]))
        print(name, x.name, x.digest_size, x.block_size, x.hexdigest(0), x.hexdigest(1), len(x.digest(500)),
              x.digest(300)[:8].hex(), x.digest(300)[-8:].hex(), y.digest(170)[160:].hex(),
              y.hexdigest(170) == shake(name, data).hexdigest(170), x.digest(20) == x.digest(40)[:20])


def by_name() -> None:
    for name in ("sha3_256", "SHA3-256", "sha3-512", "sha3_224", "sha3-384"):
        h = hashlib.new(name, b"abc")
        print(name, h.name, h.hexdigest()[:20])
    for name in ("sha3_224", "sha3_256", "sha3_384", "sha3_512"):
        print(name, hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", name).hexdigest())
    print(hashlib.pbkdf2_hmac("sha3_256", b"password", b"salt", 3).hex())


known_answers()
pieces()
by_name()
