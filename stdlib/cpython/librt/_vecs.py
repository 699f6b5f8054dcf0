"""`librt.vecs` (mypyc's runtime library) for compiled programs, re-exported by
the real librt runs.  A vec is a length over a buffer of some capacity,
shared the way librt shares it: append/extend write into the buffer when it
has room and return a new vec of the new length (the old one keeps its
length), so vecs made from one another see each other's writes as librt's
do; growth is librt's (capacity 2c+1).  pop and remove shift the shared
buffer in place.  The buffer is a list[T] whose length is what was ever
written (at most `cap`): a vec[i64]'s holds unboxed ints.  `tname` (librt's
name of the item type, for repr) is set by the compiler at `vec[X](...)`."""

from __future__ import annotations

from typing import Final, Generic, Iterable, Iterator, TypeVar, overload

from mypy_extensions import i64

T = TypeVar("T")
# pop()'s default index, the last item (a name: with mypy run in process and
# stdlib/ on a later sys.path entry, the type of a `-1` default of an imported
# module was missing from mypy's type map)
LAST: Final = -1


class vec(Generic[T]):
    tname: str = ""

    @overload
    def __init__(self, *, capacity: i64 = 0) -> None: ...
    @overload
    def __init__(self, items: Iterable[T], /, *, capacity: i64 = 0) -> None: ...
    def __init__(self, items: Iterable[T] | None = None, *, capacity: i64 = 0) -> None:
        # (not positional-only: mypy finds such an implementation does not
        # accept the first overload's calls)
        if self.tname.startswith("!"):
            kind, _, msg = self.tname[1:].partition("!")
            if kind == "ValueError":
                raise ValueError(msg)
            raise TypeError(msg)
        if capacity < 0:
            raise ValueError("capacity must not be negative")
        # (a vec is iterable only where its static type is known: unicc's
        # runtime does not call a compiled class's __iter__)
        self.buf: list[T] = [] if items is None else items.buf[:items.n] if isinstance(items, vec) \
            else list(items)
        self.n: i64 = len(self.buf)
        self.cap: i64 = capacity
        if isinstance(items, list) or isinstance(items, tuple) or isinstance(items, vec):
            self.cap = max(capacity, self.n)   # librt takes a sequence's length
        else:
            while self.cap < self.n:           # and appends other iterables' items
                self.cap = self.cap * 2 + 1

    def __len__(self) -> i64:
        return self.n

    @overload
    def __getitem__(self, i: i64, /) -> T: ...
    @overload
    def __getitem__(self, i: slice, /) -> vec[T]: ...
    def __getitem__(self, i: i64, /) -> T:  # type: ignore[misc]
        # the compiler lowers v[a:b] to _unicc_slice
        n = self.n
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("index out of range")
        return self.buf[i]

    def _unicc_slice(self, start: i64, stop: i64, step: i64, has: i64) -> vec[T]:
        if step == 0:
            raise ValueError("slice step cannot be zero")
        n = self.n
        lo: i64 = -1 if step < 0 else 0
        hi: i64 = n - 1 if step < 0 else n
        if has & 1:
            if start < 0:
                start = max(start + n, lo)
            else:
                start = min(start, hi)
        else:
            start = hi if step < 0 else lo
        if has & 2:
            if stop < 0:
                stop = max(stop + n, lo)
            else:
                stop = min(stop, hi)
        else:
            stop = lo if step < 0 else hi
        out = derived(self, [self.buf[j] for j in range(start, stop, step)])
        out.cap = out.n
        return out

    def __setitem__(self, i: i64, o: T, /) -> None:
        n = self.n
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("index out of range")
        self.buf[i] = o

    def __contains__(self, o: object, /) -> bool:
        buf = self.buf
        for j in range(self.n):
            if buf[j] == o:
                return True
        return False

    def __iter__(self) -> Iterator[T]:
        buf = self.buf
        for j in range(self.n):
            yield buf[j]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, vec) or other.tname != self.tname or other.n != self.n:
            return False
        for j in range(self.n):
            if not other.item_is(j, self.buf[j]):
                return False
        return True

    def __hash__(self) -> int:
        raise TypeError(f"unhashable type: 'vec[{self.tname}]'")

    def item_is(self, j: i64, o: object) -> bool:
        return self.buf[j] == o

    def __repr__(self) -> str:
        return f"vec[{self.tname}]({self.items_repr()})"

    def items_repr(self) -> str:
        """The items as librt shows them: a vec among them as a list."""
        inner = self.tname.startswith("vec[") and not self.tname.endswith(" | None")
        cut = len(self.tname) + 1   # "vec[i64]" of "vec[i64]([1])" and its "("
        parts: list[str] = []
        for j in range(self.n):
            r = repr(self.buf[j])
            parts.append(r[cut:len(r) - 1] if inner else r)
        return "[" + ", ".join(parts) + "]"


def derived(v: vec[T], buf: list[T]) -> vec[T]:
    """A vec of v's item type over buf (all of it), sharing nothing else."""
    out: vec[T] = vec(buf)
    out.tname = v.tname
    return out


def share(v: vec[T], n: i64, cap: i64) -> vec[T]:
    """A vec over v's buffer with length n."""
    out: vec[T] = vec()
    out.tname = v.tname
    out.buf = v.buf
    out.n = n
    out.cap = cap
    return out


def put(v: vec[T], o: T) -> vec[T]:
    """librt's append: into v's buffer when it has room, else into a new one."""
    n = v.n
    if n < v.cap:
        if n < len(v.buf):
            v.buf[n] = o
        else:
            v.buf.append(o)
        return share(v, n + 1, v.cap)
    buf = v.buf[:n]
    buf.append(o)
    out = derived(v, buf)
    out.cap = v.cap * 2 + 1
    return out


def append(v: vec[T], o: T, /) -> vec[T]:
    return put(v, o)


def extend(v: vec[T], o: Iterable[T], /) -> vec[T]:
    items: list[T] = o.buf[:o.n] if isinstance(o, vec) else list(o)
    for x in items:
        v = put(v, x)
    return v


def drop(v: vec[T], i: i64) -> vec[T]:
    """v without its item i: the buffer's later items move down in place."""
    buf = v.buf
    n = v.n
    for j in range(i, n - 1):
        buf[j] = buf[j + 1]
    return share(v, n - 1, v.cap)


def pop(v: vec[T], i: i64 = LAST, /) -> tuple[vec[T], T]:
    n = v.n
    if i < 0:
        i += n
    if i < 0 or i >= n:
        raise IndexError("index out of range")
    x = v.buf[i]
    return drop(v, i), x


def remove(v: vec[T], o: T, /) -> vec[T]:
    buf = v.buf
    for j in range(v.n):
        if buf[j] == o:
            return drop(v, j)
    raise ValueError("vec.remove(x): x not in vec")
