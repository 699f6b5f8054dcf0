# str() and repr() of strings inside containers and of various values.

items = ["plain", "it's", 'say "hi"', "both ' \"", "tab\t", "nl\n", "back\\", "\x07bell", "\u00e9t\u00e9", "\u4e2d"]
for s in items:
    print(str(s), "|", repr(s))
print(items)
print(("a", "b"), ("single",), {"k": "v", "q": "it's"}, [["nested", "x"]])
print([1, "1", 1.0, True, None, b"1"])
print(repr(1), repr(1.5), repr(True), repr(None), repr(b"x'y"), repr([]), repr({}), repr(()))
print(str("x"), str(["x"]), str(("x", 1)), str({"x": [1, 2]}))
t = ("x", 2, [3, "y"], {"z": (4, "w")})
print(t, repr(t) == str(t))
print(f"{'quoted'!r} {'plain'!s} {'r'!r:>8}|")
print(repr("\x00"), repr("\x7f\x1b"), repr("\xe9\xff"), repr("\U0001f600"))
