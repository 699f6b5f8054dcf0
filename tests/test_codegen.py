"""Facts about the machine code unicc emits that no program's output shows:
read from the image's symbol table and bytes (pyelftools)."""

from __future__ import annotations

from pathlib import Path

from elftools.elf.elffile import ELFFile
from elftools.elf.sections import SymbolTableSection

from conftest import BUILD_TIMEOUT, unicc

PROGRAM = '''
def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def depth(n: int) -> int:
    if n == 0:
        return 0
    return 2 * depth(n - 1)


print(fib(20), depth(10))
'''

PUSH_RBP_MOV = bytes.fromhex("554889e5")   # push %rbp; mov %rsp,%rbp


def functions(tmp_path: Path) -> dict[str, bytes]:
    """Build PROGRAM for unix; each function's address and first bytes."""
    src = tmp_path / "rec.py"
    src.write_text(PROGRAM)
    res = unicc(["build", str(src), "--target", "unix", "-o", str(tmp_path / "rec")],
                tmp_path, "unicc build", BUILD_TIMEOUT)
    assert res.status == 0, res.stderr.decode("utf-8", "replace")
    out: dict[str, bytes] = {}
    with open(tmp_path / "rec", "rb") as f:
        elf = ELFFile(f)
        text = elf.get_section_by_name(".text")
        symtab = elf.get_section_by_name(".symtab")
        assert text is not None and isinstance(symtab, SymbolTableSection)
        data = text.data()
        for sym in symtab.iter_symbols():
            if sym.name.startswith("__main__.") and sym["st_info"]["type"] == "STT_FUNC":
                at = sym["st_value"] - text["sh_addr"]
                out[sym.name] = sym["st_value"].to_bytes(8, "little") + data[at:at + 4]
    return out


def test_recursive_loop_starts_a_line(tmp_path: Path) -> None:
    """fib becomes a loop around a call (tailcalls.py): it starts on a 64-byte
    line, so the loop's speed does not depend on the code linked before it.
    depth has no loop and keeps the usual 16-byte alignment."""
    funcs = functions(tmp_path)
    addr = {name: int.from_bytes(b[:8], "little") for name, b in funcs.items()}
    assert addr["__main__.fib"] % 64 == 0
    assert addr["__main__.depth"] % 16 == 0


def test_stack_check_keeps_no_frame_pointer(tmp_path: Path) -> None:
    """Both functions check the stack; reading the stack pointer for it does
    not make them set up %rbp as a frame pointer."""
    funcs = functions(tmp_path)
    for name in ("__main__.fib", "__main__.depth"):
        assert funcs[name][8:] != PUSH_RBP_MOV, name
