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

Every other check stays in both copies, so both raise the same exceptions
at the same points.  Only innermost loops are versioned, and never in
generators (their frames are rewritten later).
"""

from __future__ import annotations

from dataclasses import dataclass

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
class Reduction:
    block: o.BasicBlock     # ends with the checked op and its CheckExc
    acc: o.Register         # s
    sub: bool               # s - x rather than s + x
    bound: int | str        # M, or INDEX


def version_loops(fn: o.FuncIR) -> None:
    if any(isinstance(op, o.Yield) for bb in fn.blocks for op in bb.ops):
        return
    for loop in fn.loops:
        if loop.positive is not False:
            version(fn, loop)


def loop_blocks(fn: o.FuncIR, loop: o.CountedLoop) -> list[o.BasicBlock] | None:
    """The blocks of the loop (those that reach its latch without passing its
    head), or None when it holds an inner loop."""
    preds = predecessors(fn)
    body, work = {loop.head, loop.latch}, [loop.latch]
    while work:
        for p in preds[work.pop()]:
            if p not in body:
                body.add(p)
                work.append(p)

    def inside(bb: o.BasicBlock) -> list[o.BasicBlock]:
        """Edges within the body, but for the latch -> head edge."""
        return [s for s in block_successors(bb)
                if s in body and not (bb is loop.latch and s is loop.head)]
    # innermost: no cycle inside apart from the latch -> head edge
    if on_cycles(reachable([loop.head], inside), inside):
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


def ranges(defs: dict[o.Register, list[o.Op]], loop: o.CountedLoop,
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
          loop: o.CountedLoop) -> Range:
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


def reductions(blocks: list[o.BasicBlock], loop: o.CountedLoop,
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


def version(fn: o.FuncIR, loop: o.CountedLoop) -> None:
    last = loop.pre.ops[-1] if loop.pre.ops else None
    if not (isinstance(last, o.Goto) and last.target is loop.head):
        return   # the loop is dead code
    blocks = loop_blocks(fn, loop)
    if blocks is None:
        return
    defs = defs_in(blocks)
    if loop.start in defs or loop.stop in defs or loop.step in defs:
        return
    rng = ranges(defs, loop, dataflow.liveness(fn)[loop.head] - {loop.index})
    found = reductions(blocks, loop, defs, rng)
    seqs = indexed(blocks, defs, loop, rng)
    if not found and not seqs:
        return
    # the fast copy: sums, bounds and the step unchecked
    copy = {bb: o.BasicBlock(len(fn.blocks) + k) for k, bb in enumerate(blocks)}
    fn.blocks.extend(copy.values())
    plain = {r.block for r in found}
    for bb, nb in copy.items():
        nb.ops = [retarget(op, copy) for op in bb.ops]
        last = nb.ops[-1] if nb.ops else None
        if isinstance(last, o.Branch) and last.bounds is not None and last.bounds[0] in seqs \
                and by_index(last.bounds[1], loop, rng) and last.bounds[2] == 1:
            nb.ops[-1] = o.Goto(last.true)   # start <= i < stop <= len(seq)
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
    for seq in seqs:   # None has no length: the checked loop
        emit.branch(emit.cmp("ne", seq, emit.null()), loop.head)
        ok = emit.cmp("le", loop.stop, emit.field(seq, abi.SEQ_LEN))
        emit.branch(ok, loop.head)
    if loop.positive is None:   # a step known at run time: the copy counts up
        emit.branch(emit.cmp("gt", loop.step, emit.const(0)), loop.head)
    ok = emit.cmp("ge", loop.start, emit.const(0))
    ok = emit.binary("and", ok, emit.cmp("le", loop.stop, emit.const(START_LIMIT)), BOOL)
    ok = emit.binary("and", ok, emit.cmp("le", loop.step, emit.const(START_LIMIT)), BOOL)
    span = emit.binary("wsub", loop.stop, loop.start)   # exact once start >= 0
    ok = emit.binary("and", ok, emit.cmp("le", span, emit.const(LIMIT)), BOOL)
    if any(r.bound == INDEX for r in found):
        ok = emit.binary("and", ok, emit.cmp("le", loop.stop, emit.const(LIMIT)), BOOL)
    for r in found:
        far = emit.cmp("ge", r.acc, emit.const(-START_LIMIT)) if r.sub else \
            emit.cmp("lt", r.acc, emit.const(START_LIMIT))
        ok = emit.binary("and", ok, far, BOOL)
    emit.bb.ops.append(o.Branch(ok, copy[loop.head], loop.head))


def indexed(blocks: list[o.BasicBlock], defs: dict[o.Register, list[o.Op]], loop: o.CountedLoop,
            rng: dict[o.Register, Range]) -> list[o.Register]:
    """The sequences set before the loop whose item accesses by the loop's
    index it checks (Branch.bounds), when nothing in the loop can change
    their lengths: in the copy, `stop <= len(seq)` makes those checks moot."""
    ops = [op for bb in blocks for op in bb.ops]
    if any(isinstance(op, (o.Call, o.CallPtr))
           or isinstance(op, o.CallRT) and not runtime.keeps_lengths(op.func) for op in ops):
        return []
    written = {op.obj for op in ops if isinstance(op, o.SetField)}
    seqs: list[o.Register] = []
    for op in ops:
        if isinstance(op, o.Branch) and op.bounds is not None:
            seq, i, _ = op.bounds   # wider accesses: LLVM may still use the fact
            if by_index(i, loop, rng) and seq not in defs and seq not in written and seq not in seqs:
                seqs.append(seq)
    return seqs[:4]


def by_index(i: o.Register, loop: o.CountedLoop, rng: dict[o.Register, Range]) -> bool:
    return i is loop.index or rng.get(i) == INDEX
