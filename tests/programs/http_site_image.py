# unicc_http.siteimage: a site packed into an image of whole sectors and
# read back (bodies of every length around a sector's edge), then images
# that are not one, cut short, or whose index lies.
from unicc_http.siteimage import image_length, pack, unpack
from unicc_http.static import Resource

for n in [0, 1, 400, 511, 512, 513, 1500]:
    site = {"/index.html": Resource(b"<p>" * (n // 3) + b"x" * (n % 3), "text/html", '"a1"', 1733529600),
            "/d/b.bin": Resource(bytes(i & 255 for i in range(n)), "application/octet-stream", '"b2"', 7),
            "/empty": Resource(b"", "text/plain", '"c3"', 0)}
    image = pack(site)
    back = unpack(image)
    print(n, len(image), image_length(image), sorted(back),
          all(back[p].body == r.body and back[p].media_type == r.media_type and back[p].etag == r.etag
              and back[p].mtime == r.mtime for p, r in site.items()))

good = pack({"/a": Resource(b"hello", "text/plain", '"e"', 1)})
print(good[:good.find(b"\n") + 1])
for bad in [b"", b"hello\n", b"unicc-site 2 0000000000 0000000024\n", good[:40],
            good.replace(b"\t5\n", b"\t9\n"), good.replace(b"\t5\n", b"\tx\n"), good.replace(b"\t1\t", b"\t")]:
    try:
        print(sorted(unpack(bad)))
    except ValueError as e:
        print("ValueError:", e)
try:
    pack({"/a\tb": Resource(b"", "t", '"e"', 0)})
except ValueError as e:
    print("ValueError:", e)
