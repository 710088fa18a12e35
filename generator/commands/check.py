"""`check`: validate campaigns/ without building."""

from __future__ import annotations

import argparse

from ..build import check
from .common import print_warnings, project_at

NAME = "check"
HELP = "kiểm tra dữ liệu, không tạo trang / validate without building"


def add_arguments(sub: argparse.ArgumentParser) -> None:
    """`check` takes no arguments of its own."""


def run(args: argparse.Namespace) -> int:
    catalog, warnings = check(project_at(args.root))
    print_warnings(warnings)
    print(f"Dữ liệu hợp lệ: {len(catalog.campaigns)} phong trào. / "
          f"The data is valid: {len(catalog.campaigns)} campaigns.")
    return 0
