"""Work done for each language in a process of its own, one per core.

The processes are forked after the content is loaded and validated, so each starts with it in
memory: nothing large is copied between processes, only each language's small answer.
"""

from __future__ import annotations

import multiprocessing
import traceback
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from typing import TypeVar, cast

from ..base.errors import InputProblems, Problem, UserError, WorkerFailed

T = TypeVar("T")


def for_each_language(work: Callable[[str], T], codes: Sequence[str], parallel: bool = True) -> dict[str, T]:
    """`work(code)` for every language: at once in forked processes, or one after the other here.

    An error staff can fix is raised here again: located problems (`InputProblems`) with every problem,
    another `UserError` with its message; a bug as `WorkerFailed`.
    """
    if not parallel or len(codes) < 2:
        return {code: work(code) for code in codes}
    context = multiprocessing.get_context("fork")
    started = []
    for code in codes:
        receiver, sender = context.Pipe(duplex=False)
        process = context.Process(target=answer, args=(work, code, sender), daemon=True, name=f"build-{code}")
        process.start()
        sender.close()
        started.append((code, process, receiver))
    replies = {code: reply_of(process, receiver) for code, process, receiver in started}
    for code in codes:
        kind, value = replies[code]
        if kind == "input problems":
            raise InputProblems(cast(list[Problem], value))
        if kind == "user error":
            raise UserError(str(value))
        if kind == "bug":
            raise WorkerFailed(f"[{code}] {value}")
    return {code: cast(T, value) for code, (_, value) in replies.items()}


def answer(work: Callable[[str], T], code: str, conn: Connection) -> None:
    """In the language's process: do the work and send back what came of it."""
    try:
        conn.send(("done", work(code)))
    except InputProblems as problems:               # its message is only a count: send the problems
        conn.send(("input problems", problems.problems))
    except UserError as error:
        conn.send(("user error", str(error)))
    except BaseException:
        conn.send(("bug", traceback.format_exc()))
    finally:
        conn.close()


def reply_of(process: multiprocessing.process.BaseProcess, conn: Connection) -> tuple[str, object]:
    """A language's reply, read before its process ends (a large reply would otherwise block it)."""
    try:
        reply: tuple[str, object] | None = conn.recv()
    except EOFError:
        reply = None
    process.join()
    conn.close()
    return reply or ("bug", f"the process ended without an answer (exit code {process.exitcode})")
