"""Stage 4, render (open data): CSV and JSON downloads at stable URLs, with a data package descriptor.

Every file under `du-lieu/` is described in `du-lieu/datapackage.json` (Frictionless Data
Package, with a Table Schema per CSV resource); tests check the files against it.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import re
from decimal import Decimal
from typing import Any

from ..compute.context import Reuse, make_now
from ..compute.urls import DATA_DIR, RESULTS_DIR
from ..load.results import ResultRow
from ..model.campaign import Target
from ..validate.catalog import Catalog

RESULT_FIELDS: list[tuple[str, str, str]] = [
    ("campaign", "string", "Mã phong trào / Campaign id"),
    ("unit", "string", "Mã đơn vị trong danh mục / Registry id of the unit"),
    ("unit_name", "string", "Tên đơn vị / Name of the unit (Vietnamese)"),
    ("indicator", "string", "Mã chỉ tiêu / Registry id of the indicator"),
    ("period", "string", "Kỳ báo cáo: 2026-Q3, 2026-H1, 2026-09, 2026 hoặc ngày lũy kế / Reporting period"),
    ("period_start", "date", "Ngày đầu kỳ / First day of the period"),
    ("period_end", "date", "Ngày cuối kỳ / Last day of the period"),
    ("value", "number", "Tỷ lệ (%) như đơn vị báo cáo, hoặc tính từ tử số/mẫu số / Rate (%), reported or computed"),
    ("numerator", "integer", "Tử số (nếu có) / Numerator, where given"),
    ("denominator", "integer", "Mẫu số (nếu có) / Denominator, where given"),
    ("as_of", "date", "Ngày của số liệu / Date of the figure"),
    ("source", "string", "Nguồn số liệu / Source"),
    ("illustrative", "boolean", "true: dữ liệu minh họa, không phải kết quả thật / illustrative, not real"),
]
HONOUR_FIELDS: list[tuple[str, str, str]] = [
    ("decision", "string", "Mã quyết định / Decision id"),
    ("number", "string", "Số quyết định / Decision number"),
    ("date", "date", "Ngày quyết định / Date of the decision"),
    ("issuer", "string", "Mã cơ quan ra quyết định / Registry id of the issuer"),
    ("campaign", "string", "Mã phong trào / Campaign id"),
    ("award_form", "string", "Mã hình thức khen thưởng / Registry id of the award form"),
    ("award_name", "string", "Tên hình thức khen thưởng / Award form (Vietnamese)"),
    ("kind", "string", "collective (tập thể), individual (cá nhân), household (hộ gia đình), "
                       "village (thôn, tổ dân phố)"),
    ("unit", "string", "Mã đơn vị / Registry id of the unit"),
    ("unit_name", "string", "Tên đơn vị / Name of the unit (Vietnamese)"),
    ("name", "string", "Họ tên (cá nhân, hộ), chỉ khi trang cho phép đăng / Person's name (individuals, "
                       "households), only where the site allows publishing it"),
    ("illustrative", "boolean", "true: dữ liệu minh họa, không phải quyết định thật / illustrative, not real"),
]
TARGET_FIELDS: list[tuple[str, str, str]] = [
    ("campaign", "string", "Mã phong trào / Campaign id"),
    ("indicator", "string", "Mã chỉ tiêu / Registry id of the indicator"),
    ("comparison", "string", "Từ so sánh của văn bản / The document's comparison word"),
    ("operator", "string", "Ý nghĩa: >, >=, <, <= / Meaning"),
    ("value", "number", "Con số (trống với xếp loại, hoàn thành) / The figure (empty for grades and done)"),
    ("grade", "string", "Mức xếp loại / The grade"),
    ("unit_of_measure", "string", "Đơn vị đo (xem README) / Unit of measure (see the README)"),
    ("direction", "string", "higher (cao hơn là tốt), lower (thấp hơn là tốt), exact, done / Which way is better"),
    ("by", "string", "Thời hạn đạt / When it is due"),
    ("baseline", "number", "Mức xuất phát / Baseline"),
    ("baseline_date", "string", "Thời điểm của mức xuất phát / When the baseline was measured"),
]
DIRECTIONS = {">": "higher", ">=": "higher", "<": "lower", "<=": "lower", "=": "exact"}


def render_data_files(catalog: Catalog, reuse: Reuse = make_now) -> dict[str, bytes]:
    """Every download, by path under the language root."""

    files: dict[str, bytes] = {}
    resources = []
    for campaign_id, rows in sorted(catalog.results.items()):
        base = f"{RESULTS_DIR}/{campaign_id}"
        files.update(reuse("", ("data", campaign_id), functools.partial(results_files, base, rows, catalog)))
        resources.append(resource(f"ket-qua-{campaign_id}", f"{base}.csv", RESULT_FIELDS,
                                  f"Kết quả / Results: {campaign_id}"))
    honours = [honour_record(awarded.decision, recipient, awarded.illustrative, catalog)
               for awarded in catalog.decisions for recipient in awarded.decision.recipients]
    files[f"{DATA_DIR}/khen-thuong.csv"] = to_csv(HONOUR_FIELDS, honours)
    files[f"{DATA_DIR}/khen-thuong.json"] = to_json(honours, any(a.illustrative for a in catalog.decisions))
    resources.append(resource("khen-thuong", "khen-thuong.csv", HONOUR_FIELDS, "Khen thưởng / Honour roll"))
    by_id = sorted(catalog.campaigns.values(), key=lambda campaign: campaign.id)
    targets = [target_record(campaign.id, target, catalog) for campaign in by_id for target in campaign.targets]
    files[f"{DATA_DIR}/chi-tieu.csv"] = to_csv(TARGET_FIELDS, targets)
    resources.append(resource("chi-tieu", "chi-tieu.csv", TARGET_FIELDS, "Chỉ tiêu / Targets"))
    campaigns = [reuse("", ("record", campaign.id), functools.partial(campaign.model_dump, mode="json"))
                 for campaign in by_id]
    files[f"{DATA_DIR}/phong-trao.json"] = compact_json(campaigns)
    resources.append({"name": "phong-trao", "path": "phong-trao.json", "format": "json",
                      "mediatype": "application/json", "title": "Phong trào / Campaigns (full records)"})
    # the descriptor shows the site and which campaigns have results: when either changes, the memo keeps nothing
    files[f"{DATA_DIR}/datapackage.json"] = reuse("", ("descriptor", ""), functools.partial(descriptor, catalog,
                                                                                             resources))
    return files


def results_files(base: str, rows: list[ResultRow], catalog: Catalog) -> dict[str, bytes]:
    """A campaign's results as CSV and JSON."""
    records = [result_record(r, catalog) for r in sorted(rows, key=lambda r: (r.unit, r.indicator, r.period))]
    return {f"{DATA_DIR}/{base}.csv": to_csv(RESULT_FIELDS, records),
            f"{DATA_DIR}/{base}.json": to_json(records, any(r.illustrative for r in rows))}


def target_record(campaign_id: str, target: Target, catalog: Catalog) -> dict[str, Any]:
    """One target as a row of the open data: its figure, unit, direction, deadline and baseline."""
    from ..model.comparisons import BY_WORD

    comparison = BY_WORD[target.comparison]
    return {"campaign": campaign_id, "indicator": target.indicator, "comparison": target.comparison,
            "operator": comparison.operator, "value": "" if target.value is None else plain_decimal(target.value),
            "grade": target.grade or "",
            "unit_of_measure": catalog.indicators[target.indicator].unit,
            "direction": "done" if comparison.scale == "done" else DIRECTIONS[comparison.operator],
            "by": str(target.by or ""), "baseline": plain_decimal(target.baseline.value) if target.baseline else "",
            "baseline_date": str(target.baseline.date) if target.baseline else ""}


def result_record(row: ResultRow, catalog: Catalog) -> dict[str, Any]:
    from ..compute.attainment import rate

    return {
        "campaign": row.campaign, "unit": row.unit, "unit_name": catalog.units[row.unit].name.vi,
        "indicator": row.indicator, "period": row.period.text, "period_start": row.period.start.isoformat(),
        "period_end": row.period.end.isoformat(), "value": plain_decimal(round(rate(row), 4)),
        "numerator": row.numerator, "denominator": row.denominator,
        "as_of": row.as_of.isoformat() if row.as_of else None, "source": row.source,
        "illustrative": row.illustrative,
    }


def honour_record(decision: Any, recipient: Any, illustrative: bool, catalog: Catalog) -> dict[str, Any]:
    return {
        "decision": decision.id, "number": decision.number, "date": str(decision.date), "issuer": decision.issuer,
        "campaign": decision.campaign, "award_form": decision.award_form,
        "award_name": catalog.award_forms[decision.award_form].name.vi, "kind": recipient.kind,
        "unit": recipient.unit, "unit_name": catalog.units[recipient.unit].name.vi,
        "name": recipient.name if catalog.site.publish_individual_names else None,   # Law 91/2025/QH15
        "illustrative": illustrative,
    }


def to_csv(fields: list[tuple[str, str, str]], records: list[dict[str, Any]]) -> bytes:
    """UTF-8 with a byte-order mark, so spreadsheets open Vietnamese text correctly; text cells that a
    spreadsheet would run as a formula are neutralised."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([name for name, _, _ in fields])
    for record in records:
        writer.writerow([csv_value(record[name], kind) for name, kind, _ in fields])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def csv_value(value: Any, kind: str = "string") -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return plain_decimal(value)
    return inert_text(str(value)) if kind == "string" else str(value)


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")       # OWASP's list: what spreadsheets run as a formula
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def inert_text(text: str) -> str:
    """A text cell no spreadsheet runs: control characters removed, and a ' before a formula's first character
    (as OWASP recommends for CSV injection)."""
    risky = text.startswith(FORMULA_START)
    text = CONTROL.sub(" ", text)
    return "'" + text if risky else text


def plain_decimal(value: Decimal) -> str:
    """100, 96.5, 0.0001: a decimal as plain digits, never `1E+2`."""
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def to_json(records: list[dict[str, Any]], illustrative: bool) -> bytes:
    document = {"illustrative": illustrative, "records": records}
    if illustrative:
        document["note"] = ("Dữ liệu minh họa, không phải kết quả thật. / "
                            "Illustrative data, not real results.")
    return compact_json(document)


def compact_json(document: object) -> bytes:
    """Data downloads without indentation: Python's fast (C) encoder only runs without it, and a
    province's records took seconds to indent (BENCHMARKS.md)."""
    return (json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def resource(name: str, path: str, fields: list[tuple[str, str, str]], title: str) -> dict[str, Any]:
    return {
        "name": name, "path": path, "title": title, "format": "csv", "mediatype": "text/csv", "encoding": "utf-8-sig",
        "schema": {"fields": [{"name": n, "type": t, "description": d} for n, t, d in fields]},
    }


def descriptor(catalog: Catalog, resources: list[dict[str, Any]]) -> bytes:
    package = {
        "profile": "data-package",
        "name": "thi-dua",
        "title": f"{catalog.site.name.vi} / {catalog.site.name.en}",
        "description": ("Kết quả, chỉ tiêu và khen thưởng của các phong trào thi đua. Các dòng có illustrative=true "
                        "là dữ liệu minh họa. / Results, targets and commendations of the emulation campaigns. "
                        "Rows with illustrative=true are illustrative data."),
        "homepage": catalog.site.url,
        "resources": resources,
    }
    if licence := catalog.site.data_licence:
        package["licenses"] = [{"name": licence.id, "path": licence.url, "title": licence.title.en}]
    return (json.dumps(package, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
