"""A static web server (server.py, over unicc_http) on port 80, serving a
site baked into the image: site_data.py holds every file of a directory
(bake.py writes it).  Runs until killed:

    python3 examples/web/bake.py examples/web/site
    unicc run examples/web/web.py --target unix --net tap:tap0 --ipv4 10.0.0.2/24
    curl -v http://10.0.0.2/ http://10.0.0.2/docs/
"""

from __future__ import annotations

from server import serve_site
from site_data import SITE
from unicc_devices import Console, Stack, WallClock
from unicc_loop import run


def main(console: Console, stack: Stack, wall: WallClock) -> None:
    run(serve_site(console, stack, wall, SITE))
