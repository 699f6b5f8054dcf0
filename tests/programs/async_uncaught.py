# An exception from a task, awaited and not caught, ends the program: exit status 1, traceback on stderr; leftovers are cleaned up first.
from unicc_loop import Event, run, sleep, spawn


class ProtocolError(Exception):
    pass


async def handshake(peer: str) -> str:
    await sleep(0)
    if peer.startswith("bad"):
        raise ProtocolError(f"unexpected greeting from {peer}")
    return f"hello {peer}"


async def background() -> None:
    try:
        await Event().wait()
    finally:
        print("background task cancelled during shutdown")


async def main() -> None:
    spawn(background())
    for peer in ["alice", "bob", "bad-mallory", "carol"]:
        t = spawn(handshake(peer))
        print(await t)


run(main())
print("not reached")
