# error: 9:7: keyword arguments to a function value that leave out a parameter before them are not supported by unicc
def greet(name: str, greeting: str = "hello", times: int = 1) -> str:
    return (greeting + " ") * times + name


# CPython gives "hello hello al"; a call through the value finds code that
# fills in its last parameters only
g = greet
print(g("al", times=2))
