"""Settings other modules change by assigning `settings.NAME = value`."""

verbose = False
count = 0
scale = 1.5
limit: int | None = None
label = "start"
history: list[str] = []


def describe() -> str:
    return f"verbose={verbose} count={count} scale={scale} limit={limit} label={label}"


def record(event: str) -> None:
    if verbose:
        history.append(f"{label}:{event}")
