"""A static site over HTTP (RFC 9110): answers GET and HEAD from a set of
files, with their validators (a strong ETag and Last-Modified), 304 for
If-None-Match and If-Modified-Since, one byte range (206, or 416), a
directory's index.html, 301 to the slash of a directory, 404, and 405 or
501 for other methods."""

from __future__ import annotations

from unicc_http.request import Request
from unicc_http.response import Response, http_date, parse_http_date

# Methods of RFC 9110 and 5789 that a static site does not allow (405);
# any other is not implemented (501).
OTHER_METHODS = ["POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH"]


class Resource:
    """A file of the site: its bytes, media type, ETag (quoted) and mtime (seconds since 1970)."""

    def __init__(self, body: bytes, media_type: str, etag: str, mtime: int) -> None:
        self.body = body
        self.media_type = media_type
        self.etag = etag
        self.mtime = mtime


def error(status: int, text: str) -> Response:
    return Response(status, f"{status} {text}\n".encode(), [("Content-Type", "text/plain; charset=utf-8")])


def unquote(path: str) -> str | None:
    """A path's %XX escapes decoded (UTF-8); None if they are not valid."""
    if "%" not in path:
        return path
    out = bytearray()
    i = 0
    while i < len(path):
        if path[i] != "%":
            out.extend(path[i].encode())
            i += 1
            continue
        digits = path[i + 1:i + 3]
        if len(digits) != 2 or not all(c in "0123456789abcdefABCDEF" for c in digits):
            return None
        out.append(int(digits, 16))
        i += 3
    try:
        return out.decode()
    except UnicodeDecodeError:
        return None


def target_path(target: str) -> str:
    """The path of a request target (origin or absolute form) as sent, "" if it has none."""
    if target.startswith("http://") or target.startswith("https://"):
        slash = target.find("/", target.find("//") + 2)
        target = "/" if slash < 0 else target[slash:]
    query = target.find("?")
    return target if query < 0 else target[:query]


def tags_match(etag: str, field: str) -> bool:
    """Does If-None-Match's list name etag (weak comparison, RFC 9110 8.8.3.2)?"""
    tags = [t.strip() for t in field.split(",")]
    return "*" in tags or any(t.removeprefix("W/") == etag for t in tags)


def not_modified(res: Resource, req: Request) -> bool:
    """RFC 9110 13.2.2: If-None-Match, and If-Modified-Since only without it."""
    none_match = req.header("if-none-match")
    if none_match is not None:
        return tags_match(res.etag, none_match)
    since = req.header("if-modified-since")
    when = None if since is None else parse_http_date(since)
    return when is not None and res.mtime <= when


def byte_range(field: str, size: int) -> tuple[int, int] | None:
    """The [first, last] of a single `bytes=` range, clipped to size;
    (-1, -1) if no byte of it exists (416); None to ignore the field
    (another unit, several ranges, bad syntax)."""
    if not field.startswith("bytes=") or "," in field:
        return None
    first, dash, last = field[6:].strip().partition("-")
    if not dash or not all(c in "0123456789" for c in first + last) or not (first or last) \
            or len(first) > 18 or len(last) > 18:
        return None
    if not first:                                   # the last N bytes
        n = int(last)
        return (-1, -1) if n == 0 or size == 0 else (max(0, size - n), size - 1)
    start = int(first)
    end = size - 1 if not last else min(int(last), size - 1)
    if last and int(last) < start:
        return None
    return (-1, -1) if start >= size else (start, end)


def if_range_holds(res: Resource, req: Request) -> bool:
    """Without If-Range, or when it names the current representation (RFC 9110 13.1.5)."""
    field = req.header("if-range")
    if field is None:
        return True
    return field.strip() == res.etag or field.strip() == http_date(res.mtime)


def answer_file(res: Resource, req: Request) -> Response:
    fields = [("Content-Type", res.media_type), ("ETag", res.etag),
              ("Last-Modified", http_date(res.mtime)), ("Accept-Ranges", "bytes")]
    if not_modified(res, req):
        return Response(304, b"", fields[1:3])
    field = req.header("range")
    span = None if field is None or req.method != "GET" or not if_range_holds(res, req) \
        else byte_range(field, len(res.body))
    if span is None:
        return Response(200, res.body, fields)
    first, last = span
    if first < 0:
        return error(416, "Range Not Satisfiable").add("Content-Range", f"bytes */{len(res.body)}")
    fields.append(("Content-Range", f"bytes {first}-{last}/{len(res.body)}"))
    return Response(206, res.body[first:last + 1], fields)


def answer(site: dict[str, Resource], req: Request) -> Response:
    """The response to a request for the site; paths are keys such as
    "/index.html", and a directory "/d/" is served by "/d/index.html"."""
    if req.method not in ("GET", "HEAD"):
        if req.method in OTHER_METHODS:
            return error(405, "Method Not Allowed").add("Allow", "GET, HEAD")
        return error(501, "Not Implemented")
    sent = target_path(req.target)
    path = unquote(sent)
    if path is None or not path.startswith("/"):
        return error(400, "Bad Request")
    res = site.get(path + "index.html" if path.endswith("/") else path)
    if res is not None:
        return answer_file(res, req)
    if path + "/index.html" in site:
        return error(301, "Moved Permanently").add("Location", sent + "/")
    return error(404, "Not Found")
