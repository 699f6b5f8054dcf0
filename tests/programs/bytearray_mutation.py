# bytearray: construction, item assignment, append/extend/pop/insert, slices.

ba = bytearray(b"hello")
print(ba, len(ba), ba[0])
ba[0] = ord("H")
print(ba)
ba.append(33)
print(ba)
ba.extend(b" world")
print(ba, len(ba))
ba.extend([1, 2, 3])
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.insert(0, 74)
print(ba)
ba[1:3] = b"EE"
print(ba)
ba[-3:] = b""
print(ba, bytes(ba), ba == bytearray(b"JEElo! world"))
z = bytearray(4)
for i in range(len(z)):
    z[i] = i * 60
    print(z)
buf = bytearray()
for i in range(10):
    buf.append((i * 37) & 0xFF)
print(buf, buf.hex(), list(buf))
buf.reverse()
print(buf, buf[2:5], buf[::-3], buf + b"!", bytes(buf[:2]))
del buf[0]
print(buf, len(buf))
buf.clear()
print(buf, len(buf), bytearray(b"abc") < bytearray(b"abd"), bytearray(b"x") == b"x")
c = bytearray(b"copy me")
d = c
d[0] = 67
e = bytearray(c)
e[1] = 79
print(c, d, e, c.decode(), c.find(b"me"))
# repetition makes a new bytearray
rep = bytearray(b"\x01") * 4
rep[0] = 9
print(rep, 2 * bytearray(b"ab"), bytearray(3) * 0, bytearray(b"x") * -2)
