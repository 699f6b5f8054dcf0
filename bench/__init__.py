"""Measurements of unicc's output, run from the repository root
(`python -m bench.<name>`); not part of the installed package."""
