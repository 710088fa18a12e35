"""A local preview: build, serve over HTTP on this machine, rebuild when a source file changes."""

from __future__ import annotations

import datetime as dt
import functools
import http.server
import sys
import threading
import time
from pathlib import Path

from .build import Project, build, today_in_vietnam
from .errors import InputProblems, UserError, format_problems

WATCHED = ("campaigns", "site_src", "generator/templates", "generator/locales", "generator/theme", "mkdocs.yml")


def snapshot(project: Project) -> dict[Path, tuple[int, int]]:
    """Size and modification time of every watched file."""
    found: dict[Path, tuple[int, int]] = {}
    for name in WATCHED:
        base = project.root / name
        for path in [base] if base.is_file() else sorted(base.rglob("*")):
            if path.is_file():
                stat = path.stat()
                found[path] = (stat.st_mtime_ns, stat.st_size)
    return found


def rebuild(project: Project, today: dt.date | None) -> bool:
    """One build; on failure print why and keep the last good site."""
    started = time.monotonic()
    try:
        warnings = build(project, today or today_in_vietnam())
    except InputProblems as problems:
        print(format_problems(problems.problems), file=sys.stderr)
        print("Chưa cập nhật: còn lỗi. / Not updated: fix the errors above.", file=sys.stderr)
        return False
    except UserError as error:
        print(error, file=sys.stderr)
        return False
    if warnings:
        print(format_problems(warnings), file=sys.stderr)
    print(f"Đã cập nhật / Rebuilt in {time.monotonic() - started:.1f} s", flush=True)
    return True


def start_server(directory: Path, port: int) -> http.server.ThreadingHTTPServer:
    handler = functools.partial(QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def serve(project: Project, today: dt.date | None, port: int, poll_seconds: float = 0.5) -> int:
    """Serve `site/` at http://127.0.0.1:PORT/ and rebuild on every save, until Ctrl+C."""
    rebuild(project, today)
    project.site_dir.mkdir(exist_ok=True)
    server = start_server(project.site_dir.resolve(), port)
    print(f"Xem thử tại / Preview at http://127.0.0.1:{port}/  (Ctrl+C để dừng / to stop)", flush=True)
    seen = snapshot(project)
    try:
        while True:
            time.sleep(poll_seconds)
            current = snapshot(project)
            if current != seen:
                seen = current
                rebuild(project, today)
    finally:
        server.shutdown()
