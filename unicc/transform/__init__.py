"""Passes over the finished IR: each rewrites a ModuleIR in place, keeping its
meaning (pipeline.py lists them in the order they run)."""
