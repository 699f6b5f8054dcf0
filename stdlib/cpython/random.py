"""CPython's `random` module for compiled programs (under CPython its own
runs): the same Mersenne Twister (MT19937), seeded the same way, and the
same algorithms over it, so a seeded program draws exactly CPython's numbers.

`seed(n)` of an int feeds the 32-bit words of abs(n) to init_by_array, as
CPython's C code does; `seed()` without a seed (and the generator before
any seed) uses the runtime's clocks (unicc_sys.time_ns and monotonic_ns):
there is no entropy source on a unikernel.  gauss (with its second value
kept in gauss_next, as CPython's), normalvariate (Kinderman and Monahan),
lognormvariate and expovariate follow CPython's random.py over math's
log/exp/sin/cos, and so do paretovariate, weibullvariate, gammavariate,
betavariate and vonmisesvariate.  A seed of str, bytes or bytearray is, as
CPython's version 2, the integer of its bytes followed by their SHA-512
(version 1: the 64-bit hash of Python 2).
"""

from __future__ import annotations

from typing import Iterable, TypeVar

import hashlib
import math

import unicc_sys
from unicc_types import u64

T = TypeVar("T")

_N = 624
_M = 397
_MATRIX_A = 0x9908B0DF
_UPPER = 0x80000000
_LOWER = 0x7FFFFFFF
_MASK = 0xFFFFFFFF
_TWOPI = 2.0 * math.pi
_NV_MAGICCONST = 4 * math.exp(-0.5) / math.sqrt(2.0)
_LOG4 = math.log(4.0)
_SG_MAGICCONST = 1.0 + math.log(4.5)


def _text_key(data: bytes) -> list[int]:
    """CPython seeds with the big-endian integer of data + sha512(data):
    its 32-bit words, least significant first, without leading zero words."""
    whole = data + hashlib.sha512(data).digest()
    key: list[int] = []
    end = len(whole)
    while end > 0:
        start = end - 4 if end >= 4 else 0
        key.append(int.from_bytes(whole[start:end], "big"))
        end = start
    while key and key[-1] == 0:
        key.pop()
    return key


def _text_key_v1(text: str) -> list[int]:
    """Version 1 (Python 2's seeding): a 64-bit hash of the characters."""
    x = u64(ord(text[0]) << 7) if text else u64(0)
    for c in text:
        x = (u64(1000003) * x) ^ u64(ord(c))
    x ^= u64(len(text))
    key = [int(x & u64(_MASK)), int(x >> u64(32))]
    while key and key[-1] == 0:
        key.pop()
    return key


def _bisect_right(a: list[float], x: float, hi: int) -> int:
    lo = 0
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


class Random:
    VERSION = 3

    def __init__(self, x: int | str | bytes | bytearray | None = None) -> None:
        self._mt = [0] * _N
        self._index = _N
        self.gauss_next: float | None = None
        self.seed(x)

    # The generator, as CPython's _randommodule.c: init_genrand,
    # init_by_array, genrand_uint32.

    def _init_genrand(self, s: int) -> None:
        mt = self._mt
        mt[0] = s & _MASK
        for i in range(1, _N):
            prev = mt[i - 1]
            mt[i] = (1812433253 * (prev ^ (prev >> 30)) + i) & _MASK
        self._index = _N

    def _init_by_array(self, key: list[int]) -> None:
        self._init_genrand(19650218)
        mt = self._mt
        i, j = 1, 0
        for _ in range(max(_N, len(key))):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + j) & _MASK
            i += 1
            j += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
            if j >= len(key):
                j = 0
        for _ in range(_N - 1):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - i) & _MASK
            i += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
        mt[0] = 0x80000000

    def _twist(self) -> None:
        mt = self._mt
        for k in range(_N - 1):
            y = (mt[k] & _UPPER) | (mt[k + 1] & _LOWER)
            mt[k] = mt[k + _M if k < _N - _M else k + _M - _N] ^ (y >> 1) ^ (_MATRIX_A if y & 1 else 0)
        y = (mt[_N - 1] & _UPPER) | (mt[0] & _LOWER)
        mt[_N - 1] = mt[_M - 1] ^ (y >> 1) ^ (_MATRIX_A if y & 1 else 0)
        self._index = 0

    def _genrand(self) -> int:
        if self._index >= _N:
            self._twist()
        y = self._mt[self._index]
        self._index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        return y ^ (y >> 18)

    def seed(self, a: int | str | bytes | bytearray | None = None, version: int = 2) -> None:
        key: list[int] = []
        if a is None:
            for t in (unicc_sys.time_ns(), unicc_sys.monotonic_ns()):
                key.append(t & _MASK)
                key.append((t >> 32) & _MASK)
        elif isinstance(a, int):
            n = -a if a < 0 else a
            while n:
                key.append(n & _MASK)
                n >>= 32
        elif isinstance(a, bytearray):
            if version == 1:
                raise TypeError("unhashable type: 'bytearray'")
            key = _text_key(bytes(a))
        elif version == 1:
            key = _text_key_v1(a if isinstance(a, str) else a.decode("latin-1"))
        else:
            key = _text_key(a.encode() if isinstance(a, str) else a)
        if not key:
            key.append(0)
        self._init_by_array(key)
        self.gauss_next = None

    def getstate(self) -> tuple[int, tuple[int, ...], float | None]:
        return self.VERSION, tuple(self._mt + [self._index]), self.gauss_next

    def setstate(self, state: tuple[int, tuple[int, ...], float | None]) -> None:
        version, internal, gauss_next = state
        if version != 3 and version != 2:
            raise ValueError(f"state with version {version} passed to "
                             f"Random.setstate() of version {self.VERSION}")
        if len(internal) != _N + 1:
            raise ValueError("state vector is the wrong size")
        index = internal[_N]
        if index < 0 or index > _N:
            raise ValueError("invalid state")
        for i in range(_N):
            self._mt[i] = internal[i] & _MASK
        self._index = index
        self.gauss_next = gauss_next

    # What Python's random.py builds on the generator.

    def random(self) -> float:
        a = self._genrand() >> 5
        b = self._genrand() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k: int, /) -> int:
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        if k <= 32:
            return self._genrand() >> (32 - k) if k else 0
        result = 0
        shift = 0
        while k > 0:
            r = self._genrand()
            if k < 32:
                r >>= 32 - k
            result |= r << shift
            shift += 32
            k -= 32
        return result

    def randbytes(self, n: int) -> bytes:
        if n < 0:
            raise ValueError("number of bits must be non-negative")
        out = bytearray()
        k = n * 8
        while k > 0:
            r = self._genrand()
            if k < 32:
                r >>= 32 - k
            for _ in range(min(k, 32) // 8):
                out.append(r & 0xFF)
                r >>= 8
            k -= 32
        return bytes(out)

    def _randbelow(self, n: int) -> int:
        k = n.bit_length()
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    def randrange(self, start: int, stop: int | None = None, step: int = 1) -> int:
        if stop is None:
            if step != 1:
                raise TypeError("Missing a non-None stop argument")
            if start > 0:
                return self._randbelow(start)
            raise ValueError("empty range for randrange()")
        width = stop - start
        if step == 1:
            if width > 0:
                return start + self._randbelow(width)
            raise ValueError(f"empty range for randrange() ({start}, {stop}, {width})")
        if step > 0:
            n = (width + step - 1) // step
        elif step < 0:
            n = (width + step + 1) // step
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return start + step * self._randbelow(n)

    def randint(self, a: int, b: int) -> int:
        return self.randrange(a, b + 1)

    # The generic methods are the module's functions of the same name with
    # this generator (unicc compiles a generic function once per run-time
    # type of T, but a generic method once, with T boxed).

    def choice(self, seq: Iterable[T]) -> T:
        return _choice(self, seq)

    def shuffle(self, x: list[T]) -> None:
        _shuffle(self, x)

    def sample(self, population: Iterable[T], k: int, *,
               counts: Iterable[int] | None = None) -> list[T]:
        return _sample(self, population, k, counts)

    def choices(self, population: Iterable[T], weights: Iterable[float] | None = None, *,
                cum_weights: Iterable[float] | None = None, k: int = 1) -> list[T]:
        return _choices(self, population, weights, cum_weights, k)

    def _sample_indices(self, n: int, k: int) -> list[int]:
        """The indices sample(range(n), k) picks, by CPython's two algorithms:
        a shrinking pool for small populations, a set of picks for large."""
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result: list[int] = []
        setsize = 21
        if k > 5:
            power = 1      # 4 ** ceil(log(3k, 4)); 3k is never a power of 4
            while power < k * 3:
                power *= 4
            setsize += power
        if n <= setsize:
            pool = list(range(n))
            for i in range(k):
                j = self._randbelow(n - i)
                result.append(pool[j])
                pool[j] = pool[n - i - 1]
        else:
            selected: set[int] = set()
            for _ in range(k):
                j = self._randbelow(n)
                while j in selected:
                    j = self._randbelow(n)
                selected.add(j)
                result.append(j)
        return result

    def uniform(self, a: float, b: float) -> float:
        return a + (b - a) * self.random()

    def triangular(self, low: float = 0.0, high: float = 1.0, mode: float | None = None) -> float:
        u = self.random()
        if mode is None:
            c = 0.5
        elif high == low:
            return low
        else:
            c = (mode - low) / (high - low)
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * math.sqrt(u * c)

    def gauss(self, mu: float = 0.0, sigma: float = 1.0) -> float:
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = self.random() * _TWOPI
            g2rad = math.sqrt(-2.0 * math.log(1.0 - self.random()))
            z = math.cos(x2pi) * g2rad
            self.gauss_next = math.sin(x2pi) * g2rad
        return mu + z * sigma

    def normalvariate(self, mu: float = 0.0, sigma: float = 1.0) -> float:
        while True:
            u1 = self.random()
            u2 = 1.0 - self.random()
            z = _NV_MAGICCONST * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -math.log(u2):
                break
        return mu + z * sigma

    def lognormvariate(self, mu: float, sigma: float) -> float:
        return math.exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd: float = 1.0) -> float:
        return -math.log(1.0 - self.random()) / lambd

    def paretovariate(self, alpha: float) -> float:
        return math.pow(1.0 - self.random(), -1.0 / alpha)

    def weibullvariate(self, alpha: float, beta: float) -> float:
        return alpha * math.pow(-math.log(1.0 - self.random()), 1.0 / beta)

    def vonmisesvariate(self, mu: float, kappa: float) -> float:
        if kappa <= 1e-6:
            return _TWOPI * self.random()
        s = 0.5 / kappa
        r = s + math.sqrt(1.0 + s * s)
        while True:   # rejection sampling (Best and Fisher, 1979)
            z = math.cos(math.pi * self.random())
            d = z / (r + z)
            u = self.random()
            if u < 1.0 - d * d or u <= (1.0 - d) * math.exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        if self.random() > 0.5:
            return (mu + math.acos(f)) % _TWOPI
        return (mu - math.acos(f)) % _TWOPI

    def gammavariate(self, alpha: float, beta: float) -> float:
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError("gammavariate: alpha and beta must be > 0.0")
        if alpha > 1.0:   # Cheng's rejection method (1977)
            ainv = math.sqrt(2.0 * alpha - 1.0)
            bbb = alpha - _LOG4
            ccc = alpha + ainv
            while True:
                u1 = self.random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - self.random()
                v = math.log(u1 / (1.0 - u1)) / ainv
                x = alpha * math.exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + _SG_MAGICCONST - 4.5 * z >= 0.0 or r >= math.log(z):
                    return x * beta
        if alpha == 1.0:
            return -math.log(1.0 - self.random()) * beta
        while True:   # alpha < 1: Ahrens and Dieter's GS algorithm
            b = (math.e + alpha) / math.e
            p = b * self.random()
            x = math.pow(p, 1.0 / alpha) if p <= 1.0 else -math.log((b - p) / alpha)
            u = self.random()
            if p > 1.0:
                if u <= math.pow(x, alpha - 1.0):
                    break
            elif u <= math.exp(-x):
                break
        return x * beta

    def betavariate(self, alpha: float, beta: float) -> float:
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0


def _choice(rng: Random, seq: Iterable[T]) -> T:
    items = list(seq)
    if not items:
        raise IndexError("Cannot choose from an empty sequence")
    if isinstance(seq, set):
        raise TypeError("'set' object is not subscriptable")
    return items[rng._randbelow(len(items))]


def _shuffle(rng: Random, x: list[T]) -> None:
    for i in range(len(x) - 1, 0, -1):
        j = rng._randbelow(i + 1)
        x[i], x[j] = x[j], x[i]


def _sample(rng: Random, population: Iterable[T], k: int, counts: Iterable[int] | None) -> list[T]:
    if isinstance(population, (set, dict)):
        raise TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
    pool = list(population)
    n = len(pool)
    if counts is not None:
        cum: list[float] = []
        total = 0
        for c in counts:
            total += c
            cum.append(total)
        if len(cum) != n:
            raise ValueError("The number of counts does not match the population")
        cum.pop()
        if total <= 0:
            raise ValueError("Total of counts must be greater than zero")
        return [pool[_bisect_right(cum, s, len(cum))] for s in rng._sample_indices(total, k)]
    return [pool[j] for j in rng._sample_indices(n, k)]


def _choices(rng: Random, population: Iterable[T], weights: Iterable[float] | None,
             cum_weights: Iterable[float] | None, k: int) -> list[T]:
    pool = list(population)
    n = len(pool)
    if cum_weights is None:
        if weights is None:
            fn = float(n)
            return [pool[int(rng.random() * fn)] for _ in range(k)]
        cum: list[float] = []
        acc = 0.0
        for i, w in enumerate(weights):
            acc = w if i == 0 else acc + w
            cum.append(acc)
    elif weights is not None:
        raise TypeError("Cannot specify both weights and cumulative weights")
    else:
        cum = [float(w) for w in cum_weights]
    if len(cum) != n:
        raise ValueError("The number of weights does not match the population")
    total = cum[-1] + 0.0
    if total <= 0.0:
        raise ValueError("Total of weights must be greater than zero")
    if not math.isfinite(total):
        raise ValueError("Total of weights must be finite")
    hi = n - 1
    return [pool[_bisect_right(cum, rng.random() * total, hi)] for _ in range(k)]


_inst = Random()


def seed(a: int | str | bytes | bytearray | None = None, version: int = 2) -> None:
    _inst.seed(a, version)


def getstate() -> tuple[int, tuple[int, ...], float | None]:
    return _inst.getstate()


def setstate(state: tuple[int, tuple[int, ...], float | None]) -> None:
    _inst.setstate(state)


def random() -> float:
    return _inst.random()


def getrandbits(k: int, /) -> int:
    return _inst.getrandbits(k)


def randbytes(n: int) -> bytes:
    return _inst.randbytes(n)


def randrange(start: int, stop: int | None = None, step: int = 1) -> int:
    return _inst.randrange(start, stop, step)


def randint(a: int, b: int) -> int:
    return _inst.randint(a, b)


def choice(seq: Iterable[T]) -> T:
    return _choice(_inst, seq)


def shuffle(x: list[T]) -> None:
    _shuffle(_inst, x)


def sample(population: Iterable[T], k: int, *, counts: Iterable[int] | None = None) -> list[T]:
    return _sample(_inst, population, k, counts)


def choices(population: Iterable[T], weights: Iterable[float] | None = None, *,
            cum_weights: Iterable[float] | None = None, k: int = 1) -> list[T]:
    return _choices(_inst, population, weights, cum_weights, k)


def uniform(a: float, b: float) -> float:
    return _inst.uniform(a, b)


def triangular(low: float = 0.0, high: float = 1.0, mode: float | None = None) -> float:
    return _inst.triangular(low, high, mode)


def gauss(mu: float = 0.0, sigma: float = 1.0) -> float:
    return _inst.gauss(mu, sigma)


def normalvariate(mu: float = 0.0, sigma: float = 1.0) -> float:
    return _inst.normalvariate(mu, sigma)


def lognormvariate(mu: float, sigma: float) -> float:
    return _inst.lognormvariate(mu, sigma)


def expovariate(lambd: float = 1.0) -> float:
    return _inst.expovariate(lambd)


def paretovariate(alpha: float) -> float:
    return _inst.paretovariate(alpha)


def weibullvariate(alpha: float, beta: float) -> float:
    return _inst.weibullvariate(alpha, beta)


def vonmisesvariate(mu: float, kappa: float) -> float:
    return _inst.vonmisesvariate(mu, kappa)


def gammavariate(alpha: float, beta: float) -> float:
    return _inst.gammavariate(alpha, beta)


def betavariate(alpha: float, beta: float) -> float:
    return _inst.betavariate(alpha, beta)
