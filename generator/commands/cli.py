"""The command line: `python -m generator COMMAND`, in Vietnamese and English. It only parses and dispatches:
each command is a module of this package with its NAME, HELP, `add_arguments` and `run`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Protocol

from ..base.errors import InputProblems, UserError, format_problems
from ..base.textsafety import terminal_safe
from . import build, check, import_plan, import_xlsx, new, schema, serve

DESCRIPTION = """\
Tạo trang web phong trào thi đua từ dữ liệu trong campaigns/.
Build the emulation-movement website from the records in campaigns/."""


class Command(Protocol):
    """What each module of this package offers: its name and help, its arguments, and its work."""

    NAME: str
    HELP: str

    def add_arguments(self, sub: argparse.ArgumentParser) -> None: ...

    def run(self, args: argparse.Namespace) -> int: ...


COMMANDS: tuple[Command, ...] = (check, build, serve, new, import_xlsx, import_plan, schema)


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description=DESCRIPTION,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", type=Path, default=Path("."),
                        help="thư mục dự án / project folder (mặc định/default: .)")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        command.add_arguments(subparsers.add_parser(command.NAME, help=command.HELP))
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run a command; staff errors print as located messages with exit status 1, never a traceback."""
    args = make_parser().parse_args(argv)
    try:
        return next(command.run(args) for command in COMMANDS if args.command == command.NAME)
    except InputProblems as problems:
        print(format_problems(problems.problems), file=sys.stderr)
        count = len(problems.errors)
        print(f"\n{count} lỗi; trang web cũ được giữ nguyên. / {count} error(s); the previous site is unchanged.",
              file=sys.stderr)
        return 1
    except UserError as error:
        print(terminal_safe(str(error)), file=sys.stderr)      # it may quote the site builder quoting data
        return 1
    except KeyboardInterrupt:
        return 130
