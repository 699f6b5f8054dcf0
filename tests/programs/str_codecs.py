# str.encode / bytes.decode / bytes(s, enc) / str(b, enc) with the ASCII and Latin-1
# codecs under the names CPython accepts, their UnicodeEncodeError/UnicodeDecodeError,
# and bytes.partition/rpartition.

words = ["plain", "caf\u00e9", "\u00ff\u00fe", "na\u00efve \u00e0 la", "\u4e2d", "a\u00e9b\u4e2dc", "\U0001f600", "\u00e9\u00e9x"]
for w in words:
    try:
        data = w.encode("ascii")
        print("ascii", data, data.decode("ascii") == w, len(data))
    except UnicodeEncodeError as e:
        print("ascii UnicodeEncodeError:", e)
    try:
        data = w.encode("latin-1")
        print("latin-1", data, data.decode("latin-1") == w, len(data))
    except UnicodeEncodeError as e:
        print("latin-1 UnicodeEncodeError:", e)
    print("utf-8", w.encode("utf-8"), w.encode("utf-8").decode("utf8") == w)
print("x\u00e9".encode("latin1"), "x\u00e9".encode("ISO-8859-1"), "x\u00e9".encode("l1"), "x".encode("us-ascii"))
print("x\u00e9".encode(encoding="iso8859_1"), "ok".encode("646", "strict"), "y".encode(errors="strict"))
print(bytes("d\u00e9j\u00e0", "latin-1"), bytes("ab", encoding="ASCII"), str(b"caf\xe9", "latin-1"), str(b"ok", "ascii"))
raw = bytes(range(250, 256)) + b"AZ"
print(raw.decode("latin-1"), repr(raw.decode("iso8859-1")), bytearray(b"\xe9t\xe9").decode("latin_1"))
for blob in [b"ascii only", b"caf\xc3\xa9", b"\xff", b"ok\x80\x81"]:
    try:
        print(blob.decode("ascii"))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
try:
    "\u00e9\u00e8 and \u00e0".encode("ascii")
except UnicodeError as e:
    print(isinstance(e, UnicodeEncodeError), isinstance(e, ValueError), e)
for line in [b"k=v=w", b"novalue", b"=x", b""]:
    print(line.partition(b"="), line.rpartition(b"="), bytearray(line).partition(b"v"))
try:
    b"abc".partition(b"")
except ValueError as e:
    print("ValueError", e)
"abc\u20ac".encode("latin-1")
