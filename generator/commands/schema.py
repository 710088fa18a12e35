"""`schema`: write the JSON Schema of the records, for editors that check YAML as staff type."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import project_at

NAME = "schema"
HELP = "ghi JSON Schema cho trình soạn thảo / write the JSON Schema for editors"


def add_arguments(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--out", type=Path, default=None, help="thư mục / folder (campaigns/_schema)")


def run(args: argparse.Namespace) -> int:
    from ..staff.schema import write_schemas

    for path in write_schemas(args.out or project_at(args.root).content_dir / "_schema"):
        print(path)
    return 0
