"""CPython's `_hashlib` (the OpenSSL side of hashlib) for compiled programs:
only the names a program uses to annotate or catch, which are hashlib's
here.  `from _hashlib import HASH` is how an annotation names the type of
`hashlib.sha256()` so that CPython, which has no `hashlib.HASH`, runs it too.
"""

from __future__ import annotations

from hashlib import HASH as HASH
from hashlib import HASHXOF as HASHXOF
from hashlib import UnsupportedDigestmodError as UnsupportedDigestmodError
