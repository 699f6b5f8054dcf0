"""A submodule imported by `from tools import names`."""

greeting = "hello"
