"""A local preview: build, serve on this machine, rebuild on every save, reload the browser.

After the first build, a save re-renders only the pages it changed (`preview.PreviewSite`, which
also says where the pages are served from). The preview server adds one script to the pages it
serves (never to the built files): it asks the server every half second whether a new build is
ready, reloads the page when one is, and shows the errors of a failed build over the page, as the
terminal does. A bug in the generator is printed with its traceback and the last good site stays;
the preview keeps watching.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import http.server
import json
import signal
import sys
import threading
import time
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..base.errors import InputProblems, UserError, format_problems
from ..base.textsafety import terminal_safe
from ..build import Project
from ..load.records import Stamps, file_stamps
from ..write.publish import exclusive
from .preview import PreviewSite, Refreshed, generator_inputs

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


BUG = ("Lỗi chương trình (không phải lỗi dữ liệu), xin báo cho người phát triển; trang cũ được giữ nguyên. / "
       "A bug in the generator, not in your data: please report it; the last good site stays.")


def snapshot(project: Project) -> Stamps:
    """The stamp of every file the preview depends on: the project's content and pages, and the generator's
    own templates, translations, theme and mkdocs.yml."""
    return file_stamps([project.content_dir, project.pages_dir, *generator_inputs()])


def rebuild(project: Project, today: dt.date | None) -> bool:
    """One whole build, as `serve` starts with; on failure print why and keep the last good site."""
    preview = Preview(project, today)
    try:
        return preview.rebuild()
    finally:
        preview.close()


class Preview:
    """The state the browser asks about: which build it shows, and the errors of the last attempt."""

    def __init__(self, project: Project, today: dt.date | None) -> None:
        self.project = project
        self.site = PreviewSite(project, today)
        self.version = 0
        self.errors = ""

    @property
    def folder(self) -> Path:
        """The folder the server shows: the last good build."""
        return self.site.served

    def rebuild(self) -> bool:
        """Bring the site up to date with the inputs; on bad input or a bug, say why and keep the last good site."""
        started = time.monotonic()
        try:
            refreshed = self.site.refresh()
        except InputProblems as problems:
            self.errors = format_problems(problems.problems)
            print(self.errors, "\nChưa cập nhật: còn lỗi. / Not updated: fix the errors above.", file=sys.stderr)
            return False
        except UserError as error:
            self.errors = terminal_safe(str(error))
            print(self.errors, file=sys.stderr)
            return False
        except Exception as error:
            self.errors = f"{BUG}\n{type(error).__name__}: {error}"
            print(f"{traceback.format_exc()}\n{BUG}", file=sys.stderr, flush=True)
            return False
        self.errors = ""
        self.version += 1
        report(refreshed, time.monotonic() - started)
        return True

    def status(self) -> bytes:
        return json.dumps({"version": self.version, "errors": self.errors}, ensure_ascii=False).encode("utf-8")

    def close(self) -> None:
        self.site.close()


def report(refreshed: Refreshed, seconds: float) -> None:
    """The terminal's line after a rebuild: warnings first, then what was rebuilt and how long it took."""
    if refreshed.warnings:
        print(format_problems(refreshed.warnings), file=sys.stderr)
    if refreshed.whole_because is None:
        count = sum(map(len, refreshed.updated.values()))
        print(f"Đã cập nhật {count} tệp / Rebuilt {count} file(s) in {seconds:.1f} s", flush=True)
    else:
        print(f"Đã tạo lại toàn bộ / Rebuilt the whole site in {seconds:.1f} s ({refreshed.whole_because})",
              flush=True)


class PreviewHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the built site, plus the live-reload script and status; pages get the script added."""

    preview: Preview

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, directory=str(self.preview.folder.resolve()), **kwargs)

    def do_GET(self) -> None:
        if self.path == "/__live.js":
            return self.reply(LIVE_SCRIPT.encode("utf-8"), "text/javascript; charset=utf-8")
        if self.path == "/__live/status":
            return self.reply(self.preview.status(), "application/json; charset=utf-8")
        target = Path(self.translate_path(self.path))
        if target.is_dir():
            target = target / "index.html"
        if target.suffix == ".html" and target.is_file():
            return self.reply(with_live_script(target.read_bytes()), "text/html; charset=utf-8")
        not_found = None if target.exists() else self.not_found_page(target)
        if not_found is not None:
            return self.reply(with_live_script(not_found.read_bytes()), "text/html; charset=utf-8", status=404)
        return super().do_GET()

    def not_found_page(self, missing: Path) -> Path | None:
        """The site's own page for a missing address: the nearest 404.html above it, so `/en/...` gets the
        English one (as Cloudflare Pages chooses it); None before the first build."""
        root = Path(self.directory)
        for folder in missing.parents:
            if (folder / "404.html").is_file():
                return folder / "404.html"
            if folder == root:
                break
        return None

    def reply(self, body: bytes, content_type: str, status: int = 200) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def with_live_script(page: bytes) -> bytes:
    """A page that reloads itself after a rebuild and shows the errors of a failed one."""
    return page.replace(b"</body>", b'<script src="/__live.js"></script></body>', 1)


def open_server(preview: Preview, port: int) -> http.server.ThreadingHTTPServer:
    """A server bound to 127.0.0.1:`port`, not serving yet; a clear error if the port cannot be opened."""
    handler = type("Handler", (PreviewHandler,), {"preview": preview})
    try:
        return http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    except OSError as error:
        raise UserError(f"Không mở được cổng {port} ({error.strerror}). Cách sửa: đóng chương trình đang dùng cổng "
                        f"này, hoặc chọn cổng khác: make serve PORT=8001. / Port {port} cannot be opened "
                        f"({error.strerror}). To fix: close the program using it, or choose another port: "
                        f"make serve PORT=8001.") from None


def start_server(preview: Preview, port: int) -> http.server.ThreadingHTTPServer:
    server = open_server(preview, port)
    run_server(preview, server)
    return server


def run_server(preview: Preview, server: http.server.ThreadingHTTPServer) -> None:
    preview.folder.mkdir(parents=True, exist_ok=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()


@contextlib.contextmanager
def ending_on_sigterm() -> Iterator[None]:
    """SIGTERM (from `kill`, systemd, a CI runner) ends `serve` as Ctrl+C does: sessions closed, port freed."""
    def stop(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def watch(preview: Preview, stop: threading.Event, poll_seconds: float, seen: Stamps) -> None:
    """Rebuild whenever a watched file changes from `seen`, until `stop` is set."""
    while not stop.wait(poll_seconds):
        current = snapshot(preview.project)
        if current != seen:
            seen = current
            preview.rebuild()


def serve(project: Project, today: dt.date | None, port: int) -> int:
    """Serve the preview at http://127.0.0.1:PORT/ and rebuild on every save, until Ctrl+C or SIGTERM."""
    with exclusive(project.work_dir / "preview.lock"), ending_on_sigterm():
        preview = Preview(project, today)
        server = open_server(preview, port)         # a port in use stops here, before the first build
        try:
            before = snapshot(project)              # a save during the first build rebuilds once it is done
            preview.rebuild()
            run_server(preview, server)
            print(f"Xem thử tại / Preview at http://127.0.0.1:{port}/  (Ctrl+C để dừng / to stop)", flush=True)
            try:
                watch(preview, threading.Event(), 0.3, before)
            finally:
                server.shutdown()
        finally:
            server.server_close()
            preview.close()
    return 0
