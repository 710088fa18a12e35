"""A campaign's nomination dossiers, and where, how and until when they are handed in and forwarded."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .dates import Full
from .fields import HttpUrl, Slug, Strict, Text, describe


class DossierComponent(Strict):
    """One paper in a nomination dossier."""

    text: Text = Field(description=describe("Tên giấy tờ", "The paper"))
    documents: list[Slug] = Field([], description=describe(
        "Mã văn bản quy định mẫu (ví dụ Nghị định 98/2023)", "Ids of documents that prescribe the form"))


class Dossier(Strict):
    """A nomination dossier: how many sets and which papers."""

    id: Slug
    name: Text | None = Field(None, description=describe("Tên bộ hồ sơ", "Name of the dossier"))
    sets: int | None = Field(None, ge=1, le=20, description=describe("Số bộ hồ sơ", "Number of sets"))
    components: list[DossierComponent] = Field(min_length=1, description=describe("Thành phần hồ sơ", "Papers"))


class Deadline(Strict):
    """A deadline worded so it cannot be misread."""

    date: Full
    rule: Literal["through", "before"] = Field(description=describe(
        "through: đến hết ngày đó; before: trước ngày đó",
        "through: until the end of that day; before: before that day"))


class Channel(Strict):
    """One way to hand in a dossier."""

    kind: Literal["in_person", "online", "post", "via"] = Field(description=describe(
        "in_person (trực tiếp), online (trực tuyến), post (bưu điện), via (\"gửi qua\" một nơi, không nói cách gửi)",
        "In person, online, by post, or via a desk (\"gửi qua\": sent through it, by whatever means)"))
    place: Text | None = Field(None, description=describe("Nơi nộp trực tiếp", "Where to hand it in"))
    url: HttpUrl | None = Field(None, description=describe("Địa chỉ nộp trực tuyến", "Online address"))
    name: Text | None = Field(None, description=describe("Tên hệ thống trực tuyến", "Name of the online system"))


class Submission(Strict):
    """Where, how and when nomination dossiers are submitted."""

    id: Slug
    dossiers: list[Slug] = Field([], description=describe("Các bộ hồ sơ nộp tại đây", "Dossiers handed in here"))
    to: Slug = Field(description=describe("Mã đơn vị tiếp nhận", "Id of the receiving unit"))
    to_words: Text | None = Field(None, description=describe(
        "Nơi nhận, đúng như văn bản ghi; trang ghi lời này",
        "Where to submit, as the document words it; the page shows it"))
    to_note: Text | None = Field(None, description=describe(
        "Người/bộ phận cụ thể tiếp nhận", "The person or body that receives it"))
    purpose: Text | None = Field(None, description=describe("Để làm gì", "What it is for"))
    opens: Full | None = Field(None, description=describe("Ngày bắt đầu nhận", "First day of the window"))
    closes: Deadline | None = Field(None, description=describe("Hạn cuối", "Deadline"))
    channels: list[Channel] = Field([], description=describe("Cách nộp", "Ways to submit"))
    note: Text | None = Field(None, description=describe("Ghi chú", "Note"))


class Forwarding(Strict):
    """A deadline for forwarding collected dossiers to a higher level."""

    by: Slug = Field(description=describe("Mã đơn vị chuyển", "Id of the forwarding unit"))
    to: Slug = Field(description=describe("Mã đơn vị nhận", "Id of the receiving unit"))
    by_words: Text | None = Field(None, description=describe(
        "Đơn vị chuyển, đúng như văn bản ghi; trang ghi lời này",
        "The forwarding unit, as the document words it; the page shows it"))
    to_words: Text | None = Field(None, description=describe(
        "Đơn vị nhận, đúng như văn bản ghi; trang ghi lời này",
        "The receiving unit, as the document words it; the page shows it"))
    via: Slug | None = Field(None, description=describe("Qua đơn vị (ví dụ Phòng Nội vụ)", "Via which unit"))
    via_words: Text | None = Field(None, description=describe(
        "Đơn vị chuyển qua, đúng như văn bản ghi; trang ghi lời này",
        "The unit it goes through, as the document words it; the page shows it"))
    deadline: Deadline = Field(description=describe("Hạn chuyển", "Deadline"))
    note: Text | None = Field(None, description=describe("Ghi chú", "Note"))
