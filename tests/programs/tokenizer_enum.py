# A tokenizer and recursive-descent evaluator using IntEnum kinds and a dataclass Token.
from dataclasses import dataclass
from enum import IntEnum


class Kind(IntEnum):
    NUM = 1
    OP = 2
    LPAREN = 3
    RPAREN = 4


@dataclass
class Token:
    kind: Kind
    text: str


def tokenize(src: str) -> list[Token]:
    out: list[Token] = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            out.append(Token(Kind.NUM, src[i:j]))
            i = j
        elif ch in "+-*/":
            out.append(Token(Kind.OP, ch))
            i += 1
        elif ch in "()":
            out.append(Token(Kind.LPAREN if ch == "(" else Kind.RPAREN, ch))
            i += 1
        else:
            raise ValueError(f"bad character {ch!r} at {i}")
    return out


class Parser:
    def __init__(self, tokens: list[Token]) -> None:
        self.toks = tokens
        self.pos = 0

    def peek(self) -> Token | None:
        return self.toks[self.pos] if self.pos < len(self.toks) else None

    def at_op(self, ops: str) -> bool:
        t = self.peek()
        return t is not None and t.kind == Kind.OP and t.text in ops

    def take(self) -> Token:
        tok = self.toks[self.pos]
        self.pos += 1
        return tok

    def expr(self) -> int:
        value = self.term()
        while self.at_op("+-"):
            if self.take().text == "+":
                value = value + self.term()
            else:
                value = value - self.term()
        return value

    def term(self) -> int:
        value = self.atom()
        while self.at_op("*/"):
            if self.take().text == "*":
                value = value * self.atom()
            else:
                value = value // self.atom()
        return value

    def atom(self) -> int:
        tok = self.take()
        if tok.kind == Kind.LPAREN:
            v = self.expr()
            self.take()
            return v
        if tok.kind == Kind.OP and tok.text == "-":
            return -self.atom()
        return int(tok.text)


for src in ["1 + 2 * 3", "(1 + 2) * 3", "100 / 7 - -3", "2 * (3 + 4) * 5 - 6 / 2", "42", "1 $ 2"]:
    try:
        toks = tokenize(src)
        print(src, "|", [(int(t.kind), t.text) for t in toks], "=", Parser(toks).expr())
    except ValueError as e:
        print(src, "| error:", e)
print(tokenize("(7)"))
