import http.server
import json
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

import pytest

from generator.build import Project
from generator.commands.cli import main
from generator.staff.serve import BUG, Preview, rebuild, snapshot, start_server, watch
from tests.conftest import ROOT, TODAY, copy_project

RELOAD_MS = 10_000      # a whole rebuild of the shipped site takes about 1 s, several on a loaded machine


def test_a_saved_file_changes_the_snapshot(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    before = snapshot(project)
    plan = next((project.content_dir / "plans").glob("*.yaml"))
    time.sleep(0.01)
    plan.write_text(plan.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert snapshot(project) != before


def test_a_broken_save_keeps_the_last_good_site(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    assert rebuild(project, TODAY) is True
    index = project.site_dir / "index.html"
    good = index.read_text(encoding="utf-8")
    (project.content_dir / "site.yaml").write_text("name: [\n", encoding="utf-8")
    assert rebuild(project, TODAY) is False
    assert index.read_text(encoding="utf-8") == good


def fetch(server: Any, path: str) -> bytes:
    with urllib.request.urlopen(f"http://127.0.0.1:{server.server_address[1]}{path}", timeout=10) as reply:
        body: bytes = reply.read()
    return body


@dataclass(frozen=True)
class Served:
    """A copy of the shipped project, built once, served by the preview server and watched for saves."""

    project: Project
    preview: Preview
    server: http.server.ThreadingHTTPServer
    watcher: threading.Thread

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/"


@contextmanager
def serving(tmp_path: Path, poll_seconds: float) -> Iterator[Served]:
    """What `serve` runs, on a free port, polling for saves every `poll_seconds`; stopped and closed on exit."""
    project = copy_project(tmp_path)
    preview = Preview(project, TODAY)
    assert preview.rebuild()
    server, stop = start_server(preview, 0), threading.Event()
    watcher = threading.Thread(target=watch, args=(preview, stop, poll_seconds, snapshot(project)), daemon=True)
    watcher.start()
    try:
        yield Served(project, preview, server, watcher)
    finally:
        stop.set()
        server.shutdown()
        watcher.join(timeout=30)      # a rebuild under way ends before its sessions close
        preview.close()


def test_a_missing_address_gets_the_site_s_404_page_in_its_language(tmp_path: Path) -> None:
    with serving(tmp_path, poll_seconds=60) as served:
        for path, title in (("/khong-co-trang-nay/", "Không tìm thấy trang"), ("/en/no-such-page/", "Page not found")):
            with pytest.raises(urllib.error.HTTPError) as missing:
                fetch(served.server, path)
            assert missing.value.code == 404
            page = missing.value.read().decode("utf-8")
            assert f"<h1>{title}</h1>" in page and "/__live.js" in page


def wait_until(condition: Any, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def broken(*args: object, **kwargs: object) -> NoReturn:
    raise RuntimeError("a deliberate bug")


def test_a_bug_during_a_rebuild_keeps_the_site_and_the_watcher(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    with serving(tmp_path, poll_seconds=0.05) as served:
        project, preview, server = served.project, served.preview, served.server
        good = fetch(server, "/")
        monkeypatch.setattr("generator.staff.preview.generate", broken)
        plan = project.content_dir / "plans" / "2024-khanh-khe-thanh-toan-truc-tuyen.yaml"
        plan.write_text(plan.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        wait_until(lambda: preview.errors)
        assert BUG in preview.errors and "a deliberate bug" in json.loads(fetch(server, "/__live/status"))["errors"]
        assert served.watcher.is_alive() and fetch(server, "/") == good
        printed = capsys.readouterr().err
        assert "Traceback" in printed and "RuntimeError: a deliberate bug" in printed and BUG in printed
        monkeypatch.undo()
        plan.write_text(plan.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        wait_until(lambda: preview.version == 2 and not preview.errors)


def test_preview_reloads_the_browser_and_shows_errors_in_the_page(tmp_path: Path, browser: Any) -> None:
    from playwright.sync_api import expect

    with serving(tmp_path, poll_seconds=0.3) as served:
        project, preview = served.project, served.preview
        site_file = project.content_dir / "site.yaml"
        good = site_file.read_text(encoding="utf-8")
        page = browser.new_page()
        page.goto(served.url)
        site_file.write_text(good.replace("vi: Phong trào thi đua", "vi: Phong trào thi đua xã Thử"), encoding="utf-8")
        expect(page.locator(".md-header__topic").first).to_contain_text("xã Thử", timeout=RELOAD_MS)
        site_file.write_text(good.replace("url: https", "url: ftp"), encoding="utf-8")
        alert = page.get_by_role("alert")
        expect(alert).to_contain_text("site.yaml", timeout=RELOAD_MS)
        expect(alert).to_contain_text("http://")
        site_file.write_text(good, encoding="utf-8")
        expect(alert).to_have_count(0, timeout=RELOAD_MS)
        wait_until(lambda: preview.site.live is not None)
        folder, campaign = preview.folder, "2024-khanh-khe-thanh-toan-truc-tuyen"
        page.goto(f"{served.url}phong-trao/{campaign}/")
        plan = project.content_dir / "plans" / f"{campaign}.yaml"
        plan.write_text(plan.read_text(encoding="utf-8").replace("  vi: Nâng cao tỷ lệ", "  vi: Nâng cao hơn tỷ lệ", 1),
                        encoding="utf-8")
        expect(page.locator("h1").first).to_contain_text("Nâng cao hơn", timeout=RELOAD_MS)
        assert preview.folder == folder          # only the changed pages were rendered again
        page.close()
    assert "__live.js" not in (project.site_dir / "index.html").read_text(encoding="utf-8")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def children(pid: int) -> list[int]:
    return [int(child) for task in Path(f"/proc/{pid}/task").iterdir()
            for child in (task / "children").read_text().split()]


def alive(pid: int) -> bool:
    """Running, and not a zombie waiting for its parent to read its status."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0] != "Z"
    except (FileNotFoundError, IndexError):
        return False


@contextmanager
def serve_process(tmp_path: Path, port: int) -> Iterator[subprocess.Popen[str]]:
    """`serve` in a process of its own, once it prints its address (at most two minutes); killed at the end."""
    copy_project(tmp_path)
    process = subprocess.Popen([sys.executable, "-m", "generator", "--root", str(tmp_path), "serve", "--port",
                                str(port), "--today", str(TODAY)], cwd=ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    try:
        assert process.stdout is not None
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and "Preview at" not in process.stdout.readline():
            pass
        yield process
    finally:
        process.kill()
        process.wait(30)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGKILL])
def test_ending_serve_ends_its_session_processes(tmp_path: Path, signum: int) -> None:
    with serve_process(tmp_path, free_port()) as process:
        sessions = children(process.pid)
        assert len(sessions) == 2 and all(alive(pid) for pid in sessions)
        process.send_signal(signum)
        process.wait(30)
        deadline = time.monotonic() + 20
        while any(alive(pid) for pid in sessions) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(alive(pid) for pid in sessions)
    if signum == signal.SIGTERM:
        assert process.returncode == 128 + signum


def test_a_port_in_use_is_a_clear_message_before_any_build(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    project = copy_project(tmp_path)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["--root", str(project.root), "serve", "--port", str(port)]) == 1
    err = capsys.readouterr().err
    assert f"Port {port} cannot be opened" in err and "Traceback" not in err
    assert not project.preview_dir.exists()


@pytest.mark.parametrize("port", ["0", "80", "65536", "70000", "-1", "http"])
def test_a_port_out_of_range_is_refused_by_the_command_line(port: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit:
        main(["serve", "--port", port])
    assert exit.value.code == 2 and "the port must be 1024-65535" in capsys.readouterr().err


def test_the_preview_searches_what_a_save_just_changed(tmp_path: Path, browser: Any) -> None:
    from playwright.sync_api import expect

    from tests.browser import PHONE
    from tests.test_search import open_search, search

    campaign = "2024-khanh-khe-thanh-toan-truc-tuyen"
    with serving(tmp_path, poll_seconds=0.3) as served:
        project, preview = served.project, served.preview
        wait_until(lambda: preview.site.live is not None)
        page = browser.new_page(viewport=PHONE)             # the search button, as a phone shows it
        open_search(page, served.url)
        assert search(page, served.url, "pac bo") == {}                   # no page names Pác Bó yet
        plan = project.content_dir / "plans" / f"{campaign}.yaml"
        renamed = plan.read_text(encoding="utf-8").replace("  vi: Nâng cao tỷ lệ", "  vi: Nâng cao (Pác Bó) tỷ lệ", 1)
        plan.write_text(renamed, encoding="utf-8")
        page.goto(f"{served.url}phong-trao/{campaign}/")
        expect(page.locator("h1").first).to_contain_text("Pác Bó", timeout=RELOAD_MS)
        open_search(page, served.url)
        assert f"phong-trao/{campaign}/" in search(page, served.url, "pac bo")
        page.close()
