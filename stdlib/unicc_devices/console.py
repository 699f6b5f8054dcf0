"""The console every target has: the runtime's standard output (stdout on
unix; the serial line or the Xen console on a guest)."""

from __future__ import annotations


class StdoutConsole:
    def write(self, text: str) -> None:
        print(text, end="")

    def log(self, line: str) -> None:
        print(line)
