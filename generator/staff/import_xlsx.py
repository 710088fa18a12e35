"""A result workbook's first sheet written as CSV next to the campaign's other tables."""

from __future__ import annotations

from pathlib import Path

from ..base.errors import InputProblems, UserError
from ..base.messages import bilingual
from ..load.results import write_csv
from ..load.table_files import read_xlsx_grid
from ..validate.refs import is_slug


def import_workbook(content_dir: Path, workbook: Path, campaign: str) -> Path:
    """Write `workbook` as campaigns/results/<campaign>/<name>.csv; refused, with nothing written, if unreadable."""
    if not is_slug(campaign):      # the folder written into is named after it: never a path
        raise UserError(bilingual("command_id_not_slug", id=campaign))
    grid, problems, _ = read_xlsx_grid(workbook)
    if problems:
        raise InputProblems(problems)
    target = content_dir / "results" / campaign / f"{workbook.stem}.csv"
    write_csv(grid, target)
    return target
