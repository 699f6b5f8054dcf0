# ChaCha20 (RFC 8439) in the subset with u32 words: the block function's
# known-answer test (section 2.3.2), the keystream and the ChaChaRandom CSPRNG
# from a fixed seed, so compiled and CPython draw the same numbers.
from unicc_devices.chacha import ChaChaRandom, block, keystream, words
from unicc_devices.entropy import FixedEntropy
from unicc_types import u32

RFC_8439_2_3_2 = ("10f1e7e4d13b5915500fdd1fa32071c4c7d1f4c733c068030422aa9ac3d46c4e"
                  "d2826446079faa0914c2d705d98b02a2b5129cd1de164eb9cbd083e8a2503c4e")

out = block(words(bytes(range(32))), 1, words(bytes.fromhex("000000090000004a00000000")))
print(out.hex() == RFC_8439_2_3_2, len(out))
print(keystream(bytes(32), 80).hex())
print(words(b"\x01\x00\x00\x00\xff\xff\xff\xff"), u32(0xFFFFFFFF) + u32(2))

seed = FixedEntropy("00112233445566778899aabbccddeeff")
print(seed.source(), seed.gather(8).hex())
rng = ChaChaRandom(seed)
print(rng.random_bytes(12).hex(), rng.random_bytes(0), len(rng.random_bytes(100)))
print([rng.below(6) + 1 for _ in range(20)])
print(sorted([rng.below(1000) for _ in range(10)]), rng.below(1))
counts = [0] * 4
for _ in range(100):
    counts[rng.below(4)] += 1
print(sum(counts), all(10 < c < 40 for c in counts))
try:
    rng.below(0)
except ValueError as e:
    print("ValueError:", e)
