# send/throw/close: priming, values sent in, exceptions thrown in (handled and not), close() running finally blocks.
from typing import Generator


def averager() -> Generator[float, float, None]:
    total = 0.0
    count = 0
    avg = 0.0
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count


class Reset(Exception):
    pass


def counter(log: list[str]) -> Generator[int, None, None]:
    n = 0
    try:
        while True:
            try:
                yield n
                n += 1
            except Reset as e:
                log.append(f"reset: {e}")
                n = 0
    finally:
        log.append(f"counter closed at {n}")


def guarded(log: list[str]) -> Generator[str, str, str]:
    log.append("guarded: start")
    try:
        reply = yield "ready"
        log.append(f"guarded: got {reply}")
        reply = yield reply.upper()
        return reply
    except GeneratorExit:
        log.append("guarded: GeneratorExit")
        raise
    finally:
        log.append("guarded: finally")


def stubborn() -> Generator[int, None, None]:
    try:
        yield 1
    except GeneratorExit:
        yield 2   # ignores GeneratorExit: close() raises RuntimeError


avg = averager()
print(next(avg), avg.send(10.0), avg.send(20.0), avg.send(3.0))
fresh = averager()
try:
    fresh.send(1.0)
except TypeError as e:
    print("TypeError:", e)

log: list[str] = []
c = counter(log)
print(next(c), next(c), next(c))
print("throw handled ->", c.throw(Reset("back to zero")), next(c))
try:
    c.throw(KeyError("boom"))
except KeyError as e:
    print("KeyError propagated:", e)
print(next(c, -1), log)
log.clear()

c2 = counter(log)
print(next(c2), next(c2))
c2.close()
c2.close()
print("after close:", next(c2, -1), log)
log.clear()

c3 = counter(log)
c3.close()
print("closed before start:", log, next(c3, -1))
c4 = counter(log)
try:
    c4.throw(Reset("early"))
except Reset as e:
    print("thrown before start propagates:", e, log, next(c4, -1))

g = guarded(log)
print(next(g), g.send("hello"))
try:
    g.send("done")
except StopIteration as e:
    print("returned", e.value)
print(log)
log.clear()
g = guarded(log)
print(next(g))
g.close()
print(log)

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e, "then", next(s, -1))

done = averager()
next(done)
done.close()
try:
    done.send(1.0)
except StopIteration:
    print("send to a closed generator: StopIteration")
