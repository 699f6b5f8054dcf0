import sys

from unicc.cli import main

sys.exit(main())
