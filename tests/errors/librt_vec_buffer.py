# error: 6:16: Argument 1 to "memoryview" has incompatible type "vec[i64]"
from librt.vecs import vec
from mypy_extensions import i64

v = vec[i64]([1, 2])
m = memoryview(v)
print(m.tolist())
