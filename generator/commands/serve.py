"""`serve`: build, then preview locally; the preview is built in build/preview/ and never replaces site/."""

from __future__ import annotations

import argparse

from .common import add_today, port_number, project_at

NAME = "serve"
HELP = "tạo trang rồi xem thử tại máy / build, then preview locally"


def add_arguments(sub: argparse.ArgumentParser) -> None:
    add_today(sub)
    sub.add_argument("--port", type=port_number, default=8000, help="cổng / port (8000)")


def run(args: argparse.Namespace) -> int:
    from ..staff.serve import serve

    return serve(project_at(args.root), args.today, args.port)
