# error: 8:1: Module has no attribute "JSONDecoder"
import ipaddress
import json
import random

random.seed("a string seed")
print(json.dumps([1]), ipaddress.ip_address("::1"))
json.JSONDecoder()
