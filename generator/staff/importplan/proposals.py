"""Awards a plan gives by whom it nominates to, not by a form's name: "lập hồ sơ gửi về Hội đồng TĐKT của Sở để
xem xét, quyết định khen thưởng", "trình Chủ tịch UBND tỉnh xem xét, khen thưởng". The registry's proposal form
naming that body (its words made whole as Decree 30/2020 lets a plan shorten them) is chosen only if exactly one
fits; otherwise nothing is drafted and the paragraph stays among the notes."""

from __future__ import annotations

import re
from typing import Any

from .abbrev import expanded
from .body import Body
from .draft import Context
from .registry import LEVELS

PROPOSE = re.compile(r"\b(?:gửi\s+về|gửi|trình)\s+(?P<to>[^;:.]{3,80}?)\s+(?:để\s+)?xem\s+xét,?\s+"
                     r"(?:quyết\s+định\s+)?khen\s+thưởng", re.IGNORECASE)
ASKS = re.compile(r"^(?:đề nghị|trình|đề xuất)\s")


def whole_names(words: str, ctx: Context) -> set[str]:
    """The body's words as a full name could give them: as written, "của Sở" read as the issuer ("Hội đồng TĐKT
    của Sở": the issuer's council), and a trailing level given the place of the issuer or a body above it."""
    wanted = expanded(words)
    names = {wanted}
    chain = [ctx.issuer, *ctx.registry.above(ctx.issuer)] if ctx.issuer else []
    own = re.fullmatch(r"(?P<head>.+?) của (?P<level>\S+)", wanted)
    for unit in chain:
        for known in map(expanded, ctx.registry.named.get(unit, [])):
            if own and unit == ctx.issuer and (place := at_level(own["level"], known)):
                names.add(f"{own['head']} {own['level']} {place}")
            if place := at_level(wanted.rsplit(" ", 1)[-1], known):
                names.add(f"{wanted} {place}")
    return names


def at_level(level: str, name: str) -> str | None:
    """The place a unit's name gives a level ("ủy ban nhân dân huyện mèo vạc", huyện: "mèo vạc")."""
    if level not in LEVELS:
        return None
    place = re.search(rf"\b{re.escape(level)} (.+)$", name)
    return place.group(1) if place else None


def form_for(words: str, ctx: Context) -> str | None:
    """The one registry proposal form ("Đề nghị ...", "Trình ...") that names this body, whole word for word; the
    body must end in a registry unit's name ("cấp có thẩm quyền" names none)."""
    names = {name for name in whole_names(words, ctx)
             if any(name == unit or name.endswith(f" {unit}") for unit in ctx.registry.units)}
    found = {ident for form, ident in ctx.registry.award_forms.items() if ASKS.match(form)
             for name in names if f" {name} " in f" {form} "}
    return found.pop() if len(found) == 1 else None


def read_proposals(body: Body, ctx: Context, awards: list[Any]) -> list[dict[str, Any]]:
    """The proposal awards of a plan that names no award form; none where it names one."""
    if awards:
        return []
    found: dict[str, dict[str, Any]] = {}
    for item in body.items:
        for match in PROPOSE.finditer(item.text):
            words = match.group("to").strip()
            if (form := form_for(words, ctx)) is not None and form not in found:
                found[form] = {"form": form, "by": ctx.text(words[:1].upper() + words[1:], item.para)}
    return list(found.values())
