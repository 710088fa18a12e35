"""Putting a finished site in place: one build at a time, staged beside the output, swapped in by one rename.

The output (`site/`, or `--out`) is a symbolic link to a complete build kept in a hidden folder beside it,
`.site.builds/<build>/site/`. A new build is put together in a new folder there, on the same file system as
the output, then the link is replaced by one `rename`: a reader sees the old site or the new one, never
neither and never half of one. The previous build is kept one round for readers still inside it; older
ones are removed. Beside each build, `SHA256SUMS` lists every file with its hash, so a publisher can check
the whole build before copying it anywhere (`.ci/publish`).
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import shutil
import stat
import time
from collections.abc import Iterator
from pathlib import Path

from ..base.errors import BuildBusy, UserError

SITE = "site"                   # the site's folder inside a build's folder
MANIFEST = "SHA256SUMS"         # beside it: `sha256sum -c` reads it
FILE_MODE, DIR_MODE = 0o644, 0o755   # whatever the umask, the web server can read what is published


@contextlib.contextmanager
def exclusive(lock: Path) -> Iterator[None]:
    """Hold `lock` for the block, or raise BuildBusy at once; the system frees it if the process dies."""
    lock.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BuildBusy(lock) from None
        yield
    finally:
        os.close(fd)


def builds_dir(out: Path) -> Path:
    """Where the builds behind `out` live: a hidden folder beside it, so on the same file system."""
    return out.parent / f".{out.name}.builds"


def output_lock(out: Path) -> Path:
    return out.parent / f".{out.name}.lock"


def new_build(out: Path) -> Path:
    """An empty folder for one build of `out`; call with the output's lock held."""
    folder = builds_dir(out) / f"{time.time_ns()}-{os.getpid()}"
    folder.mkdir(parents=True)
    return folder


def publish(built: Path, out: Path) -> None:
    """Make `built` (inside a folder from `new_build`) the site at `out`, whole and readable by everyone."""
    folder = built.parent
    if built.name != SITE:
        built.rename(folder / SITE)
    make_readable(folder / SITE)
    write_manifest(folder)
    previous = current_build(out)
    flip(out, folder / SITE)
    remove_builds(out, keep={folder, previous})


def publish_copy(built: Path, out: Path) -> None:
    """A copy of `built` published at `out`; `built` stays as it is."""
    folder = new_build(out)
    shutil.copytree(built, folder / SITE, symlinks=False)
    publish(folder / SITE, out)


def make_readable(root: Path) -> None:
    """Files 0644 and folders 0755, whatever umask the build ran under."""
    root.chmod(DIR_MODE)
    for base, dirs, files in os.walk(root):
        for name in dirs:
            os.chmod(os.path.join(base, name), DIR_MODE)
        for name in files:
            os.chmod(os.path.join(base, name), FILE_MODE)


def write_manifest(folder: Path) -> None:
    """`SHA256SUMS` for every file under `folder/site`, in sorted order, as `sha256sum` writes it."""
    root = folder / SITE
    lines = [f"{file_hash(root / name)}  {name}\n" for name in files_under(root)]
    (folder / MANIFEST).write_text("".join(lines), encoding="utf-8")
    (folder / MANIFEST).chmod(FILE_MODE)


def files_under(root: Path) -> list[str]:
    """Every file under `root`, as a path relative to it, in the order of sorted `Path`s (part by part): what
    `sorted(root.rglob("*"))` gives, listed by `os.walk`, a quarter of the time for a province's 18,000 files."""
    found = [os.path.relpath(os.path.join(base, name), root)
             for base, _, names in os.walk(root) for name in names if os.path.isfile(os.path.join(base, name))]
    return sorted(found, key=lambda name: name.split(os.sep))


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def current_build(out: Path) -> Path | None:
    """The build folder `out` links to now, if it is a link into its builds folder."""
    if not out.is_symlink():
        return None
    target = (out.parent / os.readlink(out)).resolve()
    return target.parent if target.parent.parent == builds_dir(out).resolve() else None


def flip(out: Path, site: Path) -> None:
    """Point `out` at `site` with one rename; a real folder left by an older version is moved aside first."""
    if out.exists() and not out.is_symlink():
        adopt_folder(out)
    link = out.parent / f".{out.name}.link-{os.getpid()}"
    link.unlink(missing_ok=True)
    link.symlink_to(os.path.relpath(site, out.parent))
    os.replace(link, out)


def adopt_folder(out: Path) -> None:
    """Move a site that is a plain folder (built before links) into the builds folder; refuse anything else,
    so that a mistyped --out never moves someone's folder away."""
    looks_built = (out / "build-info.json").is_file() or not any(out.iterdir())
    if not stat.S_ISDIR(out.lstat().st_mode) or not looks_built:
        raise not_a_site(out)
    folder = new_build(out)
    out.rename(folder / SITE)


def not_a_site(out: Path) -> UserError:
    return UserError(f"{out} đã có và không phải trang do chương trình tạo; không ghi đè. Cách sửa: chọn --out khác "
                     f"(một thư mục mới). / {out} exists and is not a site this program built; it is left alone. "
                     f"To fix: choose another --out (a new folder).")


def refuse_output_over(out: Path, root: Path, inputs: list[Path]) -> None:
    """Refuse an output that is or holds the project `root`, or is, holds or lies inside one of its `inputs`."""
    target = out.resolve()
    for folder in (p.resolve() for p in [root, *inputs]):
        if folder.is_relative_to(target) or (folder != root.resolve() and target.is_relative_to(folder)):
            raise UserError(f"--out {out} trùng với, chứa hoặc nằm trong {folder} của dự án; không ghi vào đó. "
                            f"Cách sửa: chọn một thư mục mới bên ngoài campaigns/, site_src/ và build/. / "
                            f"--out {out} is, holds or lies inside the project's {folder}; nothing is written "
                            f"there. To fix: choose a new folder outside campaigns/, site_src/ and build/.")


def remove_builds(out: Path, keep: set[Path | None]) -> None:
    """Every build but those in `keep`: the new one, and the previous one for readers still inside it."""
    kept = {path.resolve() for path in keep if path is not None}
    for folder in sorted(builds_dir(out).iterdir()):
        if folder.resolve() not in kept:
            shutil.rmtree(folder, ignore_errors=True)
