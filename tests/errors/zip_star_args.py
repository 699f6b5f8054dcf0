# error: 6:12: *rows in the call of zip: *args/**kwargs in calls are not supported by unicc
# zip(*rows) (a transpose) was compiled as zip(rows), silently: each item a
# 1-tuple of a row.  The items are a tuple per column, of a count known only
# at run time: rejected, as *args into other builtins are.
rows = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*rows)))
