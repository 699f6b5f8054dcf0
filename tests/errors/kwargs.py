# error: 4:10: **kwargs


def show(**kwargs: int) -> None:
    for k in kwargs:
        print(k, kwargs[k])


show(a=1, b=2)
