"""A package whose submodules are reached as pkg.mod."""
