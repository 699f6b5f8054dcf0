"""Analyses of the IR that passes and the backend share: control flow and
dataflow (cfg.py, dataflow.py), the call graph (callgraph.py), and the one
graph algorithm they all use to find cycles (graph.py)."""
