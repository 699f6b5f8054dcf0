# Idles for 2 s in the event loop (unicc_loop.sleep, which ends in
# unicc_sys.block_until): the elapsed monotonic time must be right and
# (tests/test_idle.py) the host CPU must stay idle meanwhile.
from unicc_loop import monotonic, run, sleep


async def main() -> None:
    print("sleeping 2 s")
    start = monotonic()
    await sleep(2.0)
    print(f"elapsed {monotonic() - start:.1f} s")


run(main())
