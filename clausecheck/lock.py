"""One writer at a time on a data folder: the CLI, a second CLI and the web app share it.

An advisory lock (flock) on `<data_dir>/write.lock`; the kernel releases it when the holder
dies, so a killed run never leaves the folder locked.

A document being analysed holds a second flock, `<data_dir>/pending/<id>.lock`, from indexing
to storing. Between the two the write lock is released (an LLM may take minutes to read), and
another writer's clean-up must tell those vectors from a killed run's litter: a pending lock
still held is a live analysis; one nobody holds is litter.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def _lock_file(data_dir: Path) -> Iterator[int]:
    """The data folder's write.lock, open for flock (closing it releases any lock held on it)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(data_dir / "write.lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        yield fd
    finally:
        os.close(fd)


@contextmanager
def write_lock(data_dir: Path, on_wait: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold the data folder's write lock; wait for it (telling `on_wait`) when another holds it."""
    with _lock_file(data_dir) as fd:
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if on_wait:
                    on_wait()
                fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)


@contextmanager
def write_lock_if_free(data_dir: Path) -> Iterator[bool]:
    """Hold the write lock when no other holds it (yields True), else go on without it (False)."""
    with _lock_file(data_dir) as fd:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)


@contextmanager
def in_progress(data_dir: Path, doc_id: str) -> Iterator[None]:
    """Mark `doc_id` as being analysed by this process until the block ends."""
    folder = data_dir / "pending"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{doc_id}.lock"
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        fcntl.flock(fd, fcntl.LOCK_EX)
        # Another writer's scan may have found the new file unlocked (between our open and flock),
        # taken it for a dead run's marker and unlinked it: then our lock is on a nameless file.
        if _same_file(fd, path):
            break
        os.close(fd)
    try:
        yield
    finally:
        path.unlink(missing_ok=True)
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def _same_file(fd: int, path: Path) -> bool:
    try:
        named = os.stat(path)
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (held.st_dev, held.st_ino) == (named.st_dev, named.st_ino)


def analyses_in_progress(data_dir: Path) -> set[str]:
    """Ids of documents some live process is analysing; markers of dead processes are removed."""
    live: set[str] = set()
    folder = data_dir / "pending"
    if not folder.is_dir():
        return live
    for path in folder.glob("*.lock"):
        try:
            fd = os.open(path, os.O_RDWR)
        except FileNotFoundError:
            continue  # finished meanwhile
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            live.add(path.stem)
        else:
            if _same_file(fd, path):  # not a newer marker made under the same name meanwhile
                path.unlink(missing_ok=True)
            fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)
    return live
