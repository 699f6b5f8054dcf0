"""str.count/find/rfind/index/rindex/startswith/endswith with start and end,
adjusted as slice indices; an empty range matches nothing, not even ''."""

s = "banana"
print(s.count("a", 1), s.count("a", 2, 4), s.count("an", -3), s.count("a", -100, 100))
print(s.count("", 0), s.count("", 3), s.count("", 6), s.count("", 7), s.count("", 4, 2), s.count("", -2))
print(s.find("a", 2), s.find("a", 2, 3), s.rfind("a", 0, 4), s.index("n", 3), s.index("a", -2))
print(s.find("", 6), s.find("", 7), s.rfind("", 2, 1), s.rfind("", 3))
print(s.startswith("an", 1), s.endswith("an", 0, 5), s.startswith("b", 1, 3))
print(s.startswith("", 6), s.startswith("", 7), s.endswith("", 4, 2), s.endswith("na", -2))
print(s.startswith(("x", "an"), 3), s.endswith(("x", "y"), 1), s.startswith(("", "b"), 9))
print(s.rindex("a", 0, -1), "héllo wörld".count("ö", 2), "héllo wörld".index("l", 4))
for args in ((0, 2), (5, 6), (-1, 6)):
    try:
        print(s.index("n", args[0], args[1]))
    except ValueError as e:
        print("ValueError:", e)
try:
    print(s.rindex("b", 1))
except ValueError as e:
    print("ValueError:", e)
print(s.index("z", 1))
