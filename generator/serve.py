"""A local preview: build, serve on this machine, rebuild on every save, reload the browser.

The preview server adds one script to the pages it serves (never to the built files): it asks
the server every half second whether a new build is ready, reloads the page when one is, and
shows the errors of a failed build over the page, as the terminal does.
"""

from __future__ import annotations

import datetime as dt
import functools
import http.server
import json
import sys
import threading
import time
from pathlib import Path

from .build import Project, build, today_in_vietnam
from .errors import InputProblems, UserError, format_problems

WATCHED = ("campaigns", "site_src", "generator/templates", "generator/locales", "generator/theme", "mkdocs.yml")
LIVE_SCRIPT = """(function () {
  var version = null, box = null;
  function show(errors) {
    if (!errors) { if (box) { box.remove(); box = null; } return; }
    if (!box) {
      box = document.createElement("div");
      box.setAttribute("role", "alert");
      box.className = "tds-live-errors";
      box.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:1000;" +
        "background:#fff3f3;color:#5d0000;border-top:4px solid #b71c1c;padding:1em;font:13px/1.4 monospace;" +
        "white-space:pre-wrap";
      document.body.appendChild(box);
    }
    box.textContent = errors;
  }
  function poll() {
    fetch("/__live/status", {cache: "no-store"}).then(function (r) { return r.json(); }).then(function (s) {
      if (version === null) { version = s.version; }
      else if (s.version !== version) { location.reload(); return; }
      show(s.errors);
    }).catch(function () {}).finally(function () { setTimeout(poll, 500); });
  }
  poll();
})();
"""


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
    return Preview(project, today).rebuild()


class Preview:
    """The state the browser asks about: which build it shows, and the errors of the last attempt."""

    def __init__(self, project: Project, today: dt.date | None) -> None:
        self.project = project
        self.today = today
        self.version = 0
        self.errors = ""

    def rebuild(self) -> bool:
        started = time.monotonic()
        try:
            warnings = build(self.project, self.today or today_in_vietnam(), parallel=True)
        except InputProblems as problems:
            self.errors = format_problems(problems.problems)
            print(self.errors, "\nChưa cập nhật: còn lỗi. / Not updated: fix the errors above.", file=sys.stderr)
            return False
        except UserError as error:
            self.errors = str(error)
            print(self.errors, file=sys.stderr)
            return False
        self.errors = ""
        self.version += 1
        if warnings:
            print(format_problems(warnings), file=sys.stderr)
        print(f"Đã cập nhật / Rebuilt in {time.monotonic() - started:.1f} s", flush=True)
        return True

    def status(self) -> bytes:
        return json.dumps({"version": self.version, "errors": self.errors}, ensure_ascii=False).encode("utf-8")


class PreviewHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the built site, plus the live-reload script and status; pages get the script added."""

    preview: Preview

    def do_GET(self) -> None:
        if self.path == "/__live.js":
            return self.reply(LIVE_SCRIPT.encode("utf-8"), "text/javascript; charset=utf-8")
        if self.path == "/__live/status":
            return self.reply(self.preview.status(), "application/json; charset=utf-8")
        target = Path(self.translate_path(self.path))
        if target.is_dir():
            target = target / "index.html"
        if target.suffix == ".html" and target.is_file():
            page = target.read_bytes().replace(b"</body>", b'<script src="/__live.js"></script></body>', 1)
            return self.reply(page, "text/html; charset=utf-8")
        return super().do_GET()

    def reply(self, body: bytes, content_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def start_server(preview: Preview, port: int) -> http.server.ThreadingHTTPServer:
    preview.project.site_dir.mkdir(exist_ok=True)
    handler = type("Handler", (PreviewHandler,), {"preview": preview})
    bound = functools.partial(handler, directory=str(preview.project.site_dir.resolve()))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), bound)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def watch(preview: Preview, stop: threading.Event, poll_seconds: float = 0.3) -> None:
    """Rebuild whenever a watched file changes, until `stop` is set."""
    seen = snapshot(preview.project)
    while not stop.wait(poll_seconds):
        current = snapshot(preview.project)
        if current != seen:
            seen = current
            preview.rebuild()


def serve(project: Project, today: dt.date | None, port: int) -> int:
    """Serve `site/` at http://127.0.0.1:PORT/ and rebuild on every save, until Ctrl+C."""
    preview = Preview(project, today)
    preview.rebuild()
    server = start_server(preview, port)
    print(f"Xem thử tại / Preview at http://127.0.0.1:{port}/  (Ctrl+C để dừng / to stop)", flush=True)
    try:
        watch(preview, threading.Event())
    finally:
        server.shutdown()
    return 0
