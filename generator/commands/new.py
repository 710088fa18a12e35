"""`new`: scaffold a campaign record with every section, for staff to fill in."""

from __future__ import annotations

import argparse

from .common import project_at

NAME = "new"
HELP = "tạo tệp phong trào mới có đủ các mục / scaffold a new campaign record"


def add_arguments(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("id", help="mã phong trào, ví dụ 2027-ten-xa-chu-de / the campaign's id")
    sub.add_argument("--issuer", required=True, help="mã cơ quan ban hành trong danh mục / the issuing unit's id")


def run(args: argparse.Namespace) -> int:
    from ..staff.scaffold import new_campaign

    path = new_campaign(project_at(args.root).content_dir, args.id, args.issuer)
    print(f"Đã tạo / Created {path}\nĐiền các chỗ TODO rồi chạy \"make check\". / "
          f"Fill in the TODOs, then run \"make check\".")
    return 0
