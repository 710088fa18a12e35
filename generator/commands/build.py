"""`build`: validate, then build the site into site/ (or --out)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..build import build, today_in_vietnam
from .common import add_today, print_warnings, project_at

NAME = "build"
HELP = "kiểm tra rồi tạo trang vào site/ / validate, then build into site/"


def add_arguments(sub: argparse.ArgumentParser) -> None:
    add_today(sub)
    sub.add_argument("--out", type=Path, default=None, help="thư mục kết quả / output folder (site/)")


def run(args: argparse.Namespace) -> int:
    project = project_at(args.root)
    out = args.out.resolve() if args.out else project.site_dir
    print_warnings(build(project, args.today or today_in_vietnam(), out))
    print(f"Đã tạo trang tại {out}/ / The site is built in {out}/")
    return 0
