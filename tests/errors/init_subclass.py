# error: 8:5: __init_subclass__ is not supported by unicc
from typing import ClassVar


class Base:
    required: ClassVar[int] = -1

    def __init_subclass__(cls) -> None:
        cls.required = 5


class Child(Base):
    pass


print(Child.required)
