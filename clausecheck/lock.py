"""One writer at a time on a data folder: the CLI, a second CLI and the web app share it.

An advisory lock (flock) on `<data_dir>/write.lock`; the kernel releases it when the holder
dies, so a killed run never leaves the folder locked.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def write_lock(data_dir: Path, on_wait: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold the data folder's write lock; wait for it (telling `on_wait`) when another holds it."""
    data_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(data_dir / "write.lock", os.O_RDWR | os.O_CREAT, 0o600)
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
        os.close(fd)
