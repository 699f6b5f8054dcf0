"""What the compiler knows about the runtime functions it calls.

One declaration per runtime function (runtime/include/unicc.h) of the facts
a pass or the backend relies on: that it returns an object nothing else
points to, that it always raises, that it never calls back into compiled
code, that it changes the length of no sequence.  A function declared here
only by its name, or not declared at all, gets the safe answer to every
question: it may raise, call back, change any length, and return a shared
object.  A new fact is a field of `RuntimeFunction` plus an accessor below;
a fact about a new function is one keyword in its declaration.
"""

from __future__ import annotations

from dataclasses import dataclass

from unicc.ir import abi


@dataclass(frozen=True)
class RuntimeFunction:
    name: str
    # Returns a new object (or NULL beside an exception): nothing else points
    # to it, so LLVM may keep the fields of one that does not escape a loop in
    # registers.
    fresh: bool = False
    # ...of this many bytes, returning NULL only when it raises.
    fresh_size: int | None = None
    # ...a list whose length is this argument (0 when it is negative).
    length_arg: int | None = None
    # Always leaves an exception pending.
    always_raises: bool = False
    # May call compiled code (type slots, function values): False lets a
    # function that calls only such runtime functions skip its stack check.
    calls_back: bool = True
    # Changes the length of no list, bytes, bytearray or buffer (it reads,
    # writes items in place, or raises IndexError).
    keeps_lengths: bool = False


# rt_alloc(type, size): the one allocation by a type descriptor and a size in
# bytes (the header included); escape.py may make it in the frame instead.
ALLOC = "rt_alloc"

FUNCTIONS = [
    RuntimeFunction(ALLOC, fresh=True, calls_back=False),
    RuntimeFunction("rt_list_new", fresh=True, fresh_size=abi.LIST_SIZE, calls_back=False),
    RuntimeFunction("rt_list_repeat", fresh=True, fresh_size=abi.LIST_SIZE),
    RuntimeFunction("rt_list_copy", fresh=True, fresh_size=abi.LIST_SIZE),
    RuntimeFunction("rt_list_filled", fresh=True, fresh_size=abi.LIST_SIZE, length_arg=2),   # [w] * n
    RuntimeFunction("rt_raise_msg", always_raises=True, calls_back=False, keeps_lengths=True),
    RuntimeFunction("rt_raise_no_attribute", always_raises=True, calls_back=False, keeps_lengths=True),
    RuntimeFunction("rt_raise_unpack", always_raises=True),
    RuntimeFunction("rt_list_append", calls_back=False),
    RuntimeFunction("rt_list_get", calls_back=False, keeps_lengths=True),
    RuntimeFunction("rt_list_set", calls_back=False, keeps_lengths=True),
    RuntimeFunction("rt_buffer_get", calls_back=False, keeps_lengths=True),
    RuntimeFunction("rt_buffer_set", calls_back=False, keeps_lengths=True),
    RuntimeFunction("rt_buffer_write", calls_back=False, keeps_lengths=True),
    RuntimeFunction("rt_bytes_getitem", calls_back=False, keeps_lengths=True),
    RuntimeFunction("rt_tuple_get", calls_back=False, keeps_lengths=True),
    RuntimeFunction("rt_abc_len", calls_back=False, keeps_lengths=True),
    RuntimeFunction("rt_seq_get", calls_back=False, keeps_lengths=True),
    RuntimeFunction("rt_bytearray_setitem", calls_back=False, keeps_lengths=True),
    RuntimeFunction("rt_bytearray_new", calls_back=False),
    RuntimeFunction("rt_int_to_str", calls_back=False),
    RuntimeFunction("rt_unbox_float", calls_back=False, keeps_lengths=True),
    # an int held where float is declared (transform/numtags.py, runtime/core/num.c)
    *(RuntimeFunction(f"rt_num_{n}", calls_back=False, keeps_lengths=True)
      for n in ("from_int", "from_bool", "float", "add", "sub", "mul", "neg", "abs", "truediv", "floordiv",
                "mod", "pow", "round", "type", "int")),
    RuntimeFunction("rt_str_concat", calls_back=False),
    RuntimeFunction("rt_dict_len", calls_back=False),
    RuntimeFunction("rt_set_len", calls_back=False),
]

BY_NAME = {f.name: f for f in FUNCTIONS}
assert len(BY_NAME) == len(FUNCTIONS), "a runtime function declared twice"


def lookup(name: str) -> RuntimeFunction:
    """The declaration of a runtime function; the safe defaults if it has none."""
    return BY_NAME.get(name) or RuntimeFunction(name)


def is_fresh(name: str) -> bool:
    return lookup(name).fresh


def fresh_size(name: str) -> int | None:
    return lookup(name).fresh_size


def length_arg(name: str) -> int | None:
    return lookup(name).length_arg


def always_raises(name: str) -> bool:
    return lookup(name).always_raises


def calls_back(name: str) -> bool:
    return lookup(name).calls_back


def keeps_lengths(name: str) -> bool:
    return lookup(name).keeps_lengths
