"""Getting a document's bytes safely and turning them into text.

Every failure becomes one :class:`DocumentError` whose message names the file
and the reason, so a bad file in a corpus is reported, never a traceback.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from charset_normalizer import from_bytes

from kg.errors import DocumentError

# The corpus is Japanese: limiting detection to the encodings Japanese
# documents are actually written in keeps short Shift_JIS and EUC-JP samples
# from being taken for GB18030 or a Latin code page.
JAPANESE_ENCODINGS = ("cp932", "shift_jis", "euc_jp", "iso2022_jp")

# Above this share of control characters a "text" is really binary data.
MAX_CONTROL_SHARE = 0.01
ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")


def fail(path: Path, reason: str) -> DocumentError:
    """The one error shape: ``<path>: <reason>``."""
    return DocumentError(f"{path}: {reason}")


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refusing missing, special, empty and oversized files.

    The size is checked before reading so an oversized file is never loaded.
    """
    if path.is_symlink() and not path.exists():
        raise fail(path, "is a broken symbolic link")
    try:
        info = path.stat()
    except FileNotFoundError:
        raise fail(path, "no such file") from None
    except PermissionError:
        raise fail(path, "permission denied") from None
    except OSError as exc:
        raise fail(path, f"cannot be read ({exc.strerror or exc})") from None
    if path.is_dir():
        raise fail(path, "is a directory, not a document")
    if not path.is_file():
        raise fail(path, "is not a regular file")
    if info.st_size > max_bytes:
        raise fail(path, f"is too large ({info.st_size:,} bytes; the limit is {max_bytes:,})")
    if info.st_size == 0:
        raise fail(path, "is empty")
    try:
        with path.open("rb") as handle:
            # A file can grow between stat and read; never take more than allowed.
            data = handle.read(max_bytes + 1)
    except PermissionError:
        raise fail(path, "permission denied") from None
    except OSError as exc:
        raise fail(path, f"cannot be read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise fail(path, f"is too large (more than {max_bytes:,} bytes)")
    if not data:
        raise fail(path, "is empty")
    return data


def decode_text(data: bytes, path: Path) -> tuple[str, str]:
    """``(text, encoding)`` of a text file's bytes.

    A BOM decides (and is dropped, so offsets count from after it); otherwise
    strict UTF-8 is tried first, then Japanese encodings are detected.
    Nothing else in the text is changed: line breaks stay as written.
    """
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                text = data.decode(name)
            except UnicodeDecodeError as exc:
                raise fail(
                    path, f"starts with a {name} byte order mark but is not valid {name} ({exc.reason})"
                ) from None
            return _checked(text.removeprefix("\ufeff"), path), name
    if b"\x00" in data:
        raise fail(path, "is a binary file (it contains NUL bytes), not text")
    try:
        return _checked(data.decode("utf-8"), path), "utf-8"
    except UnicodeDecodeError:
        pass
    match = from_bytes(data, cp_isolation=list(JAPANESE_ENCODINGS)).best()
    if match is None:
        raise fail(
            path, "cannot be decoded as UTF-8, Shift_JIS/CP932, EUC-JP or ISO-2022-JP (not a text file?)"
        )
    encoding = str(match.encoding)
    return _checked(data.decode(encoding), path), encoding


def _checked(text: str, path: Path) -> str:
    if not text.strip():
        raise fail(path, "has no text (only whitespace)")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in ALLOWED_CONTROLS)
    if controls > MAX_CONTROL_SHARE * len(text):
        raise fail(path, "is a binary file (it is full of control characters), not text")
    return text
