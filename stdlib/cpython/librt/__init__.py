"""mypyc's runtime library: librt.vecs and librt.strings stand in for it in
compiled programs (under CPython the real librt runs)."""
