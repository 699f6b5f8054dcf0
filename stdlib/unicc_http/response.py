"""HTTP/1.1 responses (RFC 9112 4, RFC 9110 15): the status line and
fields as bytes, and the values the fields need: HTTP-dates (RFC 9110
5.6.7: IMF-fixdate written, all three forms read), and a Content-Type by
file name extension."""

from __future__ import annotations

REASONS = {200: "OK", 204: "No Content", 206: "Partial Content", 301: "Moved Permanently",
           304: "Not Modified", 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed",
           408: "Request Timeout", 413: "Content Too Large", 414: "URI Too Long",
           416: "Range Not Satisfiable", 431: "Request Header Fields Too Large",
           500: "Internal Server Error", 501: "Not Implemented", 505: "HTTP Version Not Supported"}

DAYS = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]     # 1970-01-01 was a Thursday
LONG_DAYS = ["Thursday", "Friday", "Saturday", "Sunday", "Monday", "Tuesday", "Wednesday"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

TYPES = {"html": "text/html; charset=utf-8", "htm": "text/html; charset=utf-8",
         "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
         "txt": "text/plain; charset=utf-8", "md": "text/markdown; charset=utf-8",
         "json": "application/json", "xml": "application/xml", "svg": "image/svg+xml",
         "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
         "webp": "image/webp", "ico": "image/x-icon", "pdf": "application/pdf",
         "woff2": "font/woff2", "wasm": "application/wasm"}


def content_type(path: str) -> str:
    """The media type for a file name, by its extension (octet-stream if unknown)."""
    name = path[path.rfind("/") + 1:]
    dot = name.rfind(".")
    return TYPES.get(name[dot + 1:].lower(), "application/octet-stream") if dot > 0 else "application/octet-stream"


def civil(days: int) -> tuple[int, int, int]:
    """(year, month, day) of a day counted from 1970-01-01 (proleptic Gregorian)."""
    z = days + 719468                       # days from 0000-03-01
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + 3 if mp < 10 else mp - 9
    return yoe + era * 400 + (1 if month <= 2 else 0), month, day


def days_from_civil(year: int, month: int, day: int) -> int:
    """The inverse of civil()."""
    y = year - 1 if month <= 2 else year
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (month - 3 if month > 2 else month + 9) + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def http_date(seconds: int) -> str:
    """IMF-fixdate of a time in seconds since 1970: `Sun, 06 Nov 1994 08:49:37 GMT`."""
    days = seconds // 86400
    t = seconds % 86400
    y, m, d = civil(days)
    return f"{DAYS[days % 7]}, {d:02d} {MONTHS[m - 1]} {y:04d} {t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d} GMT"


def date_fields(text: str) -> tuple[str, str, str, str] | None:
    """(day, month, year, time) of the three forms of RFC 9110 5.6.7, not checked
    yet: IMF-fixdate `Sun, 06 Nov 1994 08:49:37 GMT`, RFC 850 `Sunday,
    06-Nov-94 08:49:37 GMT` and asctime `Sun Nov  6 08:49:37 1994`."""
    parts = text.strip().split(" ")
    if len(parts) == 6 and parts[0][:-1] in DAYS and parts[0].endswith(",") and parts[5] == "GMT" \
            and len(parts[1]) == 2 and len(parts[3]) == 4:
        return parts[1], parts[2], parts[3], parts[4]
    if len(parts) == 4 and parts[0][:-1] in LONG_DAYS and parts[0].endswith(",") and parts[3] == "GMT":
        dmy = parts[1].split("-")
        if len(dmy) == 3 and len(dmy[0]) == 2 and len(dmy[2]) == 2:
            return dmy[0], dmy[1], dmy[2], parts[2]
    words = text.split()
    if len(words) == 5 and words[0] in DAYS and len(words[2]) <= 2 and len(words[4]) == 4:
        return words[2], words[1], words[4], words[3]
    return None


def parse_http_date(text: str) -> int | None:
    """Seconds since 1970 of an HTTP-date in any of its three forms (a
    two-digit year is 19xx from 70, else 20xx); None if it is not one."""
    fields = date_fields(text)
    if fields is None:
        return None
    day, month, year, time = fields
    clock = time.split(":")
    numbers = [day, year] + clock
    if month not in MONTHS or len(clock) != 3 or any(len(c) != 2 for c in clock) \
            or not all(len(n) > 0 and all(c in "0123456789" for c in n) for n in numbers):
        return None
    d, y, h, mi, s = [int(n) for n in numbers]
    if len(year) == 2:
        y += 1900 if y >= 70 else 2000
    if not (1 <= d <= 31 and h < 24 and mi < 60 and s < 61):
        return None
    return days_from_civil(y, MONTHS.index(month) + 1, d) * 86400 + h * 3600 + mi * 60 + s


class Response:
    """A status, its fields and a body.  `encode` adds Date, Content-Length
    and Connection; the body is left out for HEAD and for 304 (the
    Content-Length of HEAD's answer is that of GET's)."""

    def __init__(self, status: int, body: bytes = b"", fields: list[tuple[str, str]] | None = None) -> None:
        self.status = status
        self.body = body
        self.fields: list[tuple[str, str]] = [] if fields is None else fields

    def add(self, name: str, value: str) -> Response:
        self.fields.append((name, value))
        return self

    def encode(self, date: str, keep_alive: bool, head: bool = False, minor: int = 1) -> bytes:
        lines = [f"HTTP/1.1 {self.status} {REASONS.get(self.status, 'Unknown')}", f"Date: {date}",
                 "Server: unicc"]
        lines.extend(f"{name}: {value}" for name, value in self.fields)
        if self.status != 304:
            lines.append(f"Content-Length: {len(self.body)}")
        if not keep_alive:
            lines.append("Connection: close")
        elif minor == 0:
            lines.append("Connection: keep-alive")
        head_bytes = ("\r\n".join(lines) + "\r\n\r\n").encode()
        return head_bytes if head or self.status == 304 else head_bytes + self.body
