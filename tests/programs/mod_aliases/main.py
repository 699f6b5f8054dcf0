# import ... as, from ... import ... as, and package submodule access through aliases.
import tools.text as tx
from tools import numbers as nums
from tools.text import shout as yell, SEP
from tools.numbers import clamp

print(tx.shout("hi"), yell("there"), SEP.join(["a", "b"]))
print(nums.clamp(15, 0, 10), clamp(-3, 0, 10), nums.LIMITS)
print(tx.words("split these words"), nums.mean_floor([1, 2, 3, 4]))
print([clamp(v, 2, 8) for v in range(0, 11, 2)])
