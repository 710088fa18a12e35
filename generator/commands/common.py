"""What several commands share: the project folder, the date and port arguments, and printing warnings."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from ..base.errors import Problem, UserError, format_problems
from ..build import Project


def parse_day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"cần ngày dạng YYYY-MM-DD / expected YYYY-MM-DD: {text!r}") from None


def port_number(text: str) -> int:
    """A TCP port staff may open: 1024-65535 (lower ones need the administrator)."""
    if not text.isdigit() or not 1024 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"cổng phải từ 1024 đến 65535 / the port must be 1024-65535: {text!r}")
    return int(text)


def add_today(sub: argparse.ArgumentParser) -> None:
    """The `--today` option of the commands that compute statuses."""
    sub.add_argument("--today", type=parse_day, default=None,
                     help="ngày tính tình trạng / the date statuses are computed for "
                          "(YYYY-MM-DD; mặc định/default: hôm nay ở Việt Nam / today in Viet Nam)")


def project_at(root: Path) -> Project:
    """The project whose folder is `root` (made absolute: the builder runs elsewhere); a clear error if `root`
    holds no campaigns/, naming the project folder above it if there is one."""
    root = root.resolve()
    if (root / "campaigns").is_dir():
        return Project(root)
    above = next((folder for folder in root.parents if (folder / "campaigns" / "site.yaml").is_file()), None)
    fix_vi, fix_en = ((f"chạy lệnh từ {above}, hoặc thêm --root {above}", f"run it from {above}, or add --root {above}")
                      if above else ("chạy lệnh từ thư mục dự án, hoặc thêm --root THƯ_MỤC",
                                     "run it from the project folder, or add --root FOLDER"))
    raise UserError(f"{root} không phải thư mục dự án (không có campaigns/). Cách sửa: {fix_vi}. / "
                    f"{root} is not a project folder (it has no campaigns/). To fix: {fix_en}.")


def print_warnings(warnings: list[Problem]) -> None:
    if warnings:
        print(format_problems(warnings), file=sys.stderr)
