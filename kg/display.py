"""Text for a terminal: a message stays one line whatever the names in it hold.

A file may be named with a newline or an escape sequence in it; printed as it
is, such a name would forge a line of the output or drive the terminal.
:func:`one_line` writes those characters as Python escapes (``\\n``,
``\\x1b``, ``\\u2028``), as ``repr`` does, and leaves every other character,
Japanese included, as it is.

>>> one_line("evil\\nbuilt     fake.txt")
'evil\\\\nbuilt     fake.txt'
>>> one_line("報告書.txt")
'報告書.txt'
"""

from __future__ import annotations

import re

# C0 and C1 controls and DEL, line and paragraph separators, and the
# bidirectional overrides that can make a name read other than it is.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


def one_line(text: str) -> str:
    """``text`` with its control characters escaped, so that it prints as one line."""
    return _UNSAFE.sub(lambda m: m[0].encode("unicode_escape").decode("ascii"), text)
