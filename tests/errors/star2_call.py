# error: 7:7: **opts in the call of show: *args/**kwargs in calls are not supported
def show(**kw: int) -> str:
    return str(kw)


opts = {"a": 1}
print(show(**opts))
