import os
import sys

# `python -m unicc` puts the working directory first on sys.path; a program's
# own modules there must not shadow the modules unicc itself imports.
if sys.path and os.path.abspath(sys.path[0] or ".") == os.getcwd():
    del sys.path[0]

from unicc.cli import main

sys.exit(main())
