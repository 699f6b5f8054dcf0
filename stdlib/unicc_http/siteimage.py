"""A site as one read-only image, for serving from a Block device: a
header line `unicc-site 1 INDEX TOTAL` (the index's length and the
image's, in bytes, ten digits each), the index (a line per file: path,
media type, ETag, mtime, length, separated by tabs), then the files' bytes
in index order, padded with zeros to whole sectors.  `pack` makes one (bake.py does, under
CPython), `unpack` reads it back (the app does, from the device)."""

from __future__ import annotations

from unicc_http.static import Resource

MAGIC = "unicc-site 1"


def pack(site: dict[str, Resource], sector_size: int = 512) -> bytes:
    lines = []
    for path in sorted(site):
        r = site[path]
        fields = [path, r.media_type, r.etag, str(r.mtime), str(len(r.body))]
        if any("\t" in f or "\n" in f for f in fields):
            raise ValueError(f"{path!r}: a tab or newline in a name")
        lines.append("\t".join(fields) + "\n")
    index = "".join(lines).encode()
    bodies = b"".join(site[path].body for path in sorted(site))
    total = len(MAGIC) + 23 + len(index) + len(bodies)     # the header: two 10-digit numbers
    image = f"{MAGIC} {len(index):010d} {total:010d}\n".encode() + index + bodies
    return image + bytes(-len(image) % sector_size)


def header(start: bytes) -> tuple[int, int]:
    """The index's length and the image's, from its first bytes (a sector);
    ValueError if it is not a site image."""
    end = start.find(b"\n")
    words = start[:max(end, 0)].decode("latin-1").split(" ")
    if end < 0 or len(words) != 4 or " ".join(words[:2]) != MAGIC or not (words[2].isdigit() and words[3].isdigit()):
        raise ValueError("not a site image")
    return int(words[2]), int(words[3])


def image_length(start: bytes) -> int:
    """The image's length, from its first bytes (a sector)."""
    return header(start)[1]


def unpack(image: bytes) -> dict[str, Resource]:
    """The files of an image; ValueError if it is malformed."""
    index_length, total = header(image)
    start = image.find(b"\n") + 1
    if total > len(image) or start + index_length > total:
        raise ValueError("site image cut short")
    site: dict[str, Resource] = {}
    offset = start + index_length
    for line in image[start:start + index_length].decode().splitlines():
        fields = line.split("\t")
        if len(fields) != 5 or not fields[3].isdigit() or not fields[4].isdigit():
            raise ValueError(f"bad index line {line!r}")
        end = offset + int(fields[4])
        if end > total:
            raise ValueError(f"{fields[0]}: past the image's end")
        site[fields[0]] = Resource(image[offset:end], fields[1], fields[2], int(fields[3]))
        offset = end
    return site
