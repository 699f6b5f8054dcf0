# Validation helpers raising app.errors.ValidationError.
from app.errors import ValidationError


def check(value: str) -> int:
    if not value:
        raise ValidationError("value", "empty")
    if len(value) > 10:
        raise ValidationError("value", f"too long ({len(value)})")
    return len(value)


def check_all(values: list[str]) -> int:
    total = 0
    for v in values:
        total += check(v)
        print("checked", repr(v))
    return total
