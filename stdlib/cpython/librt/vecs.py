"""`librt.vecs` for compiled programs (under CPython the real librt runs): the
class and functions are librt._vecs's, since mypy refuses `vec[T]` with a
type variable T in a .py file named librt/vecs.py (its vec checks), which
the implementation needs."""

from librt._vecs import append as append, extend as extend, pop as pop, remove as remove, vec as vec
