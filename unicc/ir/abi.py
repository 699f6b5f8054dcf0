"""The runtime's C ABI as the compiler sees it: the numbers it shares with
runtime/include/unicc.h (and the few runtime-internal layouts compiled code
reads directly: core/core.h, core/range.c, core/iter.c, core/gc.c).

Compiled code reads objects by word: word N of an object is the 8 bytes at
HEADER + WORD * N, on every target (a pointer field of the C structs sits in
the low half of its word on 32-bit ARM).  Each number is named here once,
with the C field or constant it mirrors; tests/test_abi.py compiles
static assertions of every one of them against the headers for a 64-bit and
a 32-bit target, so a change on either side that the other does not follow
fails the tests instead of miscompiling.
"""

from __future__ import annotations

import re

from unicc.targets import RUNTIME

# ---- words and objects ---------------------------------------------------
WORD = 8                  # sizeof(rt_word): every value in memory is one word
HEADER = 16               # sizeof(rt_obj): type pointer, gc word
TYPE_OFFSET = 0           # offsetof(rt_obj, type): the type descriptor, first in every object
OBJECT_ALIGN = 16         # heap objects are 16-byte aligned (core/gc.c's size classes)

# enum rt_kind: the kind of a word, for containers and object fields.
K_I64, K_F64, K_BOOL, K_OBJ, K_U64 = 0, 1, 2, 3, 4

# enum rt_layout: rt_type.layout, read by the collector and generic ops.
L_FIELDS = 0              # RT_L_FIELDS: nfields words after the header (compiled classes)
L_STR = 1                 # RT_L_STR
L_BYTES = 2               # RT_L_BYTES
L_BYTEARRAY = 3           # RT_L_BYTEARRAY
L_LIST = 4                # RT_L_LIST
L_DICT = 5                # RT_L_DICT
L_SET = 6                 # RT_L_SET
L_WORDS = 7               # RT_L_WORDS
L_RAW = 8                 # RT_L_RAW
L_TUPLE = 9               # RT_L_TUPLE
L_BUFFER = 10             # RT_L_BUFFER
L_GEN = 11                # RT_L_GEN: generator and coroutine frames

# struct rt_type, in order: each field with its C type ("ptr" or "u32"); the
# backend builds class descriptors from it.
TYPE_FIELDS: tuple[tuple[str, str], ...] = (
    ("name", "ptr"), ("module", "ptr"), ("base", "ptr"),
    ("layout", "u32"), ("nfields", "u32"), ("field_kinds", "ptr"),
    ("repr", "ptr"), ("str", "ptr"), ("hash", "ptr"), ("eq", "ptr"), ("lt", "ptr"),
    ("vtable", "ptr"), ("iternext", "ptr"), ("iter", "ptr"), ("mixins", "ptr"),
)
TYPE_SLOTS = ("repr", "str", "hash", "eq", "lt")   # the rt_type fields between field_kinds and vtable

# len() of a list, tuple, bytes, bytearray or buffer: word 0 of each
SEQ_LEN = 0

# ---- builtin object layouts: word indices after the header, and byte
# offsets (from the object's start) of inline data ------------------------
# rt_str
STR_LEN = 0               # len: bytes of UTF-8
STR_NCHARS = 1            # nchars: code points (len() of a str)
STR_HASH = 2              # hash: cached, 0 = not yet computed
STR_DATA = 40             # offsetof(rt_str, data): UTF-8, NUL-terminated
# rt_bytes
BYTES_LEN = 0
BYTES_HASH = 1
BYTES_DATA = 32           # offsetof(rt_bytes, data)
# rt_raw (a bytearray's store)
RAW_CAP = 0
RAW_DATA = 24             # offsetof(rt_raw, data)
# rt_bytearray
BYTEARRAY_LEN = 0
BYTEARRAY_STORE = 1       # store: the rt_raw holding the bytes
# rt_words (a list's items)
WORDS_CAP = 0
WORDS_KIND = 1
WORDS_DATA = 32           # offsetof(rt_words, data)
# rt_list
LIST_LEN = 0
LIST_KIND = 1
LIST_ITEMS = 2            # items: the rt_words holding the items
LIST_SIZE = 40            # sizeof(rt_list)
# rt_tuple
TUPLE_LEN = 0
TUPLE_KINDS = 1
TUPLE_ITEMS = 2           # items[0]: words before a tuple's items
# rt_buffer
BUFFER_LEN = 0
BUFFER_BASE = 1           # base: keeps the storage alive
BUFFER_PTR = 2            # ptr: the view's first byte
BUFFER_WLEN = 3           # wlen: what writes may reach (0: a read-only view of bytes)
# rt_exception: the words every exception starts with, user fields follow
EXC_ARGS = 0              # args: a tuple of boxed objects, NULL for ()
EXC_CAUSE = 1             # __cause__
EXC_CONTEXT = 2           # __context__
EXC_SUPPRESS = 3          # __suppress_context__, an i64
EXC_FIELDS = 4            # words of a builtin exception
# StopIteration(value): the word after them holds the value (core/iter.c, rt_stop_iteration)
STOP_ITERATION_VALUE = 4
# rt_class (core/classobj.c): a class as a value
CLASS_DESC = 0            # desc: the class's type descriptor
# rt_box (core/core.h): a boxed int, float or bool
BOX_VALUE = 0
# rt_range (core/range.c)
RANGE_START, RANGE_STOP, RANGE_STEP = 0, 1, 2

# rt_gen: a generator or coroutine frame starts with these words, then the
# registers live across its yields.
GEN_RESUME = 0            # resume: the state machine's function
GEN_STATE = 1             # state: 0 not started, k > 0 suspended at yield k, or:
GEN_RETVAL = 2            # retval: the result, of kind field_kinds[GEN_RETVAL]
GEN_FIRST_SLOT = 3        # sizeof(rt_gen) in words after the header
GEN_DONE = -1             # RT_GEN_DONE
GEN_RUNNING = -2          # RT_GEN_RUNNING

# ---- argument encodings ---------------------------------------------------
HAS_START = 1             # RT_HAS_START: a slice's `has` bits
HAS_STOP = 2              # RT_HAS_STOP


# ---- the builtin exception classes ------------------------------------------
# name -> its base's name, from the runtime's one list of them (each line
# `EXC(name, base, extra)` defines rt_type_<name>); bases come first.
BUILTIN_EXCEPTIONS: dict[str, str] = dict(re.findall(
    r"^EXC\((\w+), (\w+), \d+\)", (RUNTIME / "include" / "exc_types.h").read_text(), re.M))
