"""What every header view needs: the Internet checksum (RFC 1071) and the
pseudo-header sum.  (Bytes go into a view with Buffer.write, a native copy.)"""

from __future__ import annotations

from unicc_buf import Buffer


def checksum_add(buf: Buffer, acc: int) -> int:
    """acc plus the 16-bit big-endian words of buf (an odd last byte padded
    with zero): the Internet checksum's sum (RFC 1071), not yet folded."""
    # 32-bit words: their sum folds to the same 16-bit one's complement sum
    # (2**16 is 1 modulo 2**16 - 1), in half the steps.
    n = len(buf)
    i = 0
    while i + 3 < n:
        acc += buf.get_u32_be(i)
        i += 4
    if i + 1 < n:
        acc += buf.get_u16_be(i)
        i += 2
    if i < n:
        acc += buf.get_u8(i) << 8
    return acc


def checksum_fold(acc: int) -> int:
    """The one's complement of the folded sum: what goes in a header."""
    while acc > 0xFFFF:
        acc = (acc & 0xFFFF) + (acc >> 16)
    return ~acc & 0xFFFF


def checksum(buf: Buffer) -> int:
    return checksum_fold(checksum_add(buf, 0))


def pseudo_sum(src: bytes, dst: bytes, protocol: int, length: int) -> int:
    """The unfolded sum of the pseudo-header that UDP's and TCP's checksums
    cover: the same sum for IPv4 (RFC 768) and IPv6 (RFC 8200, 8.1) while
    length < 65536."""
    return checksum_add(Buffer(src), checksum_add(Buffer(dst), protocol + length))
