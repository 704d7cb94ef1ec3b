"""Uploaded files -> jobs: each file is checked on its own, so one bad file never stops the others."""

from __future__ import annotations

import re
from pathlib import Path

from flask import current_app
from werkzeug.datastructures import FileStorage

from ..core import guess_vendor
from ..errors import InputError
from ..joblog import JobRecord
from ..model import find_model_dir
from ..sniff import sniff

CHUNK = 1 << 20
MAX_NAME = 180


def safe_filename(name: str | None) -> str:
    """The name the user's file had, without any folder part or control characters.

    Kept close to the original (spaces, accents), because the core stores it as the document's
    file name and guesses the vendor from it; it is only ever used inside a fresh folder of ours.
    """
    base = re.split(r"[\\/]", name or "")[-1]
    base = re.sub(r"[\x00-\x1f\x7f]", "", base).strip().lstrip(".")
    if len(base) > MAX_NAME:
        stem, dot, ext = base.rpartition(".")
        base = (stem[: MAX_NAME - 8] + dot + ext[:6]) if dot else base[:MAX_NAME]
    return base or "upload.pdf"


def vendor_guess(filename: str) -> str:
    """The core's guess from a file name, to prefill the vendor field."""
    return guess_vendor(Path(safe_filename(filename)), "")


def accept(files: list[FileStorage], vendors: list[str], password: str | None = None) -> list[JobRecord]:
    """Save each file to its own temporary folder and queue it; refuse a file that is too large
    or not a PDF at once, with its reason, while the others go on."""
    from . import state

    settings = state().settings
    # Refused before any file is saved: without the model every upload would fail after it.
    find_model_dir(settings.model_dir, settings.data_dir)
    jobs = state().jobs
    limit = int(current_app.config["MAX_FILE_SIZE"])
    accepted = []
    for i, upload in enumerate(files):
        if not upload or not upload.filename:
            continue
        name = safe_filename(upload.filename)
        vendor = (vendors[i] if i < len(vendors) else (vendors[0] if len(vendors) == 1 else "")).strip()[:120]
        job_id, folder = jobs.new()
        path = folder / name
        if not _save(upload, path, limit):
            reason = f"the file is larger than the {limit / (1024 * 1024):g} MB upload limit"
            accepted.append(jobs.refuse(job_id, name, vendor, "too_large", reason))
            continue
        try:
            sniff(path)
        except InputError as exc:
            accepted.append(jobs.refuse(job_id, name, vendor, exc.state, exc.reason))
            continue
        accepted.append(jobs.submit(job_id, path, vendor, password))
    return accepted


def _save(upload: FileStorage, path: Path, limit: int) -> bool:
    """Copy the upload to `path`; False (and nothing kept) when it is larger than `limit` bytes."""
    size = 0
    with open(path, "wb") as out:
        while block := upload.stream.read(CHUNK):
            size += len(block)
            if size > limit:
                break
            out.write(block)
    if size > limit:
        path.unlink(missing_ok=True)
        return False
    return True
