"""`import-plan`: a signed plan (.docx, .md, .txt) to a draft record in campaigns/plans/ that `check` walks
staff through. Staff tool: nothing here runs during a build."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..errors import UserError
from ..messages import bilingual
from ..slugs import slugify
from ..validate_refs import is_slug
from . import draft_body as part
from .awards import read_awards, read_forwarding
from .body import Body, read_body
from .draft import Context, document
from .header import Header, read_header
from .memory import load_memory
from .nodes import Note, Pair, Todo
from .registry import load_registry
from .source import Source, fail, read_source
from .writer import write_draft

THEME = re.compile(r"[“\"]([^”\"]{8,})[”\"]")


def default_id(path: Path, header: Header) -> str:
    """The record's id when --id is not given: the year, then the file's name as a slug."""
    year = (header.date or "")[:4]
    stem = slugify(path.stem)[:50].strip("-") or "ke-hoach"
    return f"{year}-{stem}" if year and not stem.startswith(year) else stem


def check_is_plan(source: Source, header: Header, body: Body) -> None:
    """Refuse a file with neither a kind heading nor two sections a plan has."""
    topics = {item.topic for item in body.items} - {"preamble", "unknown", "closing"}
    if header.kind is None and len(topics) < 2:
        raise fail(source.path, "import_not_a_plan", missing="tên loại văn bản (KẾ HOẠCH...) và các mục "
                   "(Mục đích, Nội dung, Tổ chức thực hiện...)", missing_en="kind heading (KẾ HOẠCH...) and no "
                   "sections (Mục đích, Nội dung, Tổ chức thực hiện...)")


def theme(header: Header, ctx: Context) -> Any:
    """The campaign's theme: the quoted words of the title."""
    found = THEME.search(header.title or "")
    if found:
        return ctx.text(found.group(1).strip(), header.title_at)
    return {"vi": Todo("chủ đề phong trào"), "en": Todo("theme of the campaign")}


def build_record(source: Source, campaign_id: str, ctx: Context) -> dict[str, Any]:
    """The whole draft record, in the order of the model."""
    header = read_header(source.paras)
    body = read_body(source.paras, header.body_from, header.used)
    check_is_plan(source, header, body)
    implements, references, by_note, new_documents = part.citations(body, ctx)
    record: dict[str, Any] = {"id": campaign_id,
                              "document": document(header, [i.para for i in body.topic("preamble")], ctx),
                              "theme": theme(header, ctx), "implements": implements}
    for name in part.LISTS:
        record[name] = part.texts(body.topic(name), ctx)
    if not record["contents"]:
        record["contents"] = [Pair("TODO nội dung thi đua", None, ["không thấy mục Nội dung / no contents found"])]
    record["targets"] = part.targets(body, ctx, by_note)
    record["period"] = part.period(body, ctx)
    record["participants"] = part.participants(body, ctx)
    found = read_awards(body, ctx)
    record["awards"], record["dossiers"], record["submissions"] = found.awards, found.dossiers, found.submissions
    record["forwarding"] = read_forwarding(body, ctx)
    record["responsibilities"] = part.responsibilities(body, ctx)
    reporting = part.reporting(body, ctx)
    if reporting is not None:
        record["reporting"] = reporting
    record["closing"] = part.texts(body.topic("closing"), ctx)
    record["footnotes"] = part.footnotes(body, ctx, by_note)
    record["references"] = Note(references, new_documents)
    record["published"] = Todo("ngày đăng lên trang / the day it is published here, YYYY-MM-DD")
    record["notes"] = part.leftovers(body, ctx, found.placed)
    return record


def draft_text(path: Path, content_dir: Path, campaign_id: str | None, skip: Path | None = None) -> tuple[str, str]:
    """Read `path` and make the draft; (id, YAML text). Raises InputProblems for a file that is not a plan."""
    source = read_source(path)
    ctx = Context(source, load_memory(content_dir, skip), load_registry(content_dir / "registry"))
    header = read_header(source.paras)
    ident = campaign_id or default_id(path, header)
    if not is_slug(ident):
        raise UserError(bilingual("command_id_not_slug", id=ident))
    return ident, write_draft(build_record(source, ident, ctx), path.name)


def import_plan(path: Path, content_dir: Path, campaign_id: str | None = None) -> Path:
    """Write `plans/<id>.yaml` from the signed plan at `path`; nothing is written if anything is refused."""
    if campaign_id is not None and not is_slug(campaign_id):
        raise UserError(bilingual("command_id_not_slug", id=campaign_id))
    ident, text = draft_text(path, content_dir, campaign_id)
    target = content_dir / "plans" / f"{ident}.yaml"
    if target.exists():
        raise UserError(bilingual("command_file_exists", path=target))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return target
