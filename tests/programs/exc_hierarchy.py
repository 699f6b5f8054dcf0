# Exception class hierarchies: catching base classes, order of handlers, user subclasses.


class AppError(Exception):
    pass


class ConfigError(AppError):
    def __init__(self, key: str) -> None:
        super().__init__(f"bad config key: {key}")
        self.key = key


class NetworkError(AppError):
    def __init__(self, host: str, code: int) -> None:
        super().__init__(f"{host} failed with {code}")
        self.host = host
        self.code = code


class TimeoutErr(NetworkError):
    pass


def trigger(kind: str) -> None:
    if kind == "config":
        raise ConfigError("port")
    if kind == "net":
        raise NetworkError("example.org", 503)
    if kind == "timeout":
        raise TimeoutErr("slow.host", 408)
    if kind == "lookup":
        raise IndexError("deep index")
    if kind == "arith":
        raise ZeroDivisionError("custom zero")
    raise AppError("generic " + kind)


for kind in ["config", "net", "timeout", "lookup", "arith", "other"]:
    try:
        trigger(kind)
    except TimeoutErr as e:
        print("timeout:", e, e.code)
    except NetworkError as e:
        print("network:", e, e.host)
    except ConfigError as e:
        print("config:", e, e.key)
    except LookupError as e:
        print("lookup:", e, isinstance(e, IndexError))
    except ArithmeticError as e:
        print("arith:", e)
    except AppError as e:
        print("app:", e, isinstance(e, (ConfigError, NetworkError)))
errors: list[Exception] = [ConfigError("x"), TimeoutErr("h", 1), KeyError("k"), ValueError("v")]
for err in errors:
    print(str(err), isinstance(err, AppError), isinstance(err, NetworkError), isinstance(err, LookupError))
try:
    trigger("timeout")
except Exception as e:
    print("caught by Exception:", e)
