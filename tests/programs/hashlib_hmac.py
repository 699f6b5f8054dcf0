"""hmac and hashlib.pbkdf2_hmac: the RFC 4231 (HMAC-SHA-224/256/384/512),
RFC 2202 (HMAC-MD5, HMAC-SHA-1) and RFC 6070 (PBKDF2-HMAC-SHA1) known
answers checked against the literal values, digestmod as a name and as a
hashlib constructor, update/copy, hmac.digest, compare_digest, and the
errors."""

import hashlib
import hmac
from typing import Callable

from _hashlib import HASH, UnsupportedDigestmodError

KEY_25 = bytes(range(1, 26))
LONG_KEY_MSG = b"Test Using Larger Than Block-Size Key - Hash Key First"
LONG_DATA = (b"This is a test using a larger than block-size key and a larger than block-size data. "
             b"The key needs to be hashed before being used by the HMAC algorithm.")

# (key, message, {digest name: hex of the HMAC, or its first bytes when truncated})
RFC4231: list[tuple[bytes, bytes, dict[str, str]]] = [
    (b"\x0b" * 20, b"Hi There", {
        "sha224": "896fb1128abbdf196832107cd49df33f47b4b1169912ba4f53684b22",
        "sha256": "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
        "sha384": "afd03944d84895626b0825f4ab46907f15f9dadbe4101ec682aa034c7cebc59c"
                  "faea9ea9076ede7f4af152e8b2fa9cb6",
        "sha512": "87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cde"
                  "daa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854"}),
    (b"Jefe", b"what do ya want for nothing?", {
        "sha256": "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
        "sha512": "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea250554"
                  "9758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737"}),
    (b"\xaa" * 20, b"\xdd" * 50, {
        "sha256": "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe",
        "sha512": "fa73b0089d56a284efb0f0756c890be9b1b5dbdd8ee81a3655f83e33b2279d39"
                  "bf3e848279a722c806b485a47e67c807b946a337bee8942674278859e13292fb"}),
    (KEY_25, b"\xcd" * 50, {
        "sha256": "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b",
        "sha512": "b0ba465637458c6990e5a8c5f61d4af7e576d97ff94b872de76f8050361ee3db"
                  "a91ca5c11aa25eb4d679275cc5788063a5f19741120c4f2de2adebeb10a298dd"}),
    (b"\x0c" * 20, b"Test With Truncation", {
        "sha256": "a3b6167473100ee06e0c796c2955552b",
        "sha512": "415fad6271580a531d4179bc891d87a6"}),
    (b"\xaa" * 131, LONG_KEY_MSG, {
        "sha256": "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
        "sha512": "80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f352"
                  "6b56d037e05f2598bd0fd2215d6a1e5295e64f73f63f0aec8b915a985d786598"}),
    (b"\xaa" * 131, LONG_DATA, {
        "sha256": "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2",
        "sha512": "e37b6a775dc87dbaa4dfa9f96e5e3ffddebd71f8867289865df5a32d20cdc944"
                  "b6022cac3c4982b10d5eeb55c3e4de15134676fb6de0446065c97440fa8c6a58"}),
]

RFC2202: list[tuple[bytes, bytes, dict[str, str]]] = [
    (b"\x0b" * 16, b"Hi There", {"md5": "9294727a3638bb1c13f48ef8158bfc9d"}),
    (b"\x0b" * 20, b"Hi There", {"sha1": "b617318655057264e28bc0b6fb378c8ef146be00"}),
    (b"Jefe", b"what do ya want for nothing?", {
        "md5": "750c783e6ab0b503eaa86e310a5db738", "sha1": "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"}),
    (b"\xaa" * 16, b"\xdd" * 50, {"md5": "56be34521d144c88dbb8c733f0e8b3f6"}),
    (b"\xaa" * 20, b"\xdd" * 50, {"sha1": "125d7342b9ac11cd91a39af48aa17b4f63f175d3"}),
    (KEY_25, b"\xcd" * 50, {
        "md5": "697eaf0aca3a3aea3a75164746ffaa79", "sha1": "4c9007f4026250c6bc8414f9bf50c86c2d7235da"}),
    (b"\x0c" * 16, b"Test With Truncation", {"md5": "56461ef2342edc00f9bab995690efd4c"}),
    (b"\x0c" * 20, b"Test With Truncation", {"sha1": "4c1a03424b55e07fe7f27be1d58bb9324a9a5a04"}),
    (b"\xaa" * 80, LONG_KEY_MSG, {
        "md5": "6b1ab7fe4bd7bf8f0b62e6ce61b9d0cd", "sha1": "aa4ae5e15272d00e95705637ce8a3b55ed402112"}),
    (b"\xaa" * 80, b"Test Using Larger Than Block-Size Key and Larger Than One Block-Size Data", {
        "md5": "6f630fad67cda0ee1fb1f562db3aa53e", "sha1": "e8e99d0f45237d786d6bbaa7965c7808bbff1a91"}),
]

CONSTRUCTORS: dict[str, Callable[[], HASH]] = {
    "md5": hashlib.md5, "sha1": hashlib.sha1, "sha224": hashlib.sha224,
    "sha256": hashlib.sha256, "sha384": hashlib.sha384, "sha512": hashlib.sha512}

# RFC 6070: (password, salt, iterations, dklen, PBKDF2-HMAC-SHA1)
RFC6070: list[tuple[bytes, bytes, int, int, str]] = [
    (b"password", b"salt", 1, 20, "0c60c80f961f0e71f3a9b524af6012062fe037a6"),
    (b"password", b"salt", 2, 20, "ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957"),
    (b"password", b"salt", 4096, 20, "4b007901b765489abead49d926f721d065a429c1"),
    (b"passwordPASSWORDpassword", b"saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096, 25,
     "3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038"),
    (b"pass\x00word", b"sa\x00lt", 4096, 16, "56fa6aa75548099dcc37d7f03425e0c3"),
]


def known_answers() -> None:
    for key, msg, answers in RFC4231 + RFC2202:
        for name, want in answers.items():
            by_name = hmac.new(key, msg, name).hexdigest()
            by_cons = hmac.new(key, msg, digestmod=CONSTRUCTORS[name]).hexdigest()
            one_shot = hmac.digest(key, msg, name).hex()
            ok = by_name[:len(want)] == want and by_cons == by_name and one_shot == by_name
            print(name, len(key), len(msg), by_name[:24], "ok" if ok else "WRONG, want " + want)


def pbkdf2() -> None:
    for password, salt, rounds, dklen, want in RFC6070:
        got = hashlib.pbkdf2_hmac("sha1", password, salt, rounds, dklen).hex()
        print("pbkdf2", rounds, dklen, got, "ok" if got == want else "WRONG, want " + want)
    print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 3).hex())
    print(hashlib.pbkdf2_hmac("SHA-512", bytearray(b"pw"), b"s", 2, 100).hex())
    print(hashlib.pbkdf2_hmac("md5", b"", b"", 1, 1).hex())
    bad: list[tuple[str, int, int | None]] = [
        ("foo", 1, None), ("foo", 0, 0), ("sha1", 0, None), ("sha1", -5, 10), ("sha1", 1, 0),
        ("sha1", 2**31, None), ("sha1", 1, 2**31), ("sha1", 2**31 - 1, -1)]
    for name, count, length in bad:
        try:
            hashlib.pbkdf2_hmac(name, b"p", b"s", count, length)
        except UnsupportedDigestmodError as e:
            print("UnsupportedDigestmodError", isinstance(e, ValueError), e)
        except ValueError as e:
            print(type(e).__name__, e)
        except OverflowError as e:
            print(type(e).__name__, e)


def objects() -> None:
    h = hmac.new(b"secret", digestmod="sha256")
    print(h.name, h.digest_size, h.block_size, hmac.HMAC.blocksize)
    h.update(b"part one, ")
    c = h.copy()
    h.update(b"part two")
    c.update(bytearray(b"another"))
    print(h.hexdigest(), c.hexdigest(), h.digest() == hmac.digest(b"secret", b"part one, part two", "sha256"))
    print(h.hexdigest() == h.hexdigest(), len(h.digest()))
    for name in CONSTRUCTORS:
        m = hmac.new(bytearray(b"k"), None, CONSTRUCTORS[name])
        print(m.name, m.digest_size, m.block_size, m.hexdigest()[:16])
    print(hmac.HMAC(b"k", b"m", "SHA-384").name, hmac.new(b"", b"", "md5").hexdigest())
    print(hmac.digest(b"k", b"m", hashlib.sha1).hex(), hmac.trans_36[:3], hmac.trans_5C[-2:])


def comparisons() -> None:
    print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"),
          hmac.compare_digest(b"abc", b"ab"), hmac.compare_digest(b"", b""),
          hmac.compare_digest(bytearray(b"xy"), b"xy"), hmac.compare_digest("tok", "tok"),
          hmac.compare_digest("tok", "tak"), hmac.compare_digest("", "x"))
    for a, b in (("caf\u00e9", "cafe"), ("a", "\u00e9")):
        try:
            hmac.compare_digest(a, b)
        except TypeError as e:
            print(type(e).__name__, e)
    try:
        hmac.compare_digest("a", b"a")
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        hmac.compare_digest(b"a", "a")
    except TypeError as e:
        print(type(e).__name__, e)


def errors() -> None:
    try:
        hmac.new(b"k", b"m", "")
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        hmac.new(b"k", b"m")
    except TypeError as e:
        print(type(e).__name__, e)
    for name in ("", "foo", "sha256 "):
        try:
            hmac.digest(b"k", b"m", name)
        except ValueError as e:
            print(type(e).__name__, e)
    try:
        hmac.new(b"k", b"m", "sha_256")
    except ValueError as e:
        print(type(e).__name__, e)


known_answers()
pbkdf2()
objects()
comparisons()
errors()
