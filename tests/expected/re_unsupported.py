# unicc's re types findall() and split() as list[str] (typeshed: Any items),
# so the two results CPython builds that such a list cannot hold are re.error.
import re

try:
    print(re.findall(r"(\w)=(\d)", "a=1 b=2"))
except re.error as e:
    print("re.error:", e)
try:
    print(re.split(r"(-)|(\+)", "1-2+3"))
except re.error as e:
    print("re.error:", e)
print([m.groups() for m in re.finditer(r"(\w)=(\d)", "a=1 b=2")])
re.compile("(?<=a)b")
