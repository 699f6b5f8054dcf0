# error: 2:5: UnicodeDecodeError(encoding, object, start, end, reason) is not supported by unicc
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(u)
