"""Rolls dice and draws a token with the Random device (a ChaCha20 CSPRNG
seeded from the target's entropy source).  Two devices, no platform named."""

from unicc_devices import Console, Random


def roll(rng: Random, count: int, sides: int) -> list[int]:
    return [rng.below(sides) + 1 for _ in range(count)]


def main(console: Console, random: Random) -> None:
    dice = roll(random, 3, 6)
    console.log(f"3d6: {' + '.join(str(d) for d in dice)} = {sum(dice)}")
    console.log(f"token: {random.random_bytes(16).hex()}")
