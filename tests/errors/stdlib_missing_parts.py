# error: 8:7: Module has no attribute "paretovariate"
import ipaddress
import json
import random

random.seed(3)
print(json.dumps([1]), ipaddress.ip_address("::1"))
print(random.paretovariate(1.0))
