"""The preview's language sessions, each in its own process, driven from the preview.

mkdocs keeps one instance of each plugin per process (its search index among them), so each
language's long-lived build (`language_session.LanguageSession`) needs a process of its own. The parent
sends the generated files that changed, with their metadata; the session answers with the builder's warnings, or with a
traceback if it failed with a bug.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import multiprocessing
import os
import signal
import time
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection

from ..base.errors import SessionCrashed
from .language_session import LanguageSession
from .site_builder import InMemoryDocs, LanguageBuild, collected_warnings, fail_on_warnings

Request = tuple[str, InMemoryDocs]  # a step of STEPS, and the generated files that changed
Reply = tuple[str, list[str], float]  # ("warnings", the builder's warnings) or ("crashed", [a traceback]); cpu seconds
STEPS = {"check": LanguageSession.check, "write": LanguageSession.write}


PR_SET_PDEATHSIG = 1     # linux/prctl.h: the signal the kernel sends a process when its parent ends


def end_with_parent(parent: int) -> None:
    """Linux: the kernel ends this process when `serve` ends, however it ends (SIGKILL included)."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != parent:          # it ended before the line above
        os._exit(0)


def run_session(job: LanguageBuild, conn: Connection, parents_end: Connection, parent: int) -> None:
    """A session's process: build, then answer each request, until None or the parent is gone."""
    parents_end.close()                               # else the pipe never reports the parent gone
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    end_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)      # Ctrl+C stops `serve`, which then closes its sessions
    with collected_warnings() as collect:
        session = LanguageSession(job, collect)
        conn.send(attempt(session.build))
        while (request := receive(conn)) is not None:
            step, changes = request
            conn.send(attempt(functools.partial(STEPS[step], session, changes)))


def attempt(work: Callable[[], list[str]]) -> Reply:
    started = time.process_time()
    try:
        return "warnings", work(), time.process_time() - started
    except Exception:
        return "crashed", [traceback.format_exc()], time.process_time() - started


def receive(conn: Connection) -> Request | None:
    try:
        found: Request | None = conn.recv()
    except EOFError:
        return None
    return found


class SessionProcess:
    """A language session in its own process: mkdocs keeps one instance of each plugin per process.

    Forked, as the whole build's worker processes are, so it starts with the modules already imported.
    """

    def __init__(self, job: LanguageBuild) -> None:
        context = multiprocessing.get_context("fork")
        self.language = job.language
        self.conn, theirs = context.Pipe()
        self.process = context.Process(target=run_session, args=(job, theirs, self.conn, os.getpid()), daemon=True,
                                       name=f"preview-{job.language}")
        self.process.start()
        theirs.close()
        self.cpu = 0.0              # the session's processor seconds for its requests since `LanguageSessions.ask`

    def send(self, step: str, changes: InMemoryDocs) -> None:
        try:
            self.conn.send((step, changes))
        except OSError:
            raise SessionCrashed(self.language, "the session's process ended") from None

    def result(self) -> list[str]:
        """The builder's warnings for the last request; raise `SessionCrashed` on a bug."""
        try:
            kind, messages, cpu = self.conn.recv()
        except (EOFError, OSError):
            raise SessionCrashed(self.language, "the session's process ended") from None
        self.cpu += cpu
        if kind == "crashed":
            raise SessionCrashed(self.language, messages[0])
        return list(messages)

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.send(None)
        self.process.join(timeout=10)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


class LanguageSessions:
    """A session per language, built and updated at once on the two cores, as whole builds are."""

    def __init__(self, jobs: list[LanguageBuild]) -> None:
        self.processes = [SessionProcess(job) for job in jobs]
        try:
            for process, warnings in zip(self.processes, self.results(), strict=True):
                fail_on_warnings(process.language, warnings)
        except BaseException:
            self.close()
            raise

    def update(self, changes: dict[str, InMemoryDocs]) -> list[str]:
        """Each language's changed files, checked in every language first and written only if no
        language had a warning; the warnings, each marked with its language."""
        for process in self.processes:
            process.cpu = 0.0
        return self.ask("check", changes) or self.ask("write", changes)

    def cpu(self) -> dict[str, float]:
        """Each session's processor seconds for the last `update`: on a busy machine, what it would take alone."""
        return {process.language: process.cpu for process in self.processes}

    def ask(self, step: str, changes: dict[str, InMemoryDocs]) -> list[str]:
        """One step of STEPS in every language at once; the warnings, each marked with its language."""
        for process in self.processes:
            process.send(step, changes.get(process.language, InMemoryDocs()))
        return [f"[{process.language}] {warning}"
                for process, warnings in zip(self.processes, self.results(), strict=True) for warning in warnings]

    def results(self) -> list[list[str]]:
        """Every process's answer, waiting for all of them even when one crashed."""
        answers: list[list[str]] = []
        crashes: list[SessionCrashed] = []
        for process in self.processes:
            try:
                answers.append(process.result())
            except SessionCrashed as crash:
                crashes.append(crash)
        if crashes:
            raise crashes[0]
        return answers

    def close(self) -> None:
        for process in self.processes:
            process.close()
