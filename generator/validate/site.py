"""Checks of `campaigns/site.yaml` that warn rather than fail: contact facts not provided yet."""

from __future__ import annotations

from ..base.errors import Problem
from ..load.records import Record
from ..model.registry import Site

CONTACT_FIELDS = ("address", "phone", "email", "responsible")
# What a warning calls each field, in Vietnamese and English.
FIELD_NAMES = {"address": ("địa chỉ", "address"), "phone": ("số điện thoại", "phone number"),
               "email": ("thư điện tử", "e-mail address"),
               "responsible": ("người chịu trách nhiệm", "person responsible")}


def contact_gaps(site: Record[Site] | None) -> list[Problem]:
    """One warning naming every contact fact Decree 42/2022/NĐ-CP asks for that site.yaml does not give yet."""
    if site is None:
        return []
    missing = [name for name in CONTACT_FIELDS if getattr(site.model.contact, name) is None]
    if not missing:
        return []
    return [Problem(site.locate("contact"), "contact", "contact_missing",
                    {"fields": ", ".join(f"contact.{name}" for name in missing),
                     "field_vi": ", ".join(FIELD_NAMES[name][0] for name in missing),
                     "field_en": ", ".join(FIELD_NAMES[name][1] for name in missing)}, "warning")]
