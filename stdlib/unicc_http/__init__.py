"""unicc_http: an HTTP/1.1 server's library, in the subset (docs/appliances.md).

`request` parses requests (RFC 9112) as an incremental state machine: bytes
go in as they arrive, whole requests come out in order (several per read
when the client pipelines), and a request it cannot accept raises
`HttpError` with the status to answer.  `response` writes responses and
the values of their fields (IMF-fixdate, Content-Type by extension), and
`static` answers GET and HEAD from a set of files (validators, 304, single
ranges); `siteimage` packs such a set into one image for a Block device
and reads it back.  Nothing here does I/O, so the same code runs under CPython, in
the tests and in examples/web.
"""
