"""Counted loops versioned: a copy without the checks that cannot fail.

Every check in a loop is an exit of it, and LLVM neither unrolls nor
vectorises a loop with more than one.  A `for i in range(...)` loop that
counts up therefore gets a second copy, run when a few compares in front of
it show that some checks cannot fail:

- Sums.  `s += x` checks for i64 overflow on every iteration.  When every
  increment lies in [0, M] (a byte or u16 loaded from memory, a masked
  value, the loop's own non-negative index...), the sum after D iterations
  is at most s0 + D*M; with s0 < 2**62, D <= 2**31 and M <= 2**31 it
  cannot overflow, and the copy adds without checks.  `s -= x` likewise.
- Item accesses.  When nothing in the loop can change the length of a
  list, bytes or Buffer it indexes with the loop's index, `0 <= start` and
  `stop <= len(seq)` put every such index in range: the copy has no index
  check for them.
- The step.  With start, stop and step below 2**62, i + step cannot
  overflow.

A `while` loop is versioned the same way when its index can be recognised
(`Induction`, found by `while_induction`): a register i compared with a
bound (`i < b`, `i <= b`, `i != b` with a step of 1, or the same written
the other way round) at the loop's head, where b is computed from values
the loop does not change (`n - 1`, `len(data)`), and stepped by a constant
c > 0 (`i += c`) in the block that jumps back to the head, so on every path
around the loop.  In the copy, the step and the bound's own checked
arithmetic cannot overflow either (the compares in front bound them by
2**62), and an access `seq[i + k]` (k >= 0 a constant) loses its check
when `stop + k <= len(seq)`.

Every other check stays in both copies, so both raise the same exceptions
at the same points.  Only innermost loops are versioned, and never in
generators (their frames are rewritten later).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from unicc.analysis import dataflow
from unicc.analysis.cfg import block_successors, predecessors
from unicc.analysis.graph import on_cycles, reachable
from unicc.ir import abi, ops as o, runtime
from unicc.transform.edit import Emitter, retarget
from unicc.ir.rtypes import BOOL, I64

LIMIT = 1 << 31          # the longest loop, and the largest increment, of the fast copy
START_LIMIT = 1 << 62    # |s0| below it in the fast copy: s0 + LIMIT * LIMIT < 2**63
INDEX = "index"          # an increment bounded by the loop's index, so by its stop


@dataclass(eq=False)
class Induction:
    """A loop that counts up: a `for i in range(...)` loop (o.CountedLoop) or a
    `while` loop whose index was recognised.  In the loop, start <= index <
    stop wherever the index is read, but for the ops of `after` (the step)."""
    pre: o.BasicBlock        # in front, ending with Goto(head)
    head: o.BasicBlock
    latch: o.BasicBlock      # jumps back to head
    index: o.Register
    start: o.Register        # read at the end of pre
    stop: o.Register         # read at the end of pre, once `hoist` is emitted there
    step: o.Register
    positive: bool | None
    inc: o.BasicBlock | None = None   # range loops: ends with the step's overflow test
    unchecked: list[o.BasicBlock] = field(default_factory=list)   # end in a checked op that
    # cannot overflow in the copy (the step, the bound's arithmetic)
    hoist: list[o.Op] = field(default_factory=list)   # computes stop (and the rest) in front
    limits: list[o.Register] = field(default_factory=list)   # within +-2**62 (read in front)
    from_start: bool = False   # `i != stop`: the copy needs start <= stop
    inclusive: bool = False    # `i <= stop`: stop + 1 is the end
    header: list[o.BasicBlock] = field(default_factory=list)   # up to the test: i may be >= stop
    lengths: list[o.Register] = field(default_factory=list)   # whose lengths hoist reads


@dataclass(eq=False)
class Reduction:
    block: o.BasicBlock     # ends with the checked op and its CheckExc
    acc: o.Register         # s
    sub: bool               # s - x rather than s + x
    bound: int | str        # M, or INDEX


def version_program(fns: list[o.FuncIR]) -> None:
    keepers = length_keepers(fns)
    for fn in fns:
        version_loops(fn, keepers)


def version_loops(fn: o.FuncIR, keepers: set[str] | None = None) -> None:
    """keepers: the functions whose calls change no sequence's length (none
    if not given: a loop that calls keeps its index checks)."""
    if any(isinstance(op, o.Yield) for bb in fn.blocks for op in bb.ops):
        return
    for loop in fn.loops:
        if loop.positive is not False:
            version(fn, Induction(loop.pre, loop.head, loop.latch, loop.index, loop.start, loop.stop,
                                  loop.step, loop.positive, inc=loop.inc, header=[loop.head]), keepers or set())
    for w in fn.whiles:
        ind = while_induction(fn, w)
        if ind is not None:
            version(fn, ind, keepers or set())


def loop_blocks(fn: o.FuncIR, head: o.BasicBlock, latch: o.BasicBlock) -> list[o.BasicBlock] | None:
    """The blocks of the loop (those that reach its latch without passing its
    head), or None when it holds an inner loop."""
    preds = predecessors(fn)
    body, work = {head, latch}, [latch]
    while work:
        for p in preds[work.pop()]:
            if p not in body:
                body.add(p)
                work.append(p)

    def inside(bb: o.BasicBlock) -> list[o.BasicBlock]:
        """Edges within the body, but for the latch -> head edge."""
        return [s for s in block_successors(bb)
                if s in body and not (bb is latch and s is head)]
    # innermost: no cycle inside apart from the latch -> head edge
    if on_cycles(reachable([head], inside), inside):
        return None
    return [bb for bb in fn.blocks if bb in body]


def defs_in(blocks: list[o.BasicBlock]) -> dict[o.Register, list[o.Op]]:
    """Each register written in the blocks, with the ops that write it (an
    out-parameter is written by the op that takes its address)."""
    defs: dict[o.Register, list[o.Op]] = {}
    for bb in blocks:
        for op in bb.ops:
            for dest in dataflow.writes(op):
                defs.setdefault(dest, []).append(op)
    return defs


Range = tuple[int, int] | str | None   # [lo, hi], INDEX, or unknown


def ranges(defs: dict[o.Register, list[o.Op]], loop: Induction,
           live: set[o.Register]) -> dict[o.Register, Range]:
    """What each register defined in the loop may hold, over all its
    definitions there (a few rounds to a fixed point, else unknown); one live
    on entry to the loop may also hold a value from before it: unknown."""
    rng: dict[o.Register, Range] = {}
    for _ in range(8):
        new = {r: None if r in live else join([value(op, rng, defs, loop) for op in ops])
               for r, ops in defs.items()}
        if new == rng:
            return rng
        rng = new
    return {r: None for r in defs}


def join(rs: list[Range]) -> Range:
    if any(r is None for r in rs):
        return None
    if all(r == INDEX for r in rs):
        return INDEX
    if any(r == INDEX for r in rs):
        return None
    ints = [r for r in rs if isinstance(r, tuple)]
    return (min(r[0] for r in ints), max(r[1] for r in ints)) if ints else (0, 0)


def value(op: o.Op, rng: dict[o.Register, Range], defs: dict[o.Register, list[o.Op]],
          loop: Induction) -> Range:
    def of(r: o.Register) -> Range:
        if r is loop.index:
            return INDEX
        if r in defs:
            return rng.get(r, (0, 0))   # (0, 0): not reached yet in the first round
        return None                     # set before the loop: unknown here

    if isinstance(op, o.Const):
        v = op.value
        return (v, v) if isinstance(v, int) and not isinstance(v, bool) else None
    if isinstance(op, o.Assign):
        return of(op.src)
    if isinstance(op, o.LoadElem):
        return (0, (1 << (8 * op.size)) - 1) if op.size < 8 else None
    if isinstance(op, o.Convert):
        t = op.src.type
        return (0, (1 << t.bits) - 1) if t.is_int and not t.signed and t.bits < 64 else None
    if isinstance(op, o.Binary):
        a, b = of(op.a), of(op.b)
        masks = [r for r in (a, b) if isinstance(r, tuple) and r[0] >= 0]
        if op.op == "and" and masks and op.dest.type.is_int:   # x & m, m >= 0: in [0, m]
            return (0, min(r[1] for r in masks))
        if not (isinstance(a, tuple) and isinstance(b, tuple) and a[0] >= 0 and b[0] >= 0):
            return None
        if op.op == "and":
            return (0, min(a[1], b[1]))
        if op.op == "or":
            return (0, (1 << max(a[1], b[1]).bit_length()) - 1)
        if op.op in ("wshl", "lshift") and b[1] < 32 and a[1] << b[1] < START_LIMIT:
            return (a[0] << b[0], a[1] << b[1])
        if op.op in ("wshr", "rshift"):
            return (a[0] >> b[1], a[1] >> b[0])
        if op.op in ("add", "nadd", "wadd") and a[1] + b[1] < START_LIMIT:
            return (a[0] + b[0], a[1] + b[1])
    return None


def reductions(blocks: list[o.BasicBlock], loop: Induction,
               defs: dict[o.Register, list[o.Op]], rng: dict[o.Register, Range]) -> list[Reduction]:
    found: list[Reduction] = []
    for bb in blocks:
        if len(bb.ops) < 2 or not isinstance(bb.ops[-1], o.CheckExc):
            continue
        op = bb.ops[-2]
        if not (isinstance(op, o.Binary) and op.op in ("add", "sub") and op.dest.type == I64):
            continue
        sub = op.op == "sub"
        acc, x = (op.a, op.b) if sub or op.a in defs else (op.b, op.a)
        if acc is loop.index or acc not in defs or len(defs.get(op.dest, [])) != 1:
            continue
        # s is written in the loop only as s = (this op's result)
        if not all(isinstance(d, o.Assign) and d.src is op.dest for d in defs[acc]):
            continue
        r = INDEX if x is loop.index else rng.get(x) if x in defs else None
        if r == INDEX or (isinstance(r, tuple) and r[0] >= 0 and r[1] <= LIMIT):
            found.append(Reduction(bb, acc, sub, r if isinstance(r, str) else r[1]))
    return found


def version(fn: o.FuncIR, loop: Induction, keepers: set[str]) -> None:
    last = loop.pre.ops[-1] if loop.pre.ops else None
    if not (isinstance(last, o.Goto) and last.target is loop.head):
        return   # the loop is dead code
    blocks = loop_blocks(fn, loop.head, loop.latch)
    if blocks is None:
        return
    defs = defs_in(blocks)
    if loop.inc is not None and (loop.start in defs or loop.stop in defs or loop.step in defs):
        return
    ops = [op for bb in blocks for op in bb.ops]
    if loop.lengths and (may_change_lengths(ops, keepers) or any(
            r in defs or isinstance(op, o.SetField) and op.obj is r for r in loop.lengths for op in ops)):
        return
    live = dataflow.liveness(fn)[loop.head] - {loop.index}
    rng = ranges(defs, loop, live)
    found = reductions(blocks, loop, defs, rng)
    offs = offsets(fn, blocks, defs, loop, rng, live)
    tested = [bb for bb in blocks if bb not in loop.header]
    seqs = indexed(blocks, tested, defs, loop, rng, offs, keepers)
    keys = masked(blocks, defs, rng, keepers)
    if not found and not seqs and not keys:
        return
    # the fast copy: sums, bounds and the step unchecked
    copy = {bb: o.BasicBlock(len(fn.blocks) + k) for k, bb in enumerate(blocks)}
    fn.blocks.extend(copy.values())
    plain = {r.block for r in found} | set(loop.unchecked) | {b for _, b in offs.values() if b is not None}
    for bb, nb in copy.items():
        nb.ops = [retarget(op, copy) for op in bb.ops]
        last = nb.ops[-1] if nb.ops else None
        if isinstance(last, o.Branch) and last.bounds is not None and last.bounds[0] in seqs \
                and bb in tested and offset(last.bounds[1], loop, rng, offs) is not None:
            nb.ops[-1] = o.Goto(last.true)   # 0 <= start <= i + k < stop + k + width - 1 <= len(seq)
        elif isinstance(last, o.Branch) and last.bounds is not None and last.bounds[0] in keys \
                and isinstance(rng.get(last.bounds[1]), tuple):
            nb.ops[-1] = o.Goto(last.true)   # 0 <= lo <= x <= hi < len(seq)
        if bb is loop.inc:
            nb.ops[-1] = o.Goto(copy[loop.latch])   # i + step < 2**62 + 2**62
        if bb in plain:
            ck = bb.ops[-1]
            assert isinstance(ck, o.CheckExc)
            arith = nb.ops[-2]
            assert isinstance(arith, o.Binary)
            nb.ops[-2] = o.Binary(arith.dest, "nsub" if arith.op == "sub" else "nadd", arith.a, arith.b)
            nb.ops[-1] = o.Goto(copy.get(ck.ok, ck.ok))
    # in front: pick the copy when no sum can overflow and every index fits
    loop.pre.ops.pop()
    emit = Emitter(fn, loop.pre)
    stop, step, limits = in_front(emit, loop)
    for seq, (least, most) in seqs.items():   # None has no length: the checked loop
        emit.branch(emit.cmp("ne", seq, emit.null()), loop.head)
        end = emit.binary("wadd", stop, emit.const(most)) if most else stop
        ok = emit.cmp("le", end, emit.field(seq, abi.SEQ_LEN))
        emit.branch(ok, loop.head)
        if least < 0:   # start >= 0 is tested below: start + least cannot wrap
            emit.branch(emit.cmp("ge", emit.binary("wadd", loop.start, emit.const(least)), emit.const(0)),
                        loop.head)
    for seq, reach in keys.items():
        emit.branch(emit.cmp("ne", seq, emit.null()), loop.head)
        emit.branch(emit.cmp("le", emit.const(reach), emit.field(seq, abi.SEQ_LEN)), loop.head)
    if loop.positive is None:   # a step known at run time: the copy counts up
        emit.branch(emit.cmp("gt", step, emit.const(0)), loop.head)
    ok = emit.cmp("ge", loop.start, emit.const(0))
    ok = emit.binary("and", ok, emit.cmp("le", stop, emit.const(START_LIMIT)), BOOL)
    ok = emit.binary("and", ok, emit.cmp("le", step, emit.const(START_LIMIT)), BOOL)
    span = emit.binary("wsub", stop, loop.start)   # exact once start >= 0
    ok = emit.binary("and", ok, emit.cmp("le", span, emit.const(LIMIT)), BOOL)
    if loop.from_start:   # i != stop: i < stop in the loop
        ok = emit.binary("and", ok, emit.cmp("le", loop.start, stop), BOOL)
    for lim in limits:
        ok = emit.binary("and", ok, emit.cmp("le", lim, emit.const(START_LIMIT)), BOOL)
        ok = emit.binary("and", ok, emit.cmp("ge", lim, emit.const(-START_LIMIT)), BOOL)
    if any(r.bound == INDEX for r in found):
        ok = emit.binary("and", ok, emit.cmp("le", stop, emit.const(LIMIT)), BOOL)
    for r in found:
        far = emit.cmp("ge", r.acc, emit.const(-START_LIMIT)) if r.sub else \
            emit.cmp("lt", r.acc, emit.const(START_LIMIT))
        ok = emit.binary("and", ok, far, BOOL)
    emit.bb.ops.append(o.Branch(ok, copy[loop.head], loop.head))


def in_front(emit: Emitter, loop: Induction) -> tuple[o.Register, o.Register, list[o.Register]]:
    """Emits loop.hoist (the bound's computation, with fresh registers and
    wrapping arithmetic: its limits decide whether it is exact); returns stop,
    step and the limits as read in front of the loop."""
    new: dict[o.Register, o.Register] = {}

    def get(r: o.Register) -> o.Register:
        return new.get(r, r)
    for op in loop.hoist:
        if isinstance(op, o.Assign):
            new[op.dest] = get(op.src)
            continue
        assert isinstance(op, (o.Const, o.GetField, o.Binary))
        r = emit.reg(op.dest.type)
        if isinstance(op, o.Const):
            emit.bb.ops.append(o.Const(r, op.value))
        elif isinstance(op, o.GetField):   # a length: None has none, the checked loop
            emit.branch(emit.cmp("ne", get(op.obj), emit.null()), loop.head)
            emit.bb.ops.append(o.GetField(r, get(op.obj), op.index))
        else:
            assert isinstance(op, o.Binary)
            wrap = {"add": "wadd", "nadd": "wadd", "sub": "wsub", "nsub": "wsub"}[op.op]
            emit.bb.ops.append(o.Binary(r, wrap, get(op.a), get(op.b)))
        new[op.dest] = r
    stop = get(loop.stop)
    if loop.inclusive:   # i <= stop
        stop = emit.binary("wadd", stop, emit.const(1))
    return stop, get(loop.step), [get(r) for r in loop.limits]


def constants(fn: o.FuncIR) -> dict[o.Register, int]:
    """The registers written once in the function, with an int constant."""
    seen: dict[o.Register, list[o.Op]] = {}
    for bb in fn.blocks:
        for op in bb.ops:
            for r in dataflow.writes(op):
                seen.setdefault(r, []).append(op)
    out: dict[o.Register, int] = {}
    for r, ops in seen.items():
        c = ops[0]
        if len(ops) == 1 and isinstance(c, o.Const) and isinstance(c.value, int) \
                and not isinstance(c.value, bool):
            out[r] = c.value
    return out


Offsets = dict[o.Register, tuple[int, "o.BasicBlock | None"]]


def offsets(fn: o.FuncIR, blocks: list[o.BasicBlock], defs: dict[o.Register, list[o.Op]],
            loop: Induction, rng: dict[o.Register, Range], live: set[o.Register]) -> Offsets:
    """The registers that hold i + k (k a constant in [-LIMIT, LIMIT]) wherever
    the loop reads them, each with the block whose check of the add the copy
    drops (i < stop <= 2**62: it cannot overflow), if it is checked."""
    consts = constants(fn)
    out: Offsets = {}
    for bb in blocks:
        for n, op in enumerate(bb.ops):
            if not (isinstance(op, o.Binary) and op.op in ("add", "nadd", "wadd", "sub", "nsub", "wsub")
                    and op.dest.type == I64):
                continue
            if op.dest in live or len(defs.get(op.dest, [])) != 1 or op.dest is loop.index:
                continue
            sub = op.op in ("sub", "nsub", "wsub")
            for a, c in ((op.a, op.b),) if sub else ((op.a, op.b), (op.b, op.a)):
                k = consts.get(c)
                if k is not None and -LIMIT <= k <= LIMIT and by_index(a, loop, rng):
                    checked = op.op in ("add", "sub") and n == len(bb.ops) - 2 \
                        and isinstance(bb.ops[-1], o.CheckExc)
                    if op.op in ("add", "sub") and not checked:
                        break
                    out[op.dest] = (-k if sub else k, bb if checked else None)
                    break
    return out


def offset(i: o.Register, loop: Induction, rng: dict[o.Register, Range], offs: Offsets) -> int | None:
    """k when i holds the loop's index + k."""
    if by_index(i, loop, rng):
        return 0
    return offs[i][0] if i in offs else None


def indexed(blocks: list[o.BasicBlock], tested: list[o.BasicBlock], defs: dict[o.Register, list[o.Op]],
            loop: Induction, rng: dict[o.Register, Range], offs: Offsets,
            keepers: set[str]) -> dict[o.Register, tuple[int, int]]:
    """The sequences set before the loop whose item accesses by the loop's
    index (plus a constant k) it checks (Branch.bounds), when nothing in the
    loop can change their lengths, each with the least k and the most any
    access reaches past the index (k + width - 1): in the copy,
    `start + least >= 0` and `stop + most <= len(seq)` make those checks moot."""
    ops = [op for bb in blocks for op in bb.ops]
    if may_change_lengths(ops, keepers):
        return {}
    written = {op.obj for op in ops if isinstance(op, o.SetField)}
    seqs: dict[o.Register, tuple[int, int]] = {}
    for bb in tested:
        op = bb.ops[-1] if bb.ops else None
        if isinstance(op, o.Branch) and op.bounds is not None:
            seq, i, width = op.bounds
            k = offset(i, loop, rng, offs)
            if k is not None and seq not in defs and seq not in written \
                    and (seq in seqs or len(seqs) < 4):
                lo, hi = seqs.get(seq, (0, 0))
                seqs[seq] = (min(lo, k), max(hi, k + width - 1))
    return seqs


def masked(blocks: list[o.BasicBlock], defs: dict[o.Register, list[o.Op]],
           rng: dict[o.Register, Range], keepers: set[str]) -> dict[o.Register, int]:
    """The sequences set before the loop that it indexes by values in [0, hi]
    (`key[i & 15]`, a byte), each with the largest end (hi + width) of such
    an access: in the copy, `that <= len(seq)` makes those checks moot."""
    ops = [op for bb in blocks for op in bb.ops]
    if may_change_lengths(ops, keepers):
        return {}
    written = {op.obj for op in ops if isinstance(op, o.SetField)}
    seqs: dict[o.Register, int] = {}
    for op in ops:
        if isinstance(op, o.Branch) and op.bounds is not None:
            seq, i, width = op.bounds
            r = rng.get(i) if i in defs else None
            if isinstance(r, tuple) and 0 <= r[0] and r[1] < LIMIT and seq not in defs \
                    and seq not in written and (seq in seqs or len(seqs) < 4):
                seqs[seq] = max(seqs.get(seq, 0), r[1] + width)
    return seqs


def may_change_lengths(ops: list[o.Op], keepers: set[str], stores: bool = False) -> bool:
    """Whether the ops may change the length of a sequence: a call of a
    function that may (keepers: the compiled functions that cannot), of the
    runtime that may, or through a pointer; with `stores`, also a store where
    a length is kept (a loop's own stores are told apart by their object)."""
    return any(isinstance(op, o.CallPtr)
               or isinstance(op, o.Call) and op.func not in keepers
               or isinstance(op, o.CallRT) and not runtime.keeps_lengths(op.func)
               or stores and isinstance(op, o.SetField) and op.index == abi.SEQ_LEN for op in ops)


def length_keepers(fns: list[o.FuncIR]) -> set[str]:
    """The functions that cannot change the length of any sequence, whatever
    they call (a fixed point: a function is out once it may call one that is)."""
    keep = {fn.name for fn in fns}
    changed = True
    while changed:
        changed = False
        for fn in fns:
            if fn.name in keep and may_change_lengths([op for bb in fn.blocks for op in bb.ops], keep, True):
                keep.discard(fn.name)
                changed = True
    return keep


def while_induction(fn: o.FuncIR, w: o.WhileLoop) -> Induction | None:
    """The index of a `while` loop: `i < b` (or `<=`, or `!=` stepping by 1,
    or the same written the other way round) tested first at its head, b
    computed from values the loop does not change, i set in the loop only by
    `i = i + c` (c > 0 a constant) in the block that jumps back to the head,
    after which nothing there reads it.  None if there is no such index."""
    last = w.pre.ops[-1] if w.pre.ops else None
    if not (isinstance(last, o.Goto) and last.target is w.head):
        return None
    latches = [p for p in predecessors(fn)[w.head] if p is not w.pre]
    if len(latches) != 1:
        return None
    latch = latches[0]
    blocks = loop_blocks(fn, w.head, latch)
    if blocks is None:
        return None
    inside = set(blocks)
    defs = defs_in(blocks)
    # the straight path from the head to the first branch: the test
    header: list[o.BasicBlock] = []
    bb = w.head
    while True:
        if bb in header or bb not in inside or len(header) > 8 or not bb.ops:
            return None
        header.append(bb)
        end = bb.ops[-1]
        if isinstance(end, o.Goto):
            bb = end.target
        elif isinstance(end, o.CheckExc) and end.error not in inside:
            bb = end.ok
        elif isinstance(end, o.Branch):
            break
        else:
            return None
    if end.true not in inside or end.false in inside:
        return None
    tested_ops = {id(op) for b in header for op in b.ops}

    def single(r: o.Register) -> o.Op | None:
        ops = defs.get(r, [])
        return ops[0] if len(ops) == 1 and id(ops[0]) in tested_ops else None
    cmp = single(end.cond)
    while isinstance(cmp, o.Assign):
        cmp = single(cmp.src)
    if not (isinstance(cmp, o.Binary) and cmp.op in ("lt", "le", "ne", "gt", "ge")):
        return None
    consts = constants(fn)
    for rel, i, bound in ((cmp.op, cmp.a, cmp.b), ({"gt": "lt", "ge": "le"}.get(cmp.op, cmp.op), cmp.b, cmp.a)):
        if rel in ("gt", "ge") or i.type != I64:
            continue
        found = stepped(latch, blocks, defs, i, consts)
        if found is None:
            continue
        add, check = found
        c = add.b if add.a is i else add.a
        if rel == "ne" and consts[c] != 1:
            continue
        ind = Induction(w.pre, w.head, latch, i, i, bound, c, True, header=header,
                        inclusive=rel == "le", from_start=rel == "ne")
        if check is not None:
            ind.unchecked.append(check)
        if not (lift(c, defs, single, consts, ind) and lift(bound, defs, single, consts, ind)):
            continue
        if ind.inclusive:
            ind.limits.append(bound)
        return ind
    return None


def stepped(latch: o.BasicBlock, blocks: list[o.BasicBlock], defs: dict[o.Register, list[o.Op]],
            i: o.Register, consts: dict[o.Register, int]) -> tuple[o.Binary, o.BasicBlock | None] | None:
    """The add of `i = i + c` when that is the loop's only write of i, in its
    latch, with nothing there reading i after it; with the block that ends
    with its check, if it is checked."""
    ops = defs.get(i, [])
    if len(ops) != 1 or not isinstance(ops[0], o.Assign) or not any(op is ops[0] for op in latch.ops):
        return None
    at = next(n for n, op in enumerate(latch.ops) if op is ops[0])
    if any(i in dataflow.uses_defs(op)[0] for op in latch.ops[at + 1:]):
        return None
    add = defs.get(ops[0].src, [])
    if len(add) != 1 or not isinstance(add[0], o.Binary) or add[0].op not in ("add", "nadd", "wadd"):
        return None
    op = add[0]
    c = op.b if op.a is i else op.a if op.b is i else None
    if c is None or not 0 < consts.get(c, 0) <= LIMIT:
        return None
    if op.op != "add":
        return op, None
    check = checked_in(op, blocks)
    return (op, check) if check is not None else None


def checked_in(op: o.Binary, blocks: list[o.BasicBlock]) -> o.BasicBlock | None:
    """The block that ends with op and its CheckExc."""
    for bb in blocks:
        if len(bb.ops) >= 2 and bb.ops[-2] is op and isinstance(bb.ops[-1], o.CheckExc):
            return bb
    return None


def lift(r: o.Register, defs: dict[o.Register, list[o.Op]], single: Callable[[o.Register], o.Op | None],
         consts: dict[o.Register, int], ind: Induction, depth: int = 0) -> bool:
    """Whether r's value in the loop can be computed in front of it: set
    before the loop, a constant, or computed in the loop's test from such
    values by +, - or a length (the loop must not change it); appends the ops
    that compute it to ind.hoist, and the operands of checked arithmetic to
    ind.limits."""
    if r not in defs:
        return True
    if any(op.dest is r for op in ind.hoist if isinstance(op, (o.Const, o.Assign, o.GetField, o.Binary))):
        return True
    if r in consts:
        ind.hoist.append(o.Const(r, consts[r]))
        return True
    op = single(r)
    if op is None or depth > 4:
        return False
    if isinstance(op, o.Assign):
        ok = lift(op.src, defs, single, consts, ind, depth + 1)
    elif isinstance(op, o.GetField) and op.index == abi.SEQ_LEN and op.dest.type == I64:
        ok = lift(op.obj, defs, single, consts, ind, depth + 1)
        ind.lengths.append(op.obj)
    elif isinstance(op, o.Binary) and op.op in ("add", "sub", "nadd", "nsub", "wadd", "wsub") \
            and op.dest.type == I64:
        ok = lift(op.a, defs, single, consts, ind, depth + 1) and lift(op.b, defs, single, consts, ind, depth + 1)
        if op.op in ("add", "sub"):
            check = checked_in(op, ind.header)
            if check is None:
                return False
            ind.unchecked.append(check)
            ind.limits += [op.a, op.b]
    else:
        return False
    ind.hoist.append(op)
    return ok


def by_index(i: o.Register, loop: Induction, rng: dict[o.Register, Range]) -> bool:
    return i is loop.index or rng.get(i) == INDEX
