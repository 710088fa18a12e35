"""`import-plan`: a signed plan (.docx, .md, .txt) to a draft record in campaigns/plans/ that `check` walks
staff through. Staff tool: nothing here runs during a build."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ...base.errors import UserError
from ...base.messages import bilingual
from ...base.slugs import slugify
from ...validate.refs import is_slug
from . import draft_body as part
from . import duties
from .awards import read_awards
from .body import Body, read_body
from .citations import new_entry
from .draft import Context, document
from .header import Header, read_header
from .memory import load_memory
from .nodes import Note, Pair, Todo
from .proposals import read_proposals
from .registry import load_registry
from .source import Source, fail, read_source
from .submissions import read_forwarding
from .wording import worded
from .writer import REGISTRY_HEADER, write_draft

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


def signed_by_order(header: Header, ctx: Context) -> list[Any]:
    """A TODO note for Q. (acting), TL. or TUQ. (by order, by authority) in the signature block: the record has no
    field for them, so staff say it in the notes."""
    roles = [line for line in header.sign_lines if re.match(r"^(Q|TL|TUQ)\.", line)]
    if not roles:
        return []
    return [Pair(f"TODO khối chữ ký ghi \"{'; '.join(roles)}\": ghi rõ ở đây / say it here", None,
                 [f"nguồn/source: {ctx.at(header.sign_at)}"])]


def build_record(source: Source, campaign_id: str, ctx: Context) -> tuple[dict[str, Any], list[Any]]:
    """The whole draft record, in the order of the model, and registry entries for documents cited that are new."""
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
    placed: set[int] = set()
    record["targets"] = part.targets(body, ctx, by_note, placed)
    record["period"] = part.period(body, ctx)
    record["participants"] = part.participants(body, ctx)
    found = read_awards(body, ctx)
    record["awards"], record["dossiers"], record["submissions"] = found.awards, found.dossiers, found.submissions
    record["awards"] += read_proposals(body, ctx, found.awards)
    record["forwarding"] = read_forwarding(body, ctx)
    record["responsibilities"] = duties.responsibilities(body, ctx)
    reporting = duties.reporting(body, ctx, placed)
    if reporting is not None:
        record["reporting"] = reporting
    record["closing"] = part.texts(body.topic("closing"), ctx)
    record["footnotes"] = part.footnotes(body, ctx, by_note)
    record["references"] = Note(references, [f"văn bản chưa có trong danh mục / not in the registry yet: "
                                             f"{doc.number}" for doc in new_documents])
    record["citations"] = worded(body, ctx)
    record["published"] = Todo("ngày đăng lên trang / the day it is published here, YYYY-MM-DD")
    record["notes"] = part.leftovers(body, ctx, found.placed | placed) + signed_by_order(header, ctx)
    return record, [new_entry(doc, ctx.registry) for doc in new_documents]


def draft_text(path: Path, content_dir: Path, campaign_id: str | None, skip: Path | None = None) -> tuple[str, str]:
    """Read `path` and make the draft; (id, YAML text). Raises InputProblems for a file that is not a plan."""
    ident, text, _ = drafts(path, content_dir, campaign_id, skip)
    return ident, text


def drafts(path: Path, content_dir: Path, campaign_id: str | None,
           skip: Path | None = None) -> tuple[str, str, str | None]:
    """The id, the record's text and, if the plan cites documents the registry lacks, a registry file's text."""
    source = read_source(path)
    ctx = Context(source, load_memory(content_dir, skip), load_registry(content_dir / "registry"))
    header = read_header(source.paras)
    ident = campaign_id or default_id(path, header)
    if not is_slug(ident):
        raise UserError(bilingual("command_id_not_slug", id=ident))
    record, documents = build_record(source, ident, ctx)
    registry = write_draft({"documents": documents}, path.name, REGISTRY_HEADER) if documents else None
    return ident, write_draft(record, path.name), registry


def import_plan(path: Path, content_dir: Path, campaign_id: str | None = None) -> list[Path]:
    """Write `plans/<id>.yaml` (and `registry/documents-<id>.yaml` for new cited documents) from the signed plan
    at `path`; nothing is written if anything is refused."""
    if campaign_id is not None and not is_slug(campaign_id):
        raise UserError(bilingual("command_id_not_slug", id=campaign_id))
    ident, text, registry = drafts(path, content_dir, campaign_id)
    targets = {content_dir / "plans" / f"{ident}.yaml": text}
    if registry is not None:
        targets[content_dir / "registry" / f"documents-{ident}.yaml"] = registry
    for target in targets:
        if target.exists():
            raise UserError(bilingual("command_file_exists", path=target))
    for target, content in targets.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    return list(targets)
