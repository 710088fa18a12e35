"""The command line: `python -m generator check|build|serve|schema`, in Vietnamese and English."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

from ..base.errors import InputProblems, Problem, UserError, format_problems
from ..base.messages import bilingual
from ..base.textsafety import terminal_safe
from ..build import Project, build, check, today_in_vietnam
from ..validate.refs import is_slug

DESCRIPTION = """\
Tạo trang web phong trào thi đua từ dữ liệu trong campaigns/.
Build the emulation-movement website from the records in campaigns/."""


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
            sub.add_argument("--port", type=port_number, default=8000, help="cổng / port (8000)")
    sub = commands.add_parser("new", help="tạo tệp phong trào mới có đủ các mục / scaffold a new campaign record")
    sub.add_argument("id", help="mã phong trào, ví dụ 2027-ten-xa-chu-de / the campaign's id")
    sub.add_argument("--issuer", required=True, help="mã cơ quan ban hành trong danh mục / the issuing unit's id")
    sub = commands.add_parser("import-xlsx", help="chuyển bảng kết quả .xlsx thành CSV / turn an .xlsx result table "
                                                   "into CSV in campaigns/results/<campaign>/")
    sub.add_argument("workbook", type=Path, help="tệp .xlsx / the .xlsx file")
    sub.add_argument("--campaign", required=True, help="mã phong trào / the campaign's id")
    sub = commands.add_parser("import-plan", help="tạo bản nháp phong trào từ văn bản đã ký (.docx, .md, .txt) / "
                                                   "draft a campaign record from the signed plan")
    sub.add_argument("file", type=Path, help="tệp .docx, .md hoặc .txt / the .docx, .md or .txt file")
    sub.add_argument("--id", default=None, help="mã phong trào / the campaign's id (mặc định/default: năm-tên-tệp)")
    sub = commands.add_parser("schema", help="ghi JSON Schema cho trình soạn thảo / write the JSON Schema for editors")
    sub.add_argument("--out", type=Path, default=None, help="thư mục / folder (campaigns/_schema)")
    return parser


def print_warnings(warnings: list[Problem]) -> None:
    if warnings:
        print(format_problems(warnings), file=sys.stderr)


def run_check(args: argparse.Namespace) -> int:
    catalog, warnings = check(project_at(args.root))
    print_warnings(warnings)
    print(f"Dữ liệu hợp lệ: {len(catalog.campaigns)} phong trào. / "
          f"The data is valid: {len(catalog.campaigns)} campaigns.")
    return 0


def run_build(args: argparse.Namespace) -> int:
    project = project_at(args.root)
    out = args.out.resolve() if args.out else project.site_dir
    print_warnings(build(project, args.today or today_in_vietnam(), out))
    print(f"Đã tạo trang tại {out}/ / The site is built in {out}/")
    return 0


def run_serve(args: argparse.Namespace) -> int:
    from ..staff.serve import serve
    return serve(project_at(args.root), args.today, args.port)


def run_schema(args: argparse.Namespace) -> int:
    from ..staff.schema import write_schemas
    for path in write_schemas(args.out or project_at(args.root).content_dir / "_schema"):
        print(path)
    return 0


def run_import_xlsx(args: argparse.Namespace) -> int:
    """Write the workbook's first sheet as CSV next to the campaign's other tables, then check everything."""
    from ..load.results import write_csv
    from ..load.table_files import read_xlsx_grid

    if not is_slug(args.campaign):      # the folder written into is named after it: never a path
        raise UserError(bilingual("command_id_not_slug", id=args.campaign))
    project = project_at(args.root)
    grid, problems, _ = read_xlsx_grid(args.workbook)
    if problems:
        raise InputProblems(problems)
    target = project.content_dir / "results" / args.campaign / f"{args.workbook.stem}.csv"
    write_csv(grid, target)
    print(f"Đã ghi / Wrote {target}")
    return run_check(args)


def run_new(args: argparse.Namespace) -> int:
    from ..staff.scaffold import new_campaign

    path = new_campaign(project_at(args.root).content_dir, args.id, args.issuer)
    print(f"Đã tạo / Created {path}\nĐiền các chỗ TODO rồi chạy \"make check\". / "
          f"Fill in the TODOs, then run \"make check\".")
    return 0


def run_import_plan(args: argparse.Namespace) -> int:
    """Draft a record from a signed plan, then list what staff must still do (check's TODOs, by line)."""
    from ..staff.importplan import import_plan

    project = project_at(args.root)
    paths = import_plan(args.file, project.content_dir, args.id)
    print(f"Đã tạo bản nháp / Drafted {', '.join(map(str, paths))}")
    print("Soát bản nháp với văn bản gốc, điền các chỗ TODO (liệt kê dưới đây) rồi chạy \"make check\". / "
          "Check the draft against the original, fill in the TODOs listed below, then run \"make check\".")
    try:
        run_check(args)
    except InputProblems as problems:
        print(format_problems([p for p in problems.problems if p.location.file in paths]), file=sys.stderr)
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "check": run_check, "build": run_build, "serve": run_serve, "schema": run_schema,
    "import-xlsx": run_import_xlsx, "new": run_new,
    "import-plan": run_import_plan,
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
