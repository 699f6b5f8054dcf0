"""CPython's `functools` for compiled programs (under CPython its own module
runs).

reduce and cmp_to_key are ordinary functions in the subset.  The
decorators @singledispatch (with @f.register) and @cache / @lru_cache are
the compiler's (irbuild/dispatch.py, irbuild/cached.py): their declarations
here only give mypy typeshed's types, and a body that is `raise
NotImplementedError` is a declaration, never compiled (calling one other
than as the decorator is a located error).  The cache of a function is a
_Cache; its key is the call's arguments as written (positional values, then
keyword names and values), as CPython's, so f(1) and f(x=1) are two entries.
@wraps(f) gives the decorated function back unchanged (irbuild/decorators.py:
unicc's function objects have no __name__, __doc__ or __wrapped__ to copy);
@total_ordering is the compiler's too (irbuild/ordering.py).  cached_property
is not here (mypy reports it as missing).
"""

from __future__ import annotations

from typing import Callable, Generic, Hashable, Iterable, NamedTuple, TypeVar, overload

T = TypeVar("T")
S = TypeVar("S")
F = TypeVar("F", bound=Callable[..., object])


@overload
def reduce(function: Callable[[T, S], T], iterable: Iterable[S], initial: T, /) -> T: ...
@overload
def reduce(function: Callable[[T, T], T], iterable: Iterable[T], /) -> T: ...
def reduce(function: Callable[[T, S], T], iterable: Iterable[S], initial: T | None = None, /) -> T:
    it = iter(iterable)
    if initial is None:   # (an explicit None initial value is taken as none given)
        try:
            value: T = next(it)   # type: ignore[assignment]  # without an initial value, S is T
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for x in it:
        value = function(value, x)
    return value


class _Key(Generic[T]):
    """The key cmp_to_key makes: its comparisons ask the function."""

    def __init__(self, obj: T, cmp: Callable[[T, T], int]) -> None:
        self.obj = obj
        self.cmp = cmp

    def __lt__(self, other: _Key[T]) -> bool:
        return self.cmp(self.obj, other.obj) < 0

    def __gt__(self, other: _Key[T]) -> bool:
        return self.cmp(self.obj, other.obj) > 0

    def __le__(self, other: _Key[T]) -> bool:
        return self.cmp(self.obj, other.obj) <= 0

    def __ge__(self, other: _Key[T]) -> bool:
        return self.cmp(self.obj, other.obj) >= 0

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Key) and self.cmp(self.obj, other.obj) == 0

    __hash__ = None   # type: ignore[assignment]


def cmp_to_key(mycmp: Callable[[T, T], int]) -> Callable[[T], _Key[T]]:
    def key(obj: T) -> _Key[T]:
        return _Key(obj, mycmp)
    return key


# ---- @singledispatch: declarations for mypy (and its singledispatch plugin) ----------------

class _SingleDispatchCallable(Generic[T]):
    @overload
    def register(self, cls: type[object], func: None = None) -> Callable[[Callable[..., T]], Callable[..., T]]: ...
    @overload
    def register(self, cls: Callable[..., T], func: None = None) -> Callable[..., T]: ...
    @overload
    def register(self, cls: type[object], func: Callable[..., T]) -> Callable[..., T]: ...
    def register(self, cls: type[object] | Callable[..., T],
                 func: Callable[..., T] | None = None) -> Callable[..., T] | Callable[[Callable[..., T]],
                                                                                       Callable[..., T]]:
        raise NotImplementedError

    def __call__(self, /, *args: object, **kwargs: object) -> T:
        raise NotImplementedError


def singledispatch(func: Callable[..., T]) -> _SingleDispatchCallable[T]:
    raise NotImplementedError


# ---- @cache, @lru_cache ------------------------------------------------------------------

class CacheInfo(NamedTuple):
    hits: int
    misses: int
    maxsize: int | None
    currsize: int


_CacheInfo = CacheInfo


class _lru_cache_wrapper(Generic[T]):
    """The type mypy gives a cached function (the compiler calls it through its _Cache)."""

    def __call__(self, *args: Hashable, **kwargs: Hashable) -> T:
        raise NotImplementedError

    def cache_info(self) -> CacheInfo:
        raise NotImplementedError

    def cache_clear(self) -> None:
        raise NotImplementedError


@overload
def lru_cache(maxsize: int | None = 128, typed: bool = False) -> Callable[[Callable[..., T]], _lru_cache_wrapper[T]]: ...
@overload
def lru_cache(maxsize: Callable[..., T], typed: bool = False) -> _lru_cache_wrapper[T]: ...
def lru_cache(maxsize: int | None | Callable[..., T] = 128, typed: bool = False) -> Callable[
        [Callable[..., T]], _lru_cache_wrapper[T]] | _lru_cache_wrapper[T]:
    raise NotImplementedError


def cache(user_function: Callable[..., T], /) -> _lru_cache_wrapper[T]:
    raise NotImplementedError


class _Cache:
    """The results of one cached function, by the key of their call: a dict
    keeps them in order of use, least recently used first, as CPython's list."""

    def __init__(self, maxsize: int | None) -> None:
        self.maxsize = maxsize if maxsize is None or maxsize >= 0 else 0
        self.hits = 0
        self.misses = 0
        self.table: dict[object, object] = {}


def _cache_new(maxsize: int | None) -> _Cache:
    return _Cache(maxsize)


def _cache_has(c: _Cache, key: object) -> bool:
    """Whether the call is a hit (counted, and made the most recently used)."""
    if key in c.table:
        c.hits += 1
        if c.maxsize is not None:
            value = c.table.pop(key)
            c.table[key] = value
        return True
    c.misses += 1
    return False


def _cache_get(c: _Cache, key: object) -> object:
    return c.table[key]


def _cache_put(c: _Cache, key: object, value: object) -> None:
    if c.maxsize is None:
        c.table[key] = value
        return
    if c.maxsize == 0 or key in c.table:   # in: a recursive call has put it already
        return
    if len(c.table) >= c.maxsize:
        del c.table[next(iter(c.table))]
    c.table[key] = value


def _cache_info(c: _Cache) -> CacheInfo:
    return CacheInfo(c.hits, c.misses, c.maxsize, len(c.table))


def _cache_clear(c: _Cache) -> None:
    c.table.clear()
    c.hits = 0
    c.misses = 0


# ---- declared only: the compiler applies them (irbuild/decorators.py, irbuild/ordering.py) --------

def wraps(wrapped: Callable[..., object], assigned: tuple[str, ...] = (), updated: tuple[str, ...] = ()) -> Callable[
        [F], F]:
    raise NotImplementedError


def total_ordering(cls: type[T]) -> type[T]:
    raise NotImplementedError


class cached_property(Generic[T]):
    """@cached_property: mypy sees a settable property; the compiler keeps the
    value in two hidden fields of the instance (irbuild/cached_props.py)."""

    def __init__(self, func: Callable[[object], T]) -> None:
        raise NotImplementedError


class partial(Generic[T]):
    """functools.partial(func, *args, **keywords): made and called by the
    compiler (irbuild/partials.py), which reads its attributes itself; mypy's
    functools plugin gives each one the signature of the function it calls."""

    func: Callable[..., T]
    args: tuple[object, ...]
    keywords: dict[str, object]

    def __new__(cls, func: Callable[..., T], /, *args: object, **kwargs: object) -> partial[T]:
        raise NotImplementedError

    def __call__(self, /, *args: object, **kwargs: object) -> T:
        raise NotImplementedError
