# str.encode and bytes.decode with UTF-8 (ASCII and multi-byte characters).

for s in ["abc", "caf\u00e9", "\u4e2d\u6587", "\U0001f600!", "", "a\u00ffb"]:
    b = s.encode()
    print(repr(s), b, len(s), len(b), b.decode() == s, b.hex())
    print("  utf-8 explicit", s.encode("utf-8"), list(b))
raw = b"hello \xc3\xa9t\xc3\xa9"
text = raw.decode("utf-8")
print(text, len(text), text.upper(), text.upper().encode())
print("ascii".encode("ascii"), b"ASCII".decode("ascii"))
lengths = [len(ch.encode()) for ch in "a\u00e9\u4e2d\U0001f600"]
print(lengths)
data = "key=\u00e9l\u00e8ve".encode()
k, _, v = data.partition(b"=")
print(k, v, k.decode(), v.decode())
