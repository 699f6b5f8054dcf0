# error: 8:12: "JSONEncoder" has no attribute "iterencode"
import ipaddress
import json
import random

random.seed("a string seed")
print(json.dumps([1]), ipaddress.ip_address("::1"))
print(list(json.JSONEncoder().iterencode([1])))
