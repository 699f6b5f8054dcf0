# An exception class from a package module escapes uncaught (module-qualified name on stderr).
from app.errors import ValidationError
from app.validate import check_all

try:
    check_all(["ok", "fine"])
    check_all(["ok", ""])
except ValidationError as e:
    print("caught:", e, e.field)
print(check_all(["a", "bb"]))
check_all(["good", "x" * 20])
print("unreachable")
