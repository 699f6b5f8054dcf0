"""`python -m bench.boot`: see bench/boot/__init__.py."""

import sys

from bench.boot import main

sys.exit(main())
