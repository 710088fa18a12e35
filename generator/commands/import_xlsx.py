"""`import-xlsx`: turn a result workbook into CSV beside the campaign's other tables, then check everything."""

from __future__ import annotations

import argparse
from pathlib import Path

from . import check
from .common import project_at

NAME = "import-xlsx"
HELP = "chuyển bảng kết quả .xlsx thành CSV / turn an .xlsx result table into CSV in campaigns/results/<campaign>/"


def add_arguments(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("workbook", type=Path, help="tệp .xlsx / the .xlsx file")
    sub.add_argument("--campaign", required=True, help="mã phong trào / the campaign's id")


def run(args: argparse.Namespace) -> int:
    from ..staff.import_xlsx import import_workbook

    target = import_workbook(project_at(args.root).content_dir, args.workbook, args.campaign)
    print(f"Đã ghi / Wrote {target}")
    return check.run(args)
