"""hashlib.blake2b and blake2s: RFC 7693's examples (BLAKE2b-512 and
BLAKE2s-256 of "abc"), keyed hashes, salt and person, the tree parameters,
digest sizes, messages fed in pieces across blocks, copy, the class
constants, new() and hmac by name, and the constructors' errors."""

import hashlib
import hmac
from typing import Callable

RFC = {
    "blake2b": "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
               "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923",
    "blake2s": "508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982",
}


def lcg_bytes(n: int, seed: int) -> bytes:
    out = bytearray(n)
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out[i] = x >> 16 & 255
    return bytes(out)


def attempt(label: str, f: Callable[[], object]) -> None:
    try:
        print(label, f())
    except (ValueError, OverflowError) as e:
        print(label, type(e).__name__, e)


def vectors() -> None:
    b = hashlib.blake2b(b"abc")
    s = hashlib.blake2s(b"abc")
    print(b.hexdigest() == RFC["blake2b"], s.hexdigest() == RFC["blake2s"], b.hexdigest()[:16], s.hexdigest()[:16])
    print(b.name, b.digest_size, b.block_size, s.name, s.digest_size, s.block_size)
    print(hashlib.blake2b.MAX_DIGEST_SIZE, hashlib.blake2b.MAX_KEY_SIZE, hashlib.blake2b.PERSON_SIZE,
          hashlib.blake2b.SALT_SIZE, hashlib.blake2s.MAX_DIGEST_SIZE, hashlib.blake2s.MAX_KEY_SIZE,
          hashlib.blake2s.PERSON_SIZE, hashlib.blake2s.SALT_SIZE)
    key64 = bytes(range(64))
    for n in (0, 1, 63, 64, 65, 127, 128, 129, 255):
        msg = bytes(range(n % 256)) if n < 256 else b""
        print(n, hashlib.blake2b(msg, key=key64).hexdigest()[:32], hashlib.blake2s(msg, key=key64[:32]).hexdigest()[:32])


def parameters() -> None:
    data = lcg_bytes(300, 9)
    print(hashlib.blake2b(data, digest_size=20).hexdigest(), hashlib.blake2s(data, digest_size=1).hexdigest())
    print(hashlib.blake2b(data, salt=b"salt", person=b"person").hexdigest()[:32],
          hashlib.blake2s(data, salt=b"12345678", person=b"me").hexdigest())
    print(hashlib.blake2b(b"x", digest_size=32, key=b"key", salt=b"salt", person=b"me", fanout=2, depth=3,
                          leaf_size=5, node_offset=7, node_depth=1, inner_size=16, last_node=True).hexdigest())
    print(hashlib.blake2s(b"x", digest_size=16, key=b"key", fanout=0, depth=255, leaf_size=4294967295,
                          node_offset=281474976710655, node_depth=255, inner_size=32, last_node=True).hexdigest())
    print(hashlib.blake2b(bytearray(b"ba"), key=bytearray(b"k")).hexdigest()[:16])


def pieces() -> None:
    data = lcg_bytes(1000, 5)
    for key in (b"", b"secret"):
        whole_b = hashlib.blake2b(data, key=key, digest_size=48)
        whole_s = hashlib.blake2s(data, key=key, digest_size=24)
        ok = True
        for step in (1, 7, 63, 64, 65, 127, 128, 129, 500):
            hb = hashlib.blake2b(key=key, digest_size=48)
            hs = hashlib.blake2s(key=key, digest_size=24)
            for i in range(0, len(data), step):
                hb.update(data[i:i + step])
                hs.update(data[i:i + step])
            ok = ok and hb.digest() == whole_b.digest() and hs.digest() == whole_s.digest()
        c = whole_b.copy()
        c.update(b"more")
        d = whole_s.copy()
        print(key, ok, whole_b.hexdigest()[:16], c.hexdigest()[:16], d.hexdigest() == whole_s.hexdigest(),
              c.digest_size, d.digest_size, len(c.digest()))


def by_name() -> None:
    print(hashlib.new("blake2b", b"abc").hexdigest() == RFC["blake2b"], hashlib.new("blake2s", b"abc").name)
    attempt("new BLAKE2S", lambda: hashlib.new("BLAKE2S"))
    print(hashlib.new("blake2b512", b"abc").name, hashlib.new("blake2s256").name)
    print(hmac.new(b"key", b"message", "blake2b").hexdigest()[:32], hmac.new(b"key", b"message", "blake2s").hexdigest())
    print(hmac.digest(b"k", b"m", "blake2s").hex())


def errors() -> None:
    attempt("digest_size 0", lambda: hashlib.blake2b(digest_size=0))
    attempt("digest_size 65", lambda: hashlib.blake2b(digest_size=65))
    attempt("s digest_size 33", lambda: hashlib.blake2s(digest_size=33))
    attempt("key", lambda: hashlib.blake2b(key=b"k" * 65))
    attempt("s key", lambda: hashlib.blake2s(key=b"k" * 33))
    attempt("salt", lambda: hashlib.blake2b(salt=b"s" * 17))
    attempt("s person", lambda: hashlib.blake2s(person=b"p" * 9))
    attempt("fanout", lambda: hashlib.blake2b(fanout=256))
    attempt("depth", lambda: hashlib.blake2s(depth=0))
    attempt("leaf_size", lambda: hashlib.blake2b(leaf_size=2 ** 32))
    attempt("leaf_size -1", lambda: hashlib.blake2b(leaf_size=-1))
    attempt("s node_offset", lambda: hashlib.blake2s(node_offset=2 ** 48))
    attempt("node_depth", lambda: hashlib.blake2b(node_depth=256))
    attempt("inner_size", lambda: hashlib.blake2b(inner_size=65))
    attempt("s inner_size", lambda: hashlib.blake2s(inner_size=-1))


vectors()
parameters()
pieces()
by_name()
errors()
