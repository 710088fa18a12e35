"""The command line: `python -m generator check|build|serve|schema`, in Vietnamese and English."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

from .build import Project, build, check, today_in_vietnam
from .errors import InputProblems, Problem, UserError, format_problems
from .textsafety import terminal_safe

DESCRIPTION = """\
Tạo trang web phong trào thi đua từ dữ liệu trong campaigns/.
Build the emulation-movement website from the records in campaigns/."""


def parse_day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"cần ngày dạng YYYY-MM-DD / expected YYYY-MM-DD: {text!r}") from None


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description=DESCRIPTION,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", type=Path, default=Path("."),
                        help="thư mục dự án / project folder (mặc định/default: .)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser("check", help="kiểm tra dữ liệu, không tạo trang / validate without building")
    for name, text in (("build", "kiểm tra rồi tạo trang vào site/ / validate, then build into site/"),
                       ("serve", "tạo trang rồi xem thử tại máy / build, then preview locally")):
        sub = commands.add_parser(name, help=text)
        sub.add_argument("--today", type=parse_day, default=None,
                         help="ngày tính tình trạng / the date statuses are computed for "
                              "(YYYY-MM-DD; mặc định/default: hôm nay ở Việt Nam / today in Viet Nam)")
        if name == "build":
            sub.add_argument("--out", type=Path, default=None, help="thư mục kết quả / output folder (site/)")
        else:           # the preview is built in build/preview/ and served from there: it never replaces site/
            sub.add_argument("--port", type=int, default=8000, help="cổng / port (8000)")
    sub = commands.add_parser("new", help="tạo tệp phong trào mới có đủ các mục / scaffold a new campaign record")
    sub.add_argument("id", help="mã phong trào, ví dụ 2027-ten-xa-chu-de / the campaign's id")
    sub.add_argument("--issuer", required=True, help="mã cơ quan ban hành trong danh mục / the issuing unit's id")
    sub = commands.add_parser("import-xlsx", help="chuyển bảng kết quả .xlsx thành CSV / turn an .xlsx result table "
                                                   "into CSV in campaigns/results/<campaign>/")
    sub.add_argument("workbook", type=Path, help="tệp .xlsx / the .xlsx file")
    sub.add_argument("--campaign", required=True, help="mã phong trào / the campaign's id")
    sub = commands.add_parser("schema", help="ghi JSON Schema cho trình soạn thảo / write the JSON Schema for editors")
    sub.add_argument("--out", type=Path, default=None, help="thư mục / folder (campaigns/_schema)")
    return parser


def print_warnings(warnings: list[Problem]) -> None:
    if warnings:
        print(format_problems(warnings), file=sys.stderr)


def run_check(args: argparse.Namespace) -> int:
    catalog, warnings = check(Project(args.root))
    print_warnings(warnings)
    print(f"Dữ liệu hợp lệ: {len(catalog.campaigns)} phong trào. / "
          f"The data is valid: {len(catalog.campaigns)} campaigns.")
    return 0


def run_build(args: argparse.Namespace) -> int:
    project = Project(args.root)
    out = args.out or project.site_dir
    print_warnings(build(project, args.today or today_in_vietnam(), out))
    print(f"Đã tạo trang tại {out}/ / The site is built in {out}/")
    return 0


def run_serve(args: argparse.Namespace) -> int:
    from .serve import serve
    return serve(Project(args.root), args.today, args.port)


def run_schema(args: argparse.Namespace) -> int:
    from .schema import write_schemas
    for path in write_schemas(args.out or Project(args.root).content_dir / "_schema"):
        print(path)
    return 0


def run_import_xlsx(args: argparse.Namespace) -> int:
    """Write the workbook's first sheet as CSV next to the campaign's other tables, then check everything."""
    from .results import write_csv
    from .table_files import read_xlsx_grid

    project = Project(args.root)
    grid, problems, _ = read_xlsx_grid(args.workbook)
    if problems:
        raise InputProblems(problems)
    target = project.content_dir / "results" / args.campaign / f"{args.workbook.stem}.csv"
    write_csv(grid, target)
    print(f"Đã ghi / Wrote {target}")
    return run_check(args)


def run_new(args: argparse.Namespace) -> int:
    from .scaffold import new_campaign

    path = new_campaign(Project(args.root).content_dir / "plans", args.id, args.issuer)
    print(f"Đã tạo / Created {path}\nĐiền các chỗ TODO rồi chạy \"make check\". / "
          f"Fill in the TODOs, then run \"make check\".")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "check": run_check, "build": run_build, "serve": run_serve, "schema": run_schema,
    "import-xlsx": run_import_xlsx, "new": run_new,
}


def main(argv: list[str] | None = None) -> int:
    """Run a command; staff errors print as located messages with exit status 1, never a traceback."""
    args = make_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
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
