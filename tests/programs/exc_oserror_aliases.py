"""IOError and EnvironmentError are OSError: raised and caught by either name."""
try:
    raise OSError("io")
except IOError as e:
    print("io", e)
try:
    raise EnvironmentError("env")
except OSError as e:
    print("env", repr(e))
try:
    raise ValueError("v")
except ValueError as e:
    print("v")
try:
    raise IOError("as io")
except EnvironmentError as e:
    print(repr(e), isinstance(e, OSError))
