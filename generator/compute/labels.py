"""Stage 3, compute (labels): the messages in which a page shows a value the generator works out.

Every other date, number and footnote mark on a campaign's page, print page, calendar and feed entries is
one its record states (tests/test_every_fact.py holds the built site to that). A value the generator
computes appears only inside one of these messages, whose own words say what it is: "Trước ngày 05/01/2025
(ngày cuối là 04/01/2025)", "04/01/2025 Ngày cuối chuyển hồ sơ lên cấp trên", "còn 3 ngày".
"""

from __future__ import annotations

from typing import Literal

# last_day: the day before a date stated with "trước ngày"; today: the injected today; count: a count of
# days or of pages, worked out from stated facts.
ComputedKind = Literal["last_day", "today", "count"]

# message key -> (the placeholder that holds the computed value, what it is); "" for the date of the
# timeline mark the message labels.
COMPUTED_VALUES: dict[str, tuple[str, ComputedKind]] = {
    "window_before": ("last", "last_day"),
    "window_from_before": ("last", "last_day"),
    "window_open": ("days", "count"),
    "window_open_one": ("days", "count"),
    "implementing_all": ("count", "count"),
    "tl_window_closes": ("", "last_day"),
    "tl_forwarding": ("", "last_day"),
    "tl_today": ("", "today"),
}
