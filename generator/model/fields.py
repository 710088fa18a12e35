"""The building blocks of every record: ids, texts in two languages, addresses, and honest unknowns."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeAlias, TypeVar, Union

from pydantic import BaseModel, ConfigDict, Discriminator, Field, StringConstraints, Tag, model_validator
from pydantic_core import PydanticCustomError

Slug = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=120),
    Field(description="Mã định danh: chữ thường không dấu, số và dấu gạch ngang / "
                      "Stable id: lowercase ASCII letters, digits and hyphens"),
]
BY_UNIT_FOLDER = "don-vi"        # phong-trao/don-vi/: the campaign list by issuing unit, once the list is split
RESERVED_CAMPAIGN_IDS = frozenset({BY_UNIT_FOLDER})     # a campaign with this id would take that address
NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20_000)]
HttpUrl = Annotated[
    str,
    StringConstraints(pattern=r"^https?://[^\s/$.?#][^\s]*$", max_length=2_000),
    Field(description="Địa chỉ web bắt đầu bằng http:// hoặc https:// / "
                      "A web address starting with http:// or https://"),
]

HttpsUrl = Annotated[
    str,
    StringConstraints(pattern=r"^https://[A-Za-z0-9.-]+(:[0-9]+)?/[^\s\"'<>]*$", max_length=2_000),
    Field(description="Địa chỉ web bắt đầu bằng https:// / A web address starting with https://"),
]
Email = Annotated[
    str,
    StringConstraints(pattern=r"^[^\s@<>\"]+@[^\s@<>\"]+\.[A-Za-z]{2,}$", max_length=254),
    Field(description="Địa chỉ thư điện tử, ví dụ vanphong@xa.gov.vn / An e-mail address"),
]


def describe(vi: str, en: str) -> str:
    """One description in both languages, as editors show it."""
    return f"{vi} / {en}"


class Strict(BaseModel):
    """Base of every record: unknown keys are refused, nothing is coerced silently."""

    model_config = ConfigDict(extra="forbid", frozen=True, coerce_numbers_to_str=True)


# The site's languages, the first the default: every text of a record is written in each.
LANGUAGES = ("vi", "en")


class Text(Strict):
    """A text a reader sees, in Vietnamese and English. Markdown is allowed."""

    vi: NonEmpty = Field(description=describe("Bản tiếng Việt", "Vietnamese text"))
    en: NonEmpty = Field(description=describe("Bản tiếng Anh", "English text"))


class Unknown(Strict):
    """A fact the record cannot give: the original does not state it, or it is not in the copy at hand."""

    unknown: Literal["not_stated", "not_in_copy"] = Field(description=describe(
        "not_stated: bản gốc không ghi; not_in_copy: không có trong bản đang có (ví dụ trang bị thiếu)",
        "not_stated: the original does not state it; not_in_copy: it is not in the copy at hand (e.g. a page "
        "is missing)"))
    note: Text | None = Field(None, description=describe(
        "Vì sao (bắt buộc với not_in_copy)", "Why (required for not_in_copy)"))

    @model_validator(mode="after")
    def copy_gaps_say_why(self) -> Unknown:
        """A fact missing from the copy at hand needs the reason, so readers know it is not the original's gap."""
        if self.unknown == "not_in_copy" and self.note is None:
            raise PydanticCustomError("unknown_needs_note", "a note is needed")
        return self


T = TypeVar("T")
UNION_TAGS = ("as-known", "as-unknown")      # the branches' names in error paths, which `load` leaves out


def which_branch(value: Any) -> str:
    """A mapping with an `unknown` key is an Unknown; anything else is checked as the fact itself."""
    is_unknown = isinstance(value, Unknown) or (isinstance(value, dict) and "unknown" in value)
    return UNION_TAGS[1] if is_unknown else UNION_TAGS[0]


if TYPE_CHECKING:
    OrUnknown: TypeAlias = Union[T, "Unknown"]     # noqa: UP007 - a generic alias
else:
    class OrUnknown:
        """`OrUnknown[Text]`: the fact, or an Unknown; only the branch the value is meant for reports errors."""

        def __class_getitem__(cls, fact: Any) -> Any:
            return Annotated[Annotated[fact, Tag(UNION_TAGS[0])] | Annotated[Unknown, Tag(UNION_TAGS[1])],
                             Discriminator(which_branch)]


def known(value: T | Unknown | None) -> T | None:
    """The value, or None where it is unknown or not recorded."""
    return None if isinstance(value, Unknown) else value
