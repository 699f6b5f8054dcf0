"""hashlib: the FIPS 180 and RFC 1321 known answers, checked against the
literal digests (so a bug CPython shared could not pass), incremental
updates in random splits against one-shot hashing, copy, new() by name,
the attributes and the errors."""

import hashlib

ABC = b"abc"
M448 = b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
M896 = (b"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
        b"ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu")
MILLION_A = b"a" * 1_000_000

# FIPS 180-2 appendices and the NIST examples: "abc", the 448-bit and
# 896-bit messages, one million 'a'.
KNOWN: dict[str, list[tuple[bytes, str]]] = {
    "sha256": [
        (b"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        (ABC, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (M448, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        (M896, "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
        (MILLION_A, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"),
    ],
    "sha224": [
        (ABC, "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7"),
        (M448, "75388b16512776cc5dba5da1fd890150b0c6455cb4f58b1952522525"),
        (M896, "c97ca9a559850ce97a04a96def6d99a9e0e0e2ab14e6b8df265fc0b3"),
        (MILLION_A, "20794655980c91d8bbb4c1ea97618a4bf03f42581948b2ee4ee7ad67"),
    ],
}

SIZES = {"sha256": (32, 64), "sha224": (28, 64)}


def known_answers() -> None:
    for name, cases in KNOWN.items():
        for msg, want in cases:
            got = hashlib.new(name, msg).hexdigest()
            print(name, len(msg), got, "ok" if got == want else "WRONG, want " + want)


def lcg_bytes(n: int, seed: int) -> bytes:
    out = bytearray(n)
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out[i] = (x >> 16) & 0xFF
    return bytes(out)


def random_splits() -> None:
    """The same data fed in pieces of random sizes (empty pieces and pieces
    longer than a block included) hashes as in one piece."""
    x = 99
    for name in SIZES:
        for n in (0, 1, 55, 56, 63, 64, 65, 111, 112, 127, 128, 129, 1000, 4099):
            data = lcg_bytes(n, n + 7)
            one = hashlib.new(name, data).digest()
            h = hashlib.new(name)
            i = 0
            while i < n:
                x = (x * 1103515245 + 12345) & 0x7FFFFFFF
                step = (x >> 8) % 150
                h.update(data[i:i + step] if x & 1 else bytearray(data[i:i + step]))
                i += step
            print(name, n, h.hexdigest()[:16], h.digest() == one)


def objects() -> None:
    for name, (size, block) in SIZES.items():
        h = hashlib.new(name)
        print(h.name, h.digest_size, h.block_size, size == h.digest_size, block == h.block_size)
        h.update(b"hello ")
        c = h.copy()
        c.update(b"world")
        h.update(b"there")
        print(h.hexdigest(), c.hexdigest(), h.hexdigest() == h.hexdigest())
        print(len(h.digest()), h.digest().hex() == h.hexdigest())
    print(hashlib.sha256(b"abc", usedforsecurity=False).hexdigest())
    print(hashlib.sha224(string=b"abc").hexdigest())
    print(hashlib.sha256(bytearray(b"abc")).hexdigest())
    print(hashlib.new("SHA256", data=b"x").hexdigest(), hashlib.new("sha-224").name)
    print(hashlib.new("SHA2-256", b"x", usedforsecurity=False).name)
    for bad in ("foo", "", "sha_256", "sha-2-256"):
        try:
            hashlib.new(bad)
        except ValueError as e:
            print(type(e).__name__, e)


known_answers()
random_splits()
objects()
