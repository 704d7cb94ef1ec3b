"""Run work on untrusted files in child processes with a wall-clock limit and a memory limit.

pdfminer (under pdfplumber) has no limits of its own: a 300 KB PDF can inflate to gigabytes or
loop for minutes. So parsing never runs in the caller's process. Each task runs in a child that
caps its own address space (RLIMIT_AS) and is killed when the deadline passes; the caller only
ever receives plain results or a clear reason.

Children come from a fork server that has already imported the parser: starting one costs a
few milliseconds, and they inherit none of the caller's threads (onnxruntime, Chroma) or files.
As with any multiprocessing start method but fork, a script that uses the library must guard
its entry point with `if __name__ == "__main__":` (the fork server imports the main module).
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, cast

_CONTEXT = multiprocessing.get_context("forkserver")
_CONTEXT.set_forkserver_preload(["clausecheck.parse"])


@dataclass(frozen=True)
class Limits:
    seconds: float = 60.0  # wall time for all the work on one file
    memory_mb: int = 1536  # address space of each child
    max_pages: int = 1000


# Set in a child process only: tells the parent that one unit of work (a page) is done.
_report: Callable[[Any], None] | None = None


def report(value: Any = None) -> None:
    """Tell the parent one unit of work is done (or, with a value, what the work will be: a page
    count), for its progress bar; nothing outside a child."""
    if _report is not None:
        _report(value)


class LimitExceeded(Exception):
    def __init__(self, kind: str, limits: Limits) -> None:
        self.kind = kind  # "time" | "memory"
        what = f"{limits.seconds:g} s" if kind == "time" else f"{limits.memory_mb} MB of memory"
        super().__init__(f"parsing needed more than {what}")


class TaskFailed(Exception):
    """The task raised; `detail` names the exception chain, for mapping to a user's reason."""

    def __init__(self, detail: str) -> None:
        self.detail = detail
        super().__init__(detail)


def _child(conn: Connection, memory_mb: int, func: Callable[..., Any], args: tuple[Any, ...]) -> None:
    global _report
    _report = lambda value: conn.send(("progress", value))  # noqa: E731 - the parent's progress bar
    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        message: tuple[str, Any] = ("ok", func(*args))
    except BaseException as exc:
        chain = _chain(exc)
        # pdfminer wraps a MemoryError in its own exception: look down the whole chain.
        message = ("memory", "") if "MemoryError" in chain else ("error", chain)
    try:
        conn.send(message)
    except BaseException:
        os._exit(3)  # not even the answer fits in memory: the parent reads EOF, a memory limit
    finally:
        conn.close()


def _chain(exc: BaseException) -> str:
    names: list[str] = []
    current: BaseException | None = exc
    while current is not None and len(names) < 6:
        names.append(f"{type(current).__name__}: {current!r}")
        current = current.__cause__ or current.__context__
    return " <- ".join(names)


def run_all(
    tasks: Sequence[tuple[Callable[..., Any], tuple[Any, ...]]],
    limits: Limits,
    deadline: float,
    on_report: Callable[[Any], None] | None = None,
) -> list[Any]:
    """Run the tasks in parallel children; their results in order, or raise.

    `on_report` hears the value of each `report()` a child makes (None: a page read); if it
    raises, the children are killed and the exception goes to the caller (a cancelled job).

    Raises LimitExceeded when the deadline (time.monotonic) passes or a child runs out of
    memory, TaskFailed when a task raises. All children are gone when this returns.
    """
    children = []
    for func, args in tasks:
        parent_end, child_end = _CONTEXT.Pipe(duplex=False)
        process = _CONTEXT.Process(target=_child, args=(child_end, limits.memory_mb, func, args), daemon=True)
        process.start()
        child_end.close()
        children.append((process, parent_end))
    results: dict[int, Any] = {}
    pending = {conn: i for i, (_, conn) in enumerate(children)}
    try:
        while pending:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise LimitExceeded("time", limits)
            for ready in wait(list(pending), timeout=remaining):
                conn = cast(Connection, ready)
                index = pending.pop(conn)
                try:
                    status, value = conn.recv()
                except EOFError:  # killed without a word: the kernel's OOM killer or a signal
                    raise LimitExceeded("memory", limits) from None
                if status == "progress":
                    pending[conn] = index  # more to come from this child
                    if on_report is not None:
                        on_report(value)
                    continue
                if status == "memory":
                    raise LimitExceeded("memory", limits)
                if status == "error":
                    raise TaskFailed(str(value))
                results[index] = value
    finally:
        for process, conn in children:
            if process.is_alive():
                process.kill()
            process.join(timeout=5)
            conn.close()
    return [results[i] for i in range(len(children))]
