# u64 and u16: full unsigned range printing, shifts, xorshift PRNG, comparisons.
from unicc_types import u16, u64

big = u64(0) - u64(1)
print(big, big > u64(0), big // u64(2), big >> u64(60), big == u64(18446744073709551615))
print(u64(1) << u64(63), (u64(1) << u64(63)) + (u64(1) << u64(63)), u64(1 << 40) * u64(1 << 30))
print(u16(65535) + u16(2), u16(300) * u16(300), u16(1) - u16(2), ~u16(0))


def xorshift(state: u64) -> u64:
    state = state ^ (state << u64(13))
    state = state ^ (state >> u64(7))
    state = state ^ (state << u64(17))
    return state


s = u64(88172645463325252)
for i in range(8):
    s = xorshift(s)
    print(i, s, int(s % u64(100)))
vals = [u64(5), u64(1), u64(18446744073709551615), u64(0)]
print(sorted(vals), max(vals), min(vals), u64(3) > u64(2))
