"""operator: the functions of the arithmetic, bitwise, comparison and truth operators, called and passed to map, sorted, max, filter and functools.reduce."""

import operator
from functools import reduce
from operator import add, mul, neg, lt

print(operator.add(1, 2), operator.add(1.5, 2), operator.add("a", "b"), operator.sub(5, 7), operator.mul(3, 2.5))
print(operator.truediv(1, 2), operator.truediv(3.0, 2), operator.floordiv(7, 2), operator.floordiv(-7.5, 2), operator.mod(-7, 3), operator.mod(7.5, 2))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.and_(True, False), operator.or_(True, False), operator.xor(True, True))
print(operator.lt(1, 2), operator.le(2, 2), operator.gt("b", "a"), operator.ge(1.5, 2), operator.eq(1, 1.0), operator.ne("a", "a"))
print(operator.neg(3), operator.neg(-2.5), operator.pos(-1), operator.abs(-7), operator.abs(-0.5), operator.not_(0), operator.not_([]), operator.truth("x"))
print(operator.index(7), operator.invert(5), operator.inv(0), operator.lshift(1, 10), operator.rshift(1024, 3), operator.is_(None, None), operator.is_not(1, None))
print(reduce(add, [1, 2, 3]), reduce(operator.mul, [1, 2, 3, 4], 1), reduce(add, ["a", "b"], ""), reduce(operator.add, [0.5, 0.25]))
print(list(map(neg, [1, -2, 3])), list(map(operator.abs, [-1.5, 2.0])), list(map(add, [1, 2], [10, 20])), list(map(operator.sub, [1.5], [1])))
print(sorted([3, 1, 2], key=operator.neg), list(filter(operator.not_, [0, 1, 2, 0])), list(map(operator.truth, [0, 3])))
for i in range(5):
    try:
        if i == 0:
            print(operator.truediv(1, 0))
        elif i == 1:
            print(operator.floordiv(1, 0))
        elif i == 2:
            print(operator.mod(1, 0))
        elif i == 3:
            print(operator.floordiv(1.5, 0))
        else:
            print(operator.mod(1.5, 0.0))
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
try:
    print(operator.truediv(1.0, 0.0))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    operator.lshift(1, -1)
except ValueError as e:
    print(type(e).__name__, e)
print(reduce(operator.and_, [7, 3, 5]), reduce(operator.or_, [True, False]), reduce(operator.xor, [1, 2, 4], 0))
print(max([3, 9, 2], key=operator.neg), sorted(["b", "A", "c"], key=operator.not_), list(map(operator.lt, [1, 5], [2, 2])))
