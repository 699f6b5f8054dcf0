"""Names bound by imports that may not run: a use of one whose import did
not run is a NameError, in a function or at the top level."""

import sys

verbose = len(sys.argv) > 5   # the tests pass two arguments: False
if verbose:
    import tracing
    from tracing import Span, level, log
elif len(sys.argv) > 1:
    from metrics import bump
    import metrics

for _ in range(1):
    try:
        import metrics as counters
    except ImportError:
        pass


def use_module() -> str:
    return tracing.log("module")


def use_function() -> str:
    return log("function")


def use_class() -> str:
    return Span("s").name


def use_variable() -> int:
    return level + 1


def try_each() -> None:
    for name, use in [("module", use_module), ("function", use_function), ("class", use_class)]:
        try:
            print(name, use())
        except NameError as e:
            print(name, "NameError:", e)
    try:
        print("variable", use_variable())
    except NameError as e:
        print("variable NameError:", e)


try_each()
try:
    print(tracing.level)
except NameError as e:
    print("top level NameError:", e)
print(bump(1), metrics.count, counters.bump(2))


def local_import() -> str:
    import tracing
    return tracing.log("local")


print(local_import())
try:
    print(use_module())
except NameError as e:   # the function's import bound a local only
    print("after a local import, NameError:", e)
