# unicc_http: requests parsed incrementally (each fed whole, split at every
# byte boundary and byte by byte: the outcomes must not depend on how the
# bytes arrive), pipelined requests, chunked bodies, malformed requests and
# the limits (400, 413, 414, 431, 501, 505); then the static site's
# answers (304, 206, 416, HEAD, index, 301, 404, 405, 501) and IMF-fixdates.
from unicc_http.request import HttpError, Parser, Request
from unicc_http.response import content_type, http_date, parse_http_date
from unicc_http.static import Resource, answer

CASES: list[bytes] = [
    b"GET / HTTP/1.1\r\nHost: a\r\n\r\n",
    b"GET /x?y=1 HTTP/1.1\r\nHost: a\r\nUser-Agent: t\r\nAccept: */*\r\n\r\n",
    b"\r\n\r\nGET / HTTP/1.0\r\n\r\n",
    b"GET /a HTTP/1.1\r\nHost: a\r\n\r\nHEAD /b HTTP/1.1\r\nHost: a\r\n\r\nGET /c HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n",
    b"POST /p HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhelloGET /q HTTP/1.1\r\nHost: a\r\n\r\n",
    b"POST /p HTTP/1.1\r\nHost: a\r\nContent-Length: 3, 3\r\n\r\nabc",
    b"POST /c HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\nX-T: 1\r\n\r\n",
    b"POST /c HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: Chunked\r\n\r\nA\r\n0123456789\r\n0\r\n\r\nGET / HTTP/1.1\r\nHost: b\r\n\r\n",
    b"GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n",
    b"GET / HTTP/1.1\r\nHost: a\r\nConnection: foo, Close\r\n\r\n",
    b"GET / HTTP/1.1\r\nHost: a\r\nX: 1\r\nX: 2\r\nEmpty:\r\nSpaces:  v v \t\r\n\r\n",
    b"OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n",
    b"GET http://a/b?c HTTP/1.1\r\nHost: a\r\n\r\n",
    # malformed
    b"GET / HTTP/1.1\r\n\r\n",
    b"GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
    b"G(T / HTTP/1.1\r\nHost: a\r\n\r\n",
    b"GET  / HTTP/1.1\r\nHost: a\r\n\r\n",
    b"GET /\x01 HTTP/1.1\r\nHost: a\r\n\r\n",
    b"GET / HTTP/2.0\r\nHost: a\r\n\r\n",
    b"GET / HTTP/1.x\r\nHost: a\r\n\r\n",
    b"GET / HTTX/1.1\r\nHost: a\r\n\r\n",
    b"GET /\nHost: a\n\n",
    b"GET / HTTP/1.1\r\nHost : a\r\n\r\n",
    b"GET / HTTP/1.1\r\nHost: a\r\n folded\r\n\r\n",
    b"GET / HTTP/1.1\r\nHost: a\r\nNoColon\r\n\r\n",
    b"GET / HTTP/1.1\r\nHost: a\x00b\r\n\r\n",
    b"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1, 2\r\n\r\nab",
    b"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n",
    b"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n",
    b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip, chunked\r\n\r\n",
    b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
    b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcd\r\n",
    b"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 65\r\n\r\n",
    b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n40\r\n" + b"x" * 64 + b"\r\n1\r\n",
    b"GET /" + b"a" * 70 + b" HTTP/1.1\r\nHost: a\r\n\r\n",
    b"GET /" + b"a" * 70,
    b"GET / HTTP/1.1\r\nHost: a\r\n" + b"X: 1\r\n" * 9 + b"\r\n",
    b"GET / HTTP/1.1\r\nHost: a\r\nX: " + b"y" * 130 + b"\r\n\r\n",
    b"GET / HTTP/1.1\r\nHost: a\r\n\r\nBAD\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n",
    b"GET / HTTP/1.1\r\nHost: a\r\n",
]


def show(req: Request) -> str:
    return f"{req.method} {req.target} 1.{req.minor} {req.fields} body={req.body!r} keep={req.keep_alive()}"


def outcome(pieces: list[bytes]) -> list[str]:
    """What a parser makes of the pieces fed one after another."""
    p = Parser(max_line=64, max_head=128, max_fields=8, max_body=64)
    seen: list[str] = []
    try:
        for piece in pieces:
            p.feed(piece)
            req = p.next_request()
            while req is not None:
                seen.append(show(req))
                req = p.next_request()
    except HttpError as e:
        seen.append(f"error {e.status}: {e.why}")
    if p.pending() and not (seen and seen[-1].startswith("error")):
        seen.append("incomplete")
    return seen


for case in CASES:
    whole = outcome([case])
    same = sum(1 for i in range(1, len(case)) if outcome([case[:i], case[i:]]) == whole)
    bytewise = outcome([case[i:i + 1] for i in range(len(case))]) == whole
    print(repr(case[:40]))
    for line in whole:
        print("   ", line)
    print("    splits agreeing:", same, "of", len(case) - 1, "byte by byte:", bytewise)

p = Parser()
try:
    p.feed(b"GET / HTTP/1.1\r\n\r\n")
    p.next_request()
except HttpError as e:
    print("then:", e.status)
try:
    p.feed(b"GET / HTTP/1.1\r\nHost: a\r\n\r\n")
    p.next_request()
except HttpError as e:
    print("after a failure:", e.status)

INDEX = b"<html>index</html>\n"
SITE = {"/index.html": Resource(INDEX, content_type("/index.html"), '"i1"', 784111777),
        "/docs/index.html": Resource(b"docs\n", content_type("index.html"), '"d1"', 784111000),
        "/a b.txt": Resource(b"0123456789", content_type("/a b.txt"), '"t1"', 0)}
DATE = http_date(1700000000)


def get(target: str, *fields: str, method: str = "GET") -> None:
    raw = f"{method} {target} HTTP/1.1\r\nHost: x\r\n" + "".join(f + "\r\n" for f in fields) + "\r\n"
    parser = Parser()
    parser.feed(raw.encode())
    req = parser.next_request()
    assert req is not None
    resp = answer(SITE, req)
    print(method, target, fields, "->")
    for line in resp.encode(DATE, req.keep_alive(), method == "HEAD", req.minor).split(b"\r\n"):
        print("   ", line)


get("/")
get("/", method="HEAD")
get("/index.html?x=1")
get("/docs")
get("/docs/")
get("/a%20b.txt")
get("/a%2")
get("/a%ff")
get("/nothing")
get("/", 'If-None-Match: "x", W/"i1"')
get("/", "If-None-Match: *")
get("/", 'If-None-Match: "x"', "If-Modified-Since: Sun, 06 Nov 1994 08:49:37 GMT")
get("/", "If-Modified-Since: Sun, 06 Nov 1994 08:49:37 GMT")
get("/", "If-Modified-Since: Sun, 06 Nov 1994 08:49:36 GMT")
get("/", "If-Modified-Since: Sunday, 06-Nov-94 08:49:37 GMT")
get("/", "If-Modified-Since: Sun Nov  6 08:49:36 1994")
for r in ["bytes=0-4", "bytes=5-", "bytes=-3", "bytes=-100", "bytes=3-1000", "bytes=10-", "bytes=100-200",
          "bytes=-0", "bytes=1-2,4-5", "bytes=x-1", "bytes=4-3", "lines=1-2", "bytes=-"]:
    get("/a%20b.txt", "Range: " + r)
get("/a%20b.txt", "Range: bytes=0-1", 'If-Range: "t1"')
get("/a%20b.txt", "Range: bytes=0-1", 'If-Range: "old"')
get("/a%20b.txt", "Range: bytes=0-1", method="HEAD")
get("/", method="POST")
get("/", method="BREW")
get("http://x/docs/?q")

for t in [0, 86399, 86400, 784111777, 951782400, 1700000000, 4102444799, -1]:
    d = http_date(t)
    print(t, d, parse_http_date(d))
for text in ["Sun, 06 Nov 1994 08:49:37 GMT", "Sun, 6 Nov 1994 08:49:37 GMT", "Sun, 06 Nov 1994 08:49:37 UTC",
             "Sun Nov  6 08:49:37 1994", "Xyz, 06 Nov 1994 08:49:37 GMT", "Sun, 06 Nov 1994 08:4a:37 GMT",
             "Sun, 32 Nov 1994 08:49:37 GMT", "Sun, 06 Nov 1994 24:00:00 GMT", "",
             "Sunday, 06-Nov-94 08:49:37 GMT", "Thursday, 01-Jan-70 00:00:00 GMT", "Monday, 01-Jan-69 00:00:01 GMT",
             "Sun, 06-Nov-94 08:49:37 GMT", "Sunday, 06-Nov-1994 08:49:37 GMT", "Sunday, 6-Nov-94 08:49:37 GMT",
             "Sun Nov  6 08:49:37 1994", "Tue Feb 29 12:00:00 2000", "Sun Nov 16 08:49:37 1994",
             "Sun Nov  6 08:49:37 94", "Sun Nov  6 8:49:37 1994", "Sun Nov  6 08:49:37 1994 GMT"]:
    print(repr(text), parse_http_date(text))
for name in ["/", "/a.HTML", "/x/y.css", "/.htaccess", "/f.tar.gz", "/img.png", "/noext", "/d.x/f"]:
    print(name, content_type(name))
