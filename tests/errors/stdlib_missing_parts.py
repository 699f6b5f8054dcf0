# error: 8:13: Argument 1 to "seed" has incompatible type "str"
import ipaddress
import json
import random

random.seed(3)
print(json.dumps([1]), ipaddress.ip_address("::1"))
random.seed("a string seed")
