# error: 8:7: Module has no attribute "gauss"
import ipaddress
import json
import random

random.seed(3)
print(json.dumps([1]), ipaddress.ip_address("::1"))
print(random.gauss(0.0, 1.0))
