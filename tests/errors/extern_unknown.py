# error: 6:1: the runtime has no symbol rt_no_such_function
from unicc_rt import extern


@extern("rt_no_such_function")
def magic(x: int) -> int:
    return x + 1


print(magic(41))
