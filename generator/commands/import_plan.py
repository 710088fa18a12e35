"""`import-plan`: draft a campaign record from the signed plan (.docx, .md or .txt), then list its TODOs by line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..base.errors import InputProblems, format_problems
from . import check
from .common import project_at

NAME = "import-plan"
HELP = "tạo bản nháp phong trào từ văn bản đã ký (.docx, .md, .txt) / draft a campaign record from the signed plan"


def add_arguments(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("file", type=Path, help="tệp .docx, .md hoặc .txt / the .docx, .md or .txt file")
    sub.add_argument("--id", default=None, help="mã phong trào / the campaign's id (mặc định/default: năm-tên-tệp)")


def run(args: argparse.Namespace) -> int:
    """Draft a record from a signed plan, then list what staff must still do (check's TODOs, by line)."""
    from ..staff.importplan import import_plan

    project = project_at(args.root)
    paths = import_plan(args.file, project.content_dir, args.id)
    print(f"Đã tạo bản nháp / Drafted {', '.join(map(str, paths))}")
    print("Soát bản nháp với văn bản gốc, điền các chỗ TODO (liệt kê dưới đây) rồi chạy \"make check\". / "
          "Check the draft against the original, fill in the TODOs listed below, then run \"make check\".")
    try:
        check.run(args)
    except InputProblems as problems:
        print(format_problems([p for p in problems.problems if p.location.file in paths]), file=sys.stderr)
    return 0
