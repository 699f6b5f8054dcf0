"""Times a piece of work with the monotonic clock and prints the date from
the wall clock.  It names no platform: `unicc build clock.py --target T`
hands it the console and clocks of target T (docs/devices.md)."""

from unicc_devices import Clock, Console, WallClock


def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def civil(days: int) -> tuple[int, int, int]:
    """(year, month, day) of a day number counted from 1970-01-01."""
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return yoe + era * 400 + (m <= 2), m, d


def main(console: Console, clock: Clock, wall: WallClock) -> None:
    start = clock.monotonic_ns()
    n = fib(24)
    took = clock.monotonic_ns() - start
    console.log(f"fib(24) = {n}, computed in {took / 1e6:.2f} ms")
    s = wall.time_ns() // 1_000_000_000
    y, m, d = civil(s // 86400)
    t = s % 86400
    console.log(f"wall clock: {y:04d}-{m:02d}-{d:02d} {t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d} UTC")
