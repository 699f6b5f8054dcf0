"""Builtin methods as data: each entry maps a Python method of a builtin type to
one runtime function, with its parameters and result.

Parameter and result types are RType names or element markers resolved
against the receiver's type arguments: E (list/set item), K and V (dict key
and value).  `self` is always the first runtime argument.  A parameter with
a default may be omitted by the caller.
"""

from __future__ import annotations

from dataclasses import dataclass

from unicc.ir import abi

NODEF = object()


@dataclass(frozen=True)
class Prim:
    func: str
    params: tuple[tuple[str, str, object], ...] = ()   # (name, type, default)
    ret: str = "void"
    raises: bool = True


def P(func: str, *params: tuple[str, str, object] | tuple[str, str], ret: str = "void",
      raises: bool = True) -> Prim:
    full = tuple(p if len(p) == 3 else (p[0], p[1], NODEF) for p in params)
    return Prim(func, full, ret, raises)


STR = "builtins.str"
BYTES = "builtins.bytes"
BA = "builtins.bytearray"
LIST = "builtins.list"
DICT = "builtins.dict"
SET = "builtins.set"

METHODS: dict[tuple[str, str], Prim] = {
    (STR, "upper"): P("rt_str_upper", ret="obj"),
    (STR, "lower"): P("rt_str_lower", ret="obj"),
    (STR, "capitalize"): P("rt_str_capitalize", ret="obj"),
    (STR, "title"): P("rt_str_title", ret="obj"),
    (STR, "swapcase"): P("rt_str_swapcase", ret="obj"),
    (STR, "strip"): P("rt_str_strip", ("chars", "obj", None), ret="obj"),
    (STR, "lstrip"): P("rt_str_lstrip", ("chars", "obj", None), ret="obj"),
    (STR, "rstrip"): P("rt_str_rstrip", ("chars", "obj", None), ret="obj"),
    (STR, "split"): P("rt_str_split", ("sep", "obj", None), ("maxsplit", "i64", -1), ret="obj"),
    (STR, "rsplit"): P("rt_str_rsplit", ("sep", "obj", None), ("maxsplit", "i64", -1), ret="obj"),
    (STR, "splitlines"): P("rt_str_splitlines", ret="obj"),
    (STR, "join"): P("rt_str_join", ("iterable", "obj"), ret="obj"),
    (STR, "startswith"): P("rt_str_startswith", ("prefix", "obj"), ret="bool"),
    (STR, "endswith"): P("rt_str_endswith", ("suffix", "obj"), ret="bool"),
    (STR, "find"): P("rt_str_find", ("sub", "obj"), ("start", "slice0", None), ("end", "slice1", None), ret="i64"),
    (STR, "rfind"): P("rt_str_rfind", ("sub", "obj"), ("start", "slice0", None), ("end", "slice1", None), ret="i64"),
    (STR, "index"): P("rt_str_index", ("sub", "obj"), ret="i64"),
    (STR, "count"): P("rt_str_count", ("x", "obj"), ret="i64"),
    (STR, "replace"): P("rt_str_replace", ("old", "obj"), ("new", "obj"), ("count", "i64", -1), ret="obj"),
    (STR, "isdigit"): P("rt_str_isdigit", ret="bool"),
    (STR, "isalpha"): P("rt_str_isalpha", ret="bool"),
    (STR, "isalnum"): P("rt_str_isalnum", ret="bool"),
    (STR, "isspace"): P("rt_str_isspace", ret="bool"),
    (STR, "isupper"): P("rt_str_isupper", ret="bool"),
    (STR, "islower"): P("rt_str_islower", ret="bool"),
    (STR, "isdecimal"): P("rt_str_isdecimal", ret="bool"),
    (STR, "isnumeric"): P("rt_str_isnumeric", ret="bool"),
    (STR, "istitle"): P("rt_str_istitle", ret="bool"),
    (STR, "zfill"): P("rt_str_zfill", ("width", "i64"), ret="obj"),
    (STR, "ljust"): P("rt_str_ljust", ("width", "i64"), ("fillchar", "obj", " "), ret="obj"),
    (STR, "rjust"): P("rt_str_rjust", ("width", "i64"), ("fillchar", "obj", " "), ret="obj"),
    (STR, "center"): P("rt_str_center", ("width", "i64"), ("fillchar", "obj", " "), ret="obj"),
    (STR, "partition"): P("rt_str_partition", ("sep", "obj"), ret="obj"),
    (STR, "rpartition"): P("rt_str_rpartition", ("sep", "obj"), ret="obj"),
    (STR, "encode"): P("rt_str_encode", ret="obj"),
    (BYTES, "hex"): P("rt_bytes_hex", ret="obj"),
    (BYTES, "decode"): P("rt_bytes_decode", ret="obj"),
    (BYTES, "find"): P("rt_bytes_find", ("sub", "obj"), ret="i64"),
    (BYTES, "join"): P("rt_bytes_join", ("iterable", "obj"), ret="obj"),
    (BYTES, "split"): P("rt_bytes_split", ("sep", "obj", None), ("maxsplit", "i64", -1), ret="obj"),
    (BYTES, "upper"): P("rt_bytes_upper", ret="obj"),
    (BYTES, "lower"): P("rt_bytes_lower", ret="obj"),
    (BYTES, "rfind"): P("rt_bytes_rfind", ("sub", "obj"), ret="i64"),
    (BYTES, "count"): P("rt_bytes_count", ("sub", "obj"), ret="i64"),
    (BYTES, "replace"): P("rt_bytes_replace", ("old", "obj"), ("new", "obj"), ("count", "i64", -1), ret="obj"),
    (BA, "hex"): P("rt_bytes_hex", ret="obj"),
    (BA, "decode"): P("rt_bytes_decode", ret="obj"),
    (BA, "append"): P("rt_bytearray_append", ("item", "i64")),
    (BA, "extend"): P("rt_bytearray_extend", ("iterable", "obj")),
    (BA, "pop"): P("rt_bytearray_pop_at", ("index", "i64", -1), ret="i64"),
    (BA, "insert"): P("rt_bytearray_insert", ("index", "i64"), ("item", "i64")),
    (BA, "reverse"): P("rt_bytearray_reverse"),
    (BA, "find"): P("rt_bytes_find", ("sub", "obj"), ret="i64"),
    (LIST, "append"): P("rt_list_append", ("object", "E")),
    (LIST, "extend"): P("rt_list_extend", ("iterable", "obj")),
    (LIST, "insert"): P("rt_list_insert", ("index", "i64"), ("object", "E")),
    (LIST, "index"): P("rt_list_index", ("value", "E"), ret="i64"),
    (LIST, "count"): P("rt_list_count", ("value", "E"), ret="i64"),
    (LIST, "remove"): P("rt_list_remove", ("value", "E")),
    (LIST, "reverse"): P("rt_list_reverse"),
    (LIST, "copy"): P("rt_list_copy", ret="obj"),
    (LIST, "clear"): P("rt_list_clear"),
    (DICT, "copy"): P("rt_dict_copy", ret="obj"),
    (DICT, "update"): P("rt_dict_update", ("m", "obj")),
    (DICT, "clear"): P("rt_dict_clear"),
    (DICT, "setdefault"): P("rt_dict_setdefault", ("key", "K"), ("default", "V"), ret="V"),
    (SET, "add"): P("rt_set_add", ("element", "E")),
    (SET, "discard"): P("rt_set_discard", ("element", "E")),
    (SET, "remove"): P("rt_set_remove", ("element", "E")),
    (SET, "pop"): P("rt_set_pop", ret="E"),
    (SET, "union"): P("rt_set_union", ("s", "obj"), ret="obj"),
    (SET, "intersection"): P("rt_set_intersection", ("s", "obj"), ret="obj"),
    (SET, "difference"): P("rt_set_difference", ("s", "obj"), ret="obj"),
    (SET, "symmetric_difference"): P("rt_set_symmetric_difference", ("s", "obj"), ret="obj"),
    (SET, "issubset"): P("rt_set_issubset", ("s", "obj"), ret="bool"),
    (SET, "issuperset"): P("rt_set_issuperset", ("s", "obj"), ret="bool"),
    (SET, "isdisjoint"): P("rt_set_isdisjoint", ("s", "obj"), ret="bool"),
    (SET, "difference_update"): P("rt_set_difference_update", ("s", "obj")),
    (SET, "intersection_update"): P("rt_set_intersection_update", ("s", "obj")),
    (SET, "symmetric_difference_update"): P("rt_set_symmetric_difference_update", ("s", "obj")),
    (SET, "copy"): P("rt_set_copy", ret="obj"),
    (SET, "clear"): P("rt_set_clear"),
    (SET, "update"): P("rt_set_update", ("s", "obj")),
    ("builtins.range", "index"): P("rt_range_index", ("value", "i64"), ret="i64"),
    ("builtins.range", "count"): P("rt_range_contains", ("value", "i64"), ret="i64", raises=False),
}

# Binary operators of builtin object types: (type, op) -> runtime function.
BINOPS: dict[tuple[str, str], str] = {
    (STR, "+"): "rt_str_concat",
    (LIST, "+"): "rt_list_concat",
    (BYTES, "+"): "rt_bytes_concat",
    (BA, "+"): "rt_bytes_concat",
    (SET, "|"): "rt_set_union",
    (SET, "&"): "rt_set_intersection",
    (SET, "-"): "rt_set_difference",
    (SET, "^"): "rt_set_symmetric_difference",
}

# len() of builtin object types: the word of the object that holds it, or
# the runtime function that computes it.
LEN: dict[str, int | str] = {
    STR: abi.STR_NCHARS, BYTES: abi.SEQ_LEN, BA: abi.SEQ_LEN, LIST: abi.SEQ_LEN, "unicc_buf.Buffer": abi.SEQ_LEN,
    "builtins.tuple": abi.SEQ_LEN,
    DICT: "rt_dict_len", SET: "rt_set_len",
    "builtins.range": "rt_range_len",
    "_collections_abc.dict_keys": "rt_dictview_len", "_collections_abc.dict_values": "rt_dictview_len",
    "_collections_abc.dict_items": "rt_dictview_len"}

# Equality of builtin object types (anything else goes through rt_eq).
EQ = {STR: "rt_str_eq", BYTES: "rt_bytes_eq", BA: "rt_bytes_eq", LIST: "rt_list_eq",
      DICT: "rt_dict_eq", SET: "rt_set_eq"}
