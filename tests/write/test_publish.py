"""Publishing: one build at a time, staged beside the output, swapped in whole by one rename, readable by all."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from generator.base.errors import BuildBusy, UserError
from generator.build import build
from generator.commands.cli import main
from generator.write.publish import (
    MANIFEST,
    builds_dir,
    exclusive,
    new_build,
    output_lock,
    publish,
    publish_copy,
)
from tests.conftest import ROOT, TODAY, copy_project


def fake_build(out: Path, marker: str, files: int = 3) -> Path:
    """A finished site in a new build folder of `out`: `index.html` says `marker`."""
    folder = new_build(out) / "vi"
    (folder / "en").mkdir(parents=True)
    (folder / "index.html").write_text(marker)
    for i in range(files):
        (folder / "en" / f"{i}.html").write_text(f"{marker} {i}")
    return folder


def test_the_site_is_a_link_to_a_complete_build_and_the_old_one_is_kept_one_round(tmp_path: Path) -> None:
    out = tmp_path / "site"
    for marker in ("first", "second", "third"):
        publish(fake_build(out, marker), out)
    assert out.is_symlink() and (out / "index.html").read_text() == "third"
    assert len(list(builds_dir(out).iterdir())) == 2          # the new build, and the previous one for its readers
    sums = (out.resolve().parent / MANIFEST).read_text().splitlines()
    assert [line.split("  ")[1] for line in sums] == ["en/0.html", "en/1.html", "en/2.html", "index.html"]


def test_a_plain_folder_from_an_older_version_is_replaced_whole(tmp_path: Path) -> None:
    out = tmp_path / "site"
    out.mkdir()
    (out / "build-info.json").write_text("{}")               # as every build writes it
    (out / "stale.html").write_text("old")
    publish(fake_build(out, "new"), out)
    assert sorted(p.name for p in out.iterdir()) == ["en", "index.html"]


def test_a_folder_this_program_did_not_build_is_never_moved(tmp_path: Path) -> None:
    out = tmp_path / "site"
    out.mkdir()
    (out / "bao-cao.docx").write_text("x")
    with pytest.raises(UserError, match="it is left alone"):
        publish(fake_build(out, "new"), out)
    assert (out / "bao-cao.docx").is_file() and not out.is_symlink()


def test_readers_never_find_the_site_missing_or_half_written(tmp_path: Path) -> None:
    out = tmp_path / "site"
    publish(fake_build(out, "0", files=20), out)
    seen: list[str] = []
    done = threading.Event()

    def read() -> None:
        while not done.is_set():
            try:
                seen.append((out / "index.html").read_text() + "|" + (out / "en" / "19.html").read_text())
            except OSError as error:
                seen.append(f"missing: {error}")

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for i in range(1, 30):
            publish(fake_build(out, str(i), files=20), out)
    finally:
        done.set()
        reader.join(5)
    assert seen and [s for s in seen if s.startswith("missing") or not s.endswith(" 19")] == []


def test_published_files_are_readable_by_the_web_server_whatever_the_umask(tmp_path: Path) -> None:
    out = tmp_path / "site"
    before = os.umask(0o077)
    try:
        built = fake_build(out, "x")
        (built / "secret.html").write_text("x")
        publish(built, out)
    finally:
        os.umask(before)
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in out.resolve().rglob("*")}
    assert modes["secret.html"] == 0o644 and modes["en"] == 0o755
    assert stat.S_IMODE(out.resolve().stat().st_mode) == 0o755


def test_a_copy_leaves_its_source_and_replaces_the_output_whole(tmp_path: Path) -> None:
    source = tmp_path / "preview"
    (source / "en").mkdir(parents=True)
    (source / "index.html").write_text("preview")
    out = tmp_path / "site"
    publish(fake_build(out, "old"), out)
    publish_copy(source, out)
    assert (out / "index.html").read_text() == "preview" and (source / "index.html").is_file()


def test_a_second_holder_of_a_lock_is_refused_with_a_message_in_both_languages(tmp_path: Path) -> None:
    lock = tmp_path / "x.lock"
    with exclusive(lock), pytest.raises(BuildBusy) as busy, exclusive(lock):
        pass
    assert "Một bản dựng khác đang chạy" in str(busy.value) and "Another build is running" in str(busy.value)
    with exclusive(lock):                   # freed once its holder is done
        pass


def test_a_build_while_another_holds_the_project_refuses_and_leaves_the_site(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = copy_project(tmp_path)
    build(project, TODAY)
    before = os.readlink(project.site_dir)
    for lock in (project.lock_file, output_lock(project.site_dir)):
        with exclusive(lock):
            assert main(["--root", str(tmp_path), "build", "--today", str(TODAY)]) == 1
        assert "Another build is running" in capsys.readouterr().err
        assert os.readlink(project.site_dir) == before and (project.site_dir / "index.html").is_file()


def test_a_build_into_another_folder_stages_beside_it_and_keeps_the_last_site(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    out = tmp_path / "elsewhere" / "www"
    build(project, TODAY, out)
    build(project, TODAY, out)
    assert (out / "en" / "index.html").is_file() and not (project.work_dir / "staging").exists()
    assert [p.name for p in out.resolve().parent.parent.iterdir()] == [p.name for p in builds_dir(out).iterdir()]
    assert len(list(builds_dir(out).iterdir())) == 2


def test_a_killed_build_leaves_the_site_and_the_next_one_clears_its_remains(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    build(project, TODAY)
    before = os.readlink(project.site_dir)
    script = ("import os, sys; from generator.write import publish\n"
              "publish.publish = lambda built, out: os._exit(9)\n"
              "from generator.commands.cli import main; sys.exit(main(sys.argv[1:]))")
    killed = subprocess.run([sys.executable, "-c", script, "--root", str(tmp_path), "build", "--today", str(TODAY)],
                            cwd=ROOT, capture_output=True, text=True, check=False)
    assert killed.returncode == 9
    assert os.readlink(project.site_dir) == before and (project.site_dir / "en" / "index.html").is_file()
    assert len(list(builds_dir(project.site_dir).iterdir())) == 2      # the killed build's half
    build(project, TODAY)
    assert len(list(builds_dir(project.site_dir).iterdir())) == 2      # the new build and the previous one


def test_the_manifest_lists_files_in_the_order_of_sorted_paths(tmp_path: Path) -> None:
    from generator.write.publish import files_under

    for name in ("a/x.html", "a-b/x.html", "a.txt", "b/c/d.css", "A/z", "a/y/index.html"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(name)
    (tmp_path / "empty").mkdir()
    expected = [p.relative_to(tmp_path).as_posix() for p in sorted(tmp_path.rglob("*")) if p.is_file()]
    assert files_under(tmp_path) == expected
    assert expected.index("a/x.html") < expected.index("a-b/x.html")      # part by part, not character by character
