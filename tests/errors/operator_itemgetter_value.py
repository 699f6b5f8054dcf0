# error: 3:10: operator.itemgetter() is supported by unicc where it is passed as key=
import operator
second = operator.itemgetter(1)
print(sorted([(1, 2), (0, 3)], key=second))
