"""unicc_dns: an authoritative DNS server's library, in the subset (docs/appliances.md).

`wire` reads and writes the message format of RFC 1035 (names with
compression pointers, checked so that a malformed message raises
`DnsFormatError` and nothing else), `rdata` the record types it serves,
`message` whole messages with EDNS0 (RFC 6891), `zone` reads an RFC 1035
master file, and `server` answers queries from a zone.  Nothing here does
I/O: the server takes a query's bytes and gives the response's bytes, so
the same code runs under CPython, in the tests and in examples/dns.
"""
