# Case conversion, strip family and character classification.

samples = ["  Hello World  ", "\tTabs\n", "xxabcxx", "MiXeD cAsE 123", "", "   "]
for s in samples:
    print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
    print("  ", repr(s.upper()), repr(s.lower()), repr(s.capitalize()))
print("xxabcxx".strip("x"), "xxabcxx".lstrip("x"), "xxabcxx".rstrip("x"), "abcba".strip("ab"))
print("hello".capitalize(), "HELLO".capitalize(), "hello world".capitalize())
for s in ["abc", "ABC", "123", "a1", "", " ", "Abc", "\t\n"]:
    print(repr(s), s.isalpha(), s.isdigit(), s.isalnum(), s.isupper(), s.islower(), s.isspace())
print("caf\u00e9".upper(), "\u00c9COLE".lower())
print("Stra\u00dfe".lower(), "ABC".lower().upper(), "x".upper() * 3)


def normalize(tag: str) -> str:
    return tag.strip().lower().replace(" ", "-")


tags = ["  Python ", "Machine Learning", "  UNIX  systems", "c"]
print([normalize(t) for t in tags])
