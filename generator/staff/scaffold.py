"""`new`: a campaign record with every section, in both languages, and TODO where staff must write."""

from __future__ import annotations

import difflib
from pathlib import Path

from ..base.errors import UserError
from ..base.messages import bilingual
from ..load.yamlload import load_yaml
from ..validate.refs import EVERY, ids_at, is_slug

TEMPLATE = """\
# yaml-language-server: $schema=../_schema/campaign.schema.json
# Phong trào mới: điền mọi chỗ TODO theo văn bản đã ký, rồi chạy "make check".
# New campaign: fill in every TODO from the signed document, then run "make check".
# Bỏ các mục văn bản không có (để danh sách trống []). / Leave out what the document lacks (an empty list []).
id: {id}

document:
  kind: TODO                 # plan (Kế hoạch), directive (Chỉ thị), decision (Quyết định)... (README)
  number: TODO               # số văn bản, ví dụ "185"; null nếu bản gốc để trống / null where left blank
  symbol: TODO               # ký hiệu, ví dụ KH-UBND / the symbol, e.g. KH-UBND
  date: TODO                 # YYYY-MM-DD; YYYY-MM nếu chỉ có tháng; null nếu không ghi
  place: {{vi: TODO địa danh, en: TODO place}}
  issuer: {issuer}
  title:
    vi: TODO tên văn bản
    en: TODO title of the document
  signatory:
    position: {{vi: TODO chức vụ người ký, en: TODO position of the signer}}
    name: TODO họ tên
  recipients:                # Nơi nhận
    - {{vi: TODO nơi nhận, en: TODO recipient}}

theme:
  vi: TODO chủ đề phong trào
  en: TODO theme of the campaign

implements: []               # mã kế hoạch cấp trên, ví dụ [kh-134-2024-lang-son] / ids of parent plans

purposes:                    # Mục đích
  - {{vi: TODO mục đích, en: TODO purpose}}
requirements:                # Yêu cầu
  - {{vi: TODO yêu cầu, en: TODO requirement}}
contents:                    # Nội dung thi đua
  - {{vi: TODO nội dung thi đua, en: TODO content of the campaign}}
solutions: []                # Giải pháp thực hiện

targets:                     # Chỉ tiêu; không có thì viết targets: [] / none: targets: []
  - indicator: TODO          # mã trong campaigns/registry/indicators.yaml / an id from that file
    comparison: TODO         # từ so sánh đúng như văn bản: trên, từ, đạt từ, tối thiểu, ít nhất, đạt, dưới...
    value: TODO              # con số của văn bản, ví dụ 45 / the document's figure, e.g. 45

period:
  starts: TODO               # YYYY-MM-DD; hoặc xóa dòng này và viết starts_at_issuance: true
  ends: TODO                 # ngày cuối, tính đến hết ngày / last day, inclusive

participants:
  collective:
    - {{vi: TODO tập thể, en: TODO collectives}}
  individual:
    - {{vi: TODO cá nhân, en: TODO individuals}}

awards: []                   # hình thức khen thưởng: form, collective, individual, dossier (xem tệp mẫu)
dossiers: []                 # hồ sơ: id, sets, components
submissions: []              # nơi nộp: id, to, opens, closes {{date, rule: through|before}}, channels
forwarding: []
responsibilities:             # Tổ chức thực hiện
  - unit: TODO               # mã đơn vị trong danh mục; hoặc who: {{vi: ..., en: ...}} / a unit id, or who:
    duties:
      - {{vi: TODO nhiệm vụ, en: TODO duty}}
closing: []
footnotes: []
references: []
published: TODO              # ngày đăng lên trang / the day it is published here, YYYY-MM-DD
notes: []                    # chỗ mâu thuẫn, thiếu sót của bản gốc / gaps and inconsistencies in the original
"""


def new_campaign(content_dir: Path, campaign_id: str, issuer: str) -> Path:
    """Write `plans/<id>.yaml` under `content_dir` from the template; refuse an id that is not a slug (so never
    a path outside the folder), an issuer the registry does not list, and an existing file."""
    if not is_slug(campaign_id):
        raise UserError(bilingual("command_id_not_slug", id=campaign_id))
    target = content_dir / "plans" / f"{campaign_id}.yaml"
    if target.exists():
        raise UserError(bilingual("command_file_exists", path=target))
    units = registered_units(content_dir / "registry")
    if issuer not in units:
        raise UserError(bilingual("command_unknown_issuer", id=issuer, **similar_ids(issuer, units)))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(TEMPLATE.format(id=campaign_id, issuer=issuer), encoding="utf-8")
    return target


def registered_units(registry_dir: Path) -> set[str]:
    """The id of every unit in the registry files that can be read, whether or not they pass the schema."""
    units: set[str] = set()
    for path in sorted(registry_dir.glob("*.yaml")):
        loaded, _ = load_yaml(path)                 # a file that cannot be read adds none: `check` says why
        if loaded is not None:
            units.update(ids_at(loaded.data, ("units", EVERY, "id")))
    return units


def similar_ids(wanted: str, ids: set[str]) -> dict[str, str]:
    """The ids that look like `wanted`, as a sentence in each language (empty if none does)."""
    close = difflib.get_close_matches(wanted, sorted(ids), n=3, cutoff=0.7)
    if not close:
        return {"similar_vi": "", "similar_en": ""}
    listed = ", ".join(close)
    return {"similar_vi": f" Mã gần giống: {listed}.", "similar_en": f" Similar ids: {listed}."}
