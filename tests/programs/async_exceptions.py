# Exceptions crossing awaits and tasks: re-raised at await (same object, every time), finally across awaits, deadlock error.
from typing import Generator

from unicc_loop import Event, run, sleep, spawn


class DeviceError(Exception):
    def __init__(self, device: str, code: int) -> None:
        super().__init__(f"{device} failed with code {code}")
        self.device = device
        self.code = code


async def level3(n: int) -> int:
    await sleep(0)
    if n > 2:
        raise DeviceError("disk", n)
    return n


async def level2(n: int) -> int:
    try:
        return await level3(n) * 10
    finally:
        print(f"  level2({n}) finally")


async def level1(n: int) -> int:
    try:
        return await level2(n) + 1
    except ZeroDivisionError:
        print("  never: wrong type")
        return 0


async def divide(a: int, b: int) -> int:
    await sleep(0)
    return a // b


class Faulty:
    def __await__(self) -> Generator[None, None, int]:
        yield None
        raise ValueError("awaitable failed after one yield")


async def translate() -> str:
    try:
        await divide(1, 0)
    except ZeroDivisionError as e:
        raise RuntimeError(f"translated: {e}")
    return "unreachable"


async def main() -> None:
    print("ok:", await level1(1))
    try:
        await level1(5)
    except DeviceError as e:
        print("caught:", e, e.device, e.code)

    t = spawn(level1(7))
    await sleep(0)
    print("task done yet?", t.done())
    err: list[DeviceError] = []
    for attempt in range(2):
        try:
            await t
        except DeviceError as e:
            err.append(e)
            print(f"await #{attempt + 1}:", e)
    print("same exception object both times:", err[0] is err[1])
    try:
        t.result()
    except DeviceError as e:
        print("result() raises it too:", e.code)

    tasks = [spawn(divide(10, d)) for d in [2, 0, 5]]
    for tk in tasks:
        try:
            print("quotient", await tk)
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)

    try:
        await Faulty()
    except ValueError as e:
        print("ValueError:", e)
    try:
        await translate()
    except RuntimeError as e:
        print("RuntimeError:", e)

    spawn(divide(1, 0))   # fails, nobody awaits it: reported on stderr when run() ends
    await sleep(0)
    await sleep(0)
    print("main still fine")


run(main())


async def wait_forever() -> None:
    try:
        await Event().wait()
    finally:
        print("closed: finally ran")


try:
    run(wait_forever())
except RuntimeError as e:
    print("RuntimeError:", e)


async def nested_run() -> None:
    coro = wait_forever()
    try:
        run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
        coro.close()


run(nested_run())
