"""Where the compiler's own files are, for the modules that must not import
the front end (the reference run loads no mypy)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STDLIB = ROOT / "stdlib"
