"""Is it a PDF, and which one: the checks a repeat needs, without pdfplumber or the parse workers.

Kept apart from parse.py so that `analyze` on a file already stored (same sha256) answers from
the store without loading the parsing stack.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from .errors import InputError


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def sniff(path: Path) -> None:
    """Reject what is not a PDF by its content, not its name. Raises InputError."""
    name = path.name
    if not path.exists():
        raise InputError(name, "missing", "file not found")
    if path.is_dir():
        raise InputError(name, "not_pdf", "is a folder, not a PDF file")
    with open(path, "rb") as handle:
        head = handle.read(1024)
    if not head:
        raise InputError(name, "no_text", "the file is empty")
    # Some producers put junk before the header; readers accept it within the first 1 KB.
    if b"%PDF-" not in head:
        raise InputError(name, "not_pdf", "not a PDF (no %PDF- header)")
