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
    "sha512": [
        (b"", "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce"
              "47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"),
        (ABC, "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
              "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"),
        (M448, "204a8fc6dda82f0a0ced7beb8e08a41657c16ef468b228a8279be331a703c335"
               "96fd15c13b1b07f9aa1d3bea57789ca031ad85c7a71dd70354ec631238ca3445"),
        (M896, "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018"
               "501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909"),
        (MILLION_A, "e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973eb"
                    "de0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b"),
    ],
    "sha384": [
        (ABC, "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed"
              "8086072ba1e7cc2358baeca134c825a7"),
        (M448, "3391fdddfc8dc7393707a65b1b4709397cf8b1d162af05abfe8f450de5f36bc6"
               "b0455a8520bc4e6f5fe95b1fe3c8452b"),
        (M896, "09330c33f71147e83d192fc782cd1b4753111b173b3b05d22fa08086e3b0f712"
               "fcc7c71a557e2db966c3e9fa91746039"),
        (MILLION_A, "9d0e1809716474cb086e834e310a4a1ced149e9c00f248527972cec5704c2a5b"
                    "07b8b3dc38ecc4ebae97ddd87f3d8985"),
    ],
    "sha1": [
        (ABC, "a9993e364706816aba3e25717850c26c9cd0d89d"),
        (M448, "84983e441c3bd26ebaae4aa1f95129e5e54670f1"),
        (M896, "a49b2446a02c645bf419f995b67091253a04a259"),
        (MILLION_A, "34aa973cd4c4daa4f61eeb2bdbad27316534016f"),
    ],
    # RFC 1321, A.5
    "md5": [
        (b"", "d41d8cd98f00b204e9800998ecf8427e"),
        (b"a", "0cc175b9c0f1b6a831c399e269772661"),
        (ABC, "900150983cd24fb0d6963f7d28e17f72"),
        (b"message digest", "f96b697d7cb7938d525a2f31aaf161d0"),
        (b"abcdefghijklmnopqrstuvwxyz", "c3fcd3d76192e4007dfb496cca67e13b"),
        (b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
         "d174ab98d277d9f5a5611c2c9f419d9f"),
        (b"1234567890" * 8, "57edf4a22be3c955ac49da2e2107b67a"),
    ],
}

SIZES = {"sha256": (32, 64), "sha224": (28, 64), "sha512": (64, 128), "sha384": (48, 128),
         "sha1": (20, 64), "md5": (16, 64)}


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
    print(hashlib.sha224(string=b"abc").hexdigest(), hashlib.md5(b"abc", usedforsecurity=False).hexdigest())
    print(hashlib.sha1(b"abc").hexdigest(), hashlib.sha384(b"abc").hexdigest())
    print(hashlib.sha512(bytearray(200)).hexdigest())
    print(hashlib.sha256(bytearray(b"abc")).hexdigest())
    print(hashlib.new("SHA256", data=b"x").hexdigest(), hashlib.new("sha-224").name)
    print(hashlib.new("SHA2-256", b"x", usedforsecurity=False).name)
    for alias in ("SHA-1", "ssl3-sha1", "MD5", "SSL3-MD5", "sha2-512", "SHA-384", "Sha512"):
        print(alias, hashlib.new(alias, b"x").name)
    for bad in ("foo", "", "sha_256", "sha-2-256", "md-5", "md5 "):
        try:
            hashlib.new(bad)
        except ValueError as e:
            print(type(e).__name__, e)


known_answers()
random_splits()
objects()
