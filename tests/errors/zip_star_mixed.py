# error: 6:12: *rows in the call of zip: *args/**kwargs in calls are not supported by unicc
# zip(*rows) alone is a transpose (tests/programs/zip_star.py); a star
# argument among others is not supported (it was once compiled as zip(rows)).
rows = [[1, 2, 3], [4, 5, 6]]
first = [0, 0, 0]
print(list(zip(first, *rows)))
