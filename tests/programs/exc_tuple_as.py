# except (A, B) as e, multiple handlers, str(e) and repr(e) of builtin exceptions.


def parse(token: str, table: dict[str, int]) -> int:
    if token.startswith("$"):
        return table[token[1:]]
    if token.startswith("#"):
        return [10, 20, 30][int(token[1:])]
    return 1000 // int(token)


table = {"a": 1, "b": 2}
for tok in ["5", "$a", "$zz", "#1", "#7", "0", "abc", "#x", "-3"]:
    try:
        print(tok, "->", parse(tok, table))
    except (KeyError, IndexError) as e:
        print(tok, "lookup failed:", isinstance(e, KeyError), e)
    except (ZeroDivisionError, ValueError) as e:
        print(tok, "bad value:", repr(e))
for exc in [ValueError("v"), KeyError("k"), IndexError(), RuntimeError("r"), TypeError("t")]:
    try:
        raise exc
    except (ValueError, TypeError) as e:
        print("group1", repr(e), str(e))
    except (KeyError, IndexError, RuntimeError) as e:
        print("group2", repr(e), str(e), len(str(e)))
