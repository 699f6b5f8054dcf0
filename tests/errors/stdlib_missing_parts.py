# error: 8:7: Module has no attribute "get_mixed_type_key"
import ipaddress
import json
import random

random.seed("a string seed")
print(json.dumps([1]), ipaddress.ip_address("::1"))
print(ipaddress.get_mixed_type_key(ipaddress.ip_address("::1")))
