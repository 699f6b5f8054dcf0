"""json.dumps of an API's page of orders, as a web service returns it
(nested objects and lists, ids, prices, timestamps, flags, nulls, some
non-ASCII names: 438 KiB of JSON), or json.loads of that text.  argv:
dumps|loads PASSES.  Prints the text's length in bytes (bench.codecs
reads it), and its crc32 (dumps) or whether the last result equals the
document (loads)."""

import json
import sys
import zlib


NAMES = ["Ada", "Grace", "Linus", "Guido", "Barbara", "Ken", "Dennis", "Margaret", "Zoë", "José",
         "Björn", "Søren", "Ōta", "Niklaus", "Edsger", "Frances"]
CITIES = ["Lisbon", "Zürich", "Kraków", "Oslo", "Kyoto", "Austin", "Montréal", "Cork"]
ITEMS = ["cable", "router", "switch", "antenna", "rack", "fan", "power supply", "sensor \"pro\"",
         "adapter", "console"]


class Random:
    """A linear congruential generator: the same numbers compiled and under CPython."""

    def __init__(self) -> None:
        self.x = 12345

    def below(self, n: int) -> int:
        self.x = (self.x * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.x >> 8) % n


def order(r: Random, i: int) -> dict[str, object]:
    lines: list[object] = []
    for _ in range(1 + r.below(5)):
        lines.append({"sku": f"SKU-{r.below(100000):05d}", "name": ITEMS[r.below(len(ITEMS))],
                      "quantity": 1 + r.below(9), "unit_price": r.below(100000) / 100,
                      "discount": None if r.below(3) else r.below(30) / 100})
    name = NAMES[r.below(len(NAMES))]
    return {"id": 100000 + i, "created": 1700000000 + r.below(10000000), "status": "shipped" if r.below(4) else "open",
            "paid": r.below(2) == 1, "customer": {"name": name, "email": f"{name.lower()}{i}@example.com",
                                                  "address": {"city": CITIES[r.below(len(CITIES))],
                                                              "street": f"{r.below(300)} Main St\nUnit {i}",
                                                              "zip": f"{r.below(100000):05d}"}},
            "lines": lines, "tags": ["priority"] * r.below(2) + ["gift"] * r.below(2),
            "total": sum(r.below(1000) for _ in lines) / 4}


def document() -> dict[str, object]:
    r = Random()
    orders: list[object] = [order(r, i) for i in range(800)]
    return {"page": 1, "per_page": 800, "more": True, "orders": orders}


def main(argv: list[str]) -> None:
    mode, passes = argv[1], int(argv[2])
    doc = document()
    text = json.dumps(doc)
    data = text.encode()
    if mode == "dumps":
        for _ in range(passes):
            text = json.dumps(doc)
        print(len(data), zlib.crc32(text.encode()))
    else:
        back: object = None
        for _ in range(passes):
            back = json.loads(text)
        print(len(data), back == doc)


main(sys.argv)
