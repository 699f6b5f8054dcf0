"""unicc_net: a network stack written in the subset (docs/network.md).

Shaped like smoltcp: one module per protocol holds a view over a
`unicc_buf.Buffer` that parses, checks and emits that protocol's header and
keeps no state (ethernet, arp, ipv4, icmp, udp); the state machines above
them (arp's cache, ipv4's reassembly, stack.py) take the current time as an
argument, so every test can run on a fake clock.  Nothing here does I/O: the
stack is handed frames by its Netif device and hands frames back to it.
"""
