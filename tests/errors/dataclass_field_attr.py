# error: 11:11: dataclasses.Field.type is not supported by unicc (only .name)
from dataclasses import dataclass, fields


@dataclass
class P:
    x: int


for f in fields(P):
    print(f.type)
