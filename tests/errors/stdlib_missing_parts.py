# error: 8:1: Unexpected keyword argument "cls" for overloaded function "loads"
import ipaddress
import json
import random

random.seed("a string seed")
print(json.dumps([1]), ipaddress.ip_address("::1"))
json.loads("[]", cls=None)
