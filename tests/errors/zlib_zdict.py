# error: 5:5: Unexpected keyword argument "zdict" for "decompressobj"
import zlib

c = zlib.compressobj(9)
d = zlib.decompressobj(zdict=b"dictionary")
print(zlib.decompress(c.compress(b"text") + c.flush()), d.eof)
