"""unicc_openflow: the OpenFlow 1.0 wire protocol, in the subset (docs/appliances.md).

`wire` holds the constants of the OpenFlow 1.0.0 specification and the
structures messages share (the 40-byte match, the 48-byte physical port,
actions), `messages` encodes and decodes whole messages, `framer` cuts a
TCP byte stream into them, `packet` reads the 1.0 12-tuple match off an
Ethernet frame, and `learning` is a learning switch's controller for one
switch (examples/ofcontroller runs one per connection); `flowtable`,
`rewrite` and `switch` are the other side, a switch's flow table, its
set-field actions and its half of the protocol (examples/ofswitch).  Nothing here does I/O: a message is bytes in, an object
out, and back, so the same code runs under CPython, in the tests and in
examples/ofcontroller.  A malformed message raises `OpenFlowError` and
nothing else.
"""
