"""Xen's paravirtual device interfaces in the subset: event channels
(evtchn), grant tables (grant), the xenstore client (xenstore) and the
device handshake (xenbus), written against the Hypervisor of hypervisor.py
so that they run on a real Xen (guest.py, compiled for a Xen guest) and on a
fake hypervisor written in Python (tests/programs/xen_*.py).
"""
