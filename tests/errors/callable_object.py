# error: 6:12: callable() of a value of type object is not supported by unicc (its class is not known when compiling)
# an object could be a function or anything else: unicc cannot tell


def check(x: object) -> bool:
    return callable(x)


print(check(len))
