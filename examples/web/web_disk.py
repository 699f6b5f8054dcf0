"""The static web server of web.py, serving a site read from a Block
device when it starts (a site image, unicc_http.siteimage, that bake.py
--image writes), so the site changes without a new build.  Runs until killed:

    python3 examples/web/bake.py --image examples/web/site site.img
    unicc run examples/web/web_disk.py --target unix --block file:site.img --net tap:tap0 --ipv4 10.0.0.2/24
"""

from __future__ import annotations

from server import serve_site
from unicc_devices import Block, Console, Stack, WallClock
from unicc_http.siteimage import image_length, unpack
from unicc_loop import run


def read_image(block: Block) -> bytes:
    """The image's bytes: its first sector says how many sectors follow."""
    size = block.sector_size()
    length = image_length(block.read(0, 1))
    return block.read(0, (length + size - 1) // size)


def main(console: Console, stack: Stack, wall: WallClock, block: Block) -> None:
    try:
        site = unpack(read_image(block))
    except ValueError as e:
        console.log(f"web: the block device holds no site: {e}")
        return
    run(serve_site(console, stack, wall, site))
