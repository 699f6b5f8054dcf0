"""itertools.accumulate with an overloaded builtin as the function (max,
min, pow, operator functions), over ints, floats and strs, with initial;
the running maximum/minimum idioms."""
import itertools
import operator
from itertools import accumulate

xs = [3, 1, 4, 1, 5, 9, 2, 6]
print(list(accumulate(xs, max)), list(accumulate(xs, min)))
print(list(itertools.accumulate(xs, operator.mul)), list(accumulate(xs, operator.sub, initial=100)))
print(list(accumulate([2.5, -1.0, 7.25], max)), list(accumulate([2.5, -1.0, 7.25], min, initial=0.0)))
print(list(accumulate(["pear", "apple", "zoo", "fig"], max)), list(accumulate(["b", "a"], min)))
print(list(accumulate([2, 3, 2], pow)), list(accumulate([], max)), list(accumulate([7], min)))
peaks = 0
for v in accumulate(xs, max):
    peaks += v
print(peaks, max(accumulate(xs, min)), list(accumulate(xs)))
