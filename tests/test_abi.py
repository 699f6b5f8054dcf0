"""unicc/ir/abi.py (and ir/runtime.py's names) against the runtime's headers.

Each constant of the compiler's copy of the ABI becomes a C11 static
assertion (an offsetof, a sizeof, an enum or macro value) in a small C file
that includes runtime/include/unicc.h and the runtime-internal layouts
compiled code reads (core/core.h, core/range.c).  zig cc checks the file
with the target's own flags, so the word/pointer difference of 32-bit ARM is
checked too.  The two numbers no header declares are checked in the C
source, and the runtime functions ir/runtime.py describes in unicc.h.
"""

from __future__ import annotations

import math
import re
import subprocess
from pathlib import Path

import pytest

from unicc import link
from unicc.ir import abi, runtime
from unicc.targets import RUNTIME, TARGETS


def word(struct: str, field: str) -> str:
    """Word {} of the struct (after the header) is this field."""
    return f"offsetof({struct}, {field}) == sizeof(rt_obj) + sizeof(rt_word) * ({{}})"


def data(struct: str, field: str) -> str:
    return f"offsetof({struct}, {field}) == {{}}"


# abi constant -> C expressions that must hold with the constant's value for {}.
CHECKS: dict[str, list[str]] = {
    "WORD": ["sizeof(rt_word) == {}"],
    "HEADER": ["sizeof(rt_obj) == {}"],
    "TYPE_OFFSET": ["offsetof(rt_obj, type) == {}"],
    **{f"K_{k}": [f"RT_{k} == {{}}"] for k in ("I64", "F64", "BOOL", "OBJ", "U64")},
    **{f"L_{k}": [f"RT_L_{k} == {{}}"] for k in ("FIELDS", "STR", "BYTES", "BYTEARRAY", "LIST", "DICT",
                                                 "SET", "WORDS", "RAW", "TUPLE", "BUFFER", "GEN")},
    "SEQ_LEN": [word(s, "len") for s in ("rt_list", "rt_tuple", "rt_bytes", "rt_bytearray", "rt_buffer")],
    "STR_LEN": [word("rt_str", "len")],
    "STR_NCHARS": [word("rt_str", "nchars")],
    "STR_HASH": [word("rt_str", "hash")],
    "STR_DATA": [data("rt_str", "data")],
    "BYTES_LEN": [word("rt_bytes", "len")],
    "BYTES_HASH": [word("rt_bytes", "hash")],
    "BYTES_DATA": [data("rt_bytes", "data")],
    "RAW_CAP": [word("rt_raw", "cap")],
    "RAW_DATA": [data("rt_raw", "data")],
    "BYTEARRAY_LEN": [word("rt_bytearray", "len")],
    "BYTEARRAY_STORE": [word("rt_bytearray", "store")],
    "WORDS_CAP": [word("rt_words", "cap")],
    "WORDS_KIND": [word("rt_words", "kind")],
    "WORDS_DATA": [data("rt_words", "data")],
    "LIST_LEN": [word("rt_list", "len")],
    "LIST_KIND": [word("rt_list", "kind")],
    "LIST_ITEMS": [word("rt_list", "items")],
    "LIST_SIZE": ["sizeof(rt_list) == {}"],
    "TUPLE_LEN": [word("rt_tuple", "len")],
    "TUPLE_KINDS": [word("rt_tuple", "kinds")],
    "TUPLE_ITEMS": [word("rt_tuple", "items")],
    "BUFFER_LEN": [word("rt_buffer", "len")],
    "BUFFER_BASE": [word("rt_buffer", "base_word")],
    "BUFFER_PTR": [word("rt_buffer", "ptr_word")],
    "BUFFER_WLEN": [word("rt_buffer", "wlen")],
    "EXC_ARGS": [word("rt_exception", "args_word")],
    "CLASS_DESC": [word("rt_class", "desc_word")],
    "EXC_CAUSE": [word("rt_exception", "cause_word")],
    "EXC_CONTEXT": [word("rt_exception", "context_word")],
    "EXC_SUPPRESS": [word("rt_exception", "suppress")],
    "EXC_FIELDS": ["sizeof(rt_exception) == sizeof(rt_obj) + sizeof(rt_word) * ({})"],
    "BOX_VALUE": [word("rt_box", "v")],
    "RANGE_START": [word("rt_range", "start")],
    "RANGE_STOP": [word("rt_range", "stop")],
    "RANGE_STEP": [word("rt_range", "step")],
    "GEN_RESUME": [word("rt_gen", "resume_word")],
    "GEN_STATE": [word("rt_gen", "state")],
    "GEN_RETVAL": [word("rt_gen", "retval")],
    "GEN_FIRST_SLOT": ["sizeof(rt_gen) == sizeof(rt_obj) + sizeof(rt_word) * ({})"],
    "GEN_DONE": ["RT_GEN_DONE == ({})"],
    "GEN_RUNNING": ["RT_GEN_RUNNING == ({})"],
    "HAS_START": ["RT_HAS_START == {}"],
    "HAS_STOP": ["RT_HAS_STOP == {}"],
}
# Constants that no header declares: checked in the runtime's C source below.
IN_SOURCE = {"OBJECT_ALIGN", "STOP_ITERATION_VALUE"}
C_TYPES = {"ptr": "void *", "u32": "uint32_t"}
TARGET_NAMES = ["unix", "xen-arm"]   # x86-64 and 32-bit ARM: words wider than pointers


def type_offsets(ptr_bytes: int) -> tuple[dict[str, int], int]:
    """Offsets of abi.TYPE_FIELDS as C lays them out, and the struct's size."""
    offsets, at, align = {}, 0, 1
    for name, ctype in abi.TYPE_FIELDS:
        size = ptr_bytes if ctype == "ptr" else 4
        at = -(-at // size) * size
        offsets[name] = at
        at += size
        align = max(align, size)
    return offsets, -(-at // align) * align


def assertions(ptr_bytes: int, constants: dict[str, int]) -> list[str]:
    lines = [f'_Static_assert({e.format(constants[name])}, "abi.{name}: {e.format("N")}");'
             for name, exprs in CHECKS.items() for e in exprs]
    offsets, size = type_offsets(ptr_bytes)
    lines += [f'_Static_assert(offsetof(rt_type, {f}) == {at}, "abi.TYPE_FIELDS: {f}");'
              for f, at in offsets.items()]
    lines += [f'_Static_assert(sizeof(((rt_type *)0)->{f}) == sizeof({C_TYPES[c]}), "abi.TYPE_FIELDS: {f}");'
              for f, c in abi.TYPE_FIELDS]
    lines.append(f'_Static_assert(sizeof(rt_type) == {size}, "abi.TYPE_FIELDS: all of rt_type");')
    return lines


def c_file(ptr_bytes: int, constants: dict[str, int]) -> str:
    return "\n".join([
        "#include <stddef.h>",
        '#include "core.h"',
        '#include "range.c"   /* struct rt_range */',
        f'_Static_assert(sizeof(void *) == {ptr_bytes}, "the target\'s pointer size");',
        *assertions(ptr_bytes, constants), ""])


def check(target: str, constants: dict[str, int], tmp: Path) -> subprocess.CompletedProcess[str]:
    t = TARGETS[target]
    src = tmp / f"abi-{target}.c"
    src.write_text(c_file(t.ptr_bits // 8, constants))
    cmd = link.zig("cc", *t.cflags, f"-I{RUNTIME / 'include'}", f"-I{RUNTIME / 'core'}",
                   "-c", str(src), "-o", str(src.with_suffix(".o")))
    return subprocess.run(cmd, capture_output=True, text=True)


def abi_constants() -> dict[str, int]:
    return {n: v for n, v in vars(abi).items() if n.isupper() and isinstance(v, int)}


def test_every_constant_is_checked() -> None:
    assert set(abi_constants()) == set(CHECKS) | IN_SOURCE
    fields = [f for f, _ in abi.TYPE_FIELDS]
    assert list(abi.TYPE_SLOTS) == fields[fields.index("field_kinds") + 1:fields.index("vtable")]


@pytest.mark.parametrize("target", TARGET_NAMES)
def test_constants_match_unicc_h(target: str, tmp_path: Path) -> None:
    p = check(target, abi_constants(), tmp_path)
    assert p.returncode == 0, p.stderr


def test_a_changed_constant_fails(tmp_path: Path) -> None:
    """The assertions are live: one constant off by one is a compile error."""
    wrong = {**abi_constants(), "LIST_ITEMS": abi.LIST_ITEMS + 1}
    p = check("xen-arm", wrong, tmp_path)
    assert p.returncode != 0 and "abi.LIST_ITEMS" in p.stderr


def test_heap_alignment_matches_gc() -> None:
    """Every size class of the collector is a multiple of OBJECT_ALIGN, the smallest one."""
    src = (RUNTIME / "core" / "gc.c").read_text()
    m = re.search(r"class_size\[NCLASS\] = \{([^}]*)\}", src)
    assert m is not None
    sizes = [int(s) for s in m.group(1).split(",")]
    assert math.gcd(*sizes) == min(sizes) == abi.OBJECT_ALIGN


def test_stop_iteration_value_word() -> None:
    """rt_stop_iteration stores the value in word STOP_ITERATION_VALUE."""
    src = (RUNTIME / "core" / "iter.c").read_text()
    body = src[src.index("rt_obj *rt_stop_iteration(rt_obj *value) {"):]
    m = re.search(r"\(\(rt_word \*\)\(e \+ 1\)\)\[(\d+)\] = \(rt_word\)\(uintptr_t\)value;", body)
    assert m is not None and int(m.group(1)) == abi.STOP_ITERATION_VALUE


def test_runtime_functions_are_in_unicc_h() -> None:
    """Every function ir/runtime.py declares facts about is one unicc.h declares."""
    header = (RUNTIME / "include" / "unicc.h").read_text()
    declared = set(re.findall(r"\b(rt_\w+)\(", header))
    assert {f.name for f in runtime.FUNCTIONS} <= declared
