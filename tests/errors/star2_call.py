# error: 3:11: **d in the call of dict: *args/**kwargs in calls are not supported by unicc
d = {"a": 1}
print(len(dict(**d)))
