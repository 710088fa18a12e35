"""Feeds a resident's calendar app or reader can use: parsed back with real libraries."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from xml.etree import ElementTree as ET

import feedparser
import icalendar
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import copy_project
from tests.content import add_untargeted_results

ATOM = "{http://www.w3.org/2005/Atom}"
CAMPAIGN = "2024-khanh-khe-thanh-toan-truc-tuyen"


def events(path: Path) -> list[icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    return [e for e in calendar.walk("VEVENT") if isinstance(e, icalendar.Event)]


def test_campaign_calendar_has_all_day_events_for_its_window(built_site: Path) -> None:
    found = events(built_site / "phong-trao" / f"{CAMPAIGN}.ics")
    window = next(e for e in found if "submission" in str(e["UID"]))
    assert window.decoded("DTSTART") == dt.date(2025, 1, 2)
    assert window.decoded("DTEND") == dt.date(2025, 1, 4)          # exclusive: through the end of 3 January
    assert "Văn phòng - Thống kê" in str(window["SUMMARY"])
    forwarding = next(e for e in found if "forwarding" in str(e["UID"]))
    assert forwarding.decoded("DTSTART") == dt.date(2025, 1, 4)     # "trước ngày 05/01/2025"
    for event in found:
        assert isinstance(event.decoded("DTSTART"), dt.date) and not isinstance(event.decoded("DTSTART"), dt.datetime)
        assert event["DTSTAMP"] and str(event["URL"]).startswith("https://thi-dua.example.org/")


def test_english_calendar_speaks_english(built_site: Path) -> None:
    found = events(built_site / "en" / "phong-trao" / f"{CAMPAIGN}.ics")
    assert any("Submission window" in str(e["SUMMARY"]) for e in found)


def test_uids_are_unique_and_stable_across_builds(built_site: Path, tmp_path: Path) -> None:
    from generator.build import build
    first = [str(e["UID"]) for e in events(built_site / "lich" / "tat-ca.ics")]
    assert len(first) == len(set(first))
    project = copy_project(tmp_path)
    build(project, dt.date(2027, 3, 1))                              # another day: other statuses, same UIDs
    assert [str(e["UID"]) for e in events(project.site_dir / "lich" / "tat-ca.ics")] == first


def test_site_calendar_holds_every_campaign(built_site: Path) -> None:
    uids = {str(e["UID"]).split(".")[0] for e in events(built_site / "lich" / "tat-ca.ics")}
    assert len(uids) == 5


def test_atom_feeds_are_valid(built_site: Path) -> None:
    for prefix, lang in (("", "vi"), ("en/", "en")):
        raw = (built_site / prefix / "feed.xml").read_bytes()
        parsed = feedparser.parse(raw)
        assert not parsed.bozo, parsed.get("bozo_exception")
        assert parsed.version == "atom10" and len(parsed.entries) == 5 + 2 + 2   # campaigns, results, decisions
        kinds = {entry.id.split(":")[-1].split("/")[0] for entry in parsed.entries}
        assert kinds == {"campaign", "results", "decision"}
        root = ET.fromstring(raw)
        for required in ("id", "title", "updated"):
            assert root.find(ATOM + required) is not None
        assert root.find(ATOM + "author/" + ATOM + "name") is not None
        for entry in root.findall(ATOM + "entry"):
            for required in ("id", "title", "updated", "link"):
                assert entry.find(ATOM + required) is not None
        assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == lang


def test_sitemap_lists_both_languages_with_alternates(built_site: Path) -> None:
    root = ET.fromstring((built_site / "sitemap.xml").read_bytes())
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    locs = [loc.text for loc in root.findall("s:url/s:loc", ns)]
    assert f"https://thi-dua.example.org/phong-trao/{CAMPAIGN}/" in locs
    assert f"https://thi-dua.example.org/en/phong-trao/{CAMPAIGN}/" in locs
    first = root.find("s:url", ns)
    assert first is not None
    assert sorted(link.get("hreflang") or "" for link in first.findall("x:link", ns)) == ["en", "vi", "x-default"]
    assert not (built_site / "en" / "sitemap.xml").exists()


def test_build_says_when_to_rebuild(built_site: Path) -> None:
    import json
    info = json.loads((built_site / "build-info.json").read_text(encoding="utf-8"))
    assert info == {"built_for": "2026-11-22", "next_change": "2027-01-01"}  # the day after Chi Lăng ends


# --- The hand-written iCalendar writer gives icalendar's bytes --------------------------------------

def icalendar_event(uid: str, stamp: dt.date, start: dt.date, end: dt.date, summary: str, description: str,
                    url: str) -> bytes:
    """The same event written by the icalendar library (what render_feeds used before, 2 s slower per language)."""
    item = icalendar.Event()
    item.add("uid", uid)
    item.add("dtstamp", dt.datetime.combine(stamp, dt.time(0, 0), dt.UTC))
    item.add("dtstart", start)
    item.add("dtend", end + dt.timedelta(days=1))
    item.add("summary", summary)
    item.add("description", description)
    item.add("url", url)
    item.add("transp", "TRANSPARENT")
    return bytes(item.to_ical())


TEXTS = st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\\N") | st.sampled_from(
    ["\\", ";", ",", "\n", "^", "ệ", "Đ", "𝔸", " "]), max_size=300)


@settings(max_examples=300, deadline=None)
@given(summary=TEXTS, description=TEXTS, uid=TEXTS, day=st.dates(dt.date(2000, 1, 1), dt.date(2099, 12, 30)))
def test_events_are_written_byte_for_byte_as_icalendar_writes_them(summary: str, description: str, uid: str,
                                                                    day: dt.date) -> None:
    from generator.render.feeds import event_ical

    url, stamp = "https://thi-dua.example.org/phong-trao/x/?a=1,2;3", dt.date(2026, 11, 22)
    ours = event_ical(uid=uid, stamp=stamp, start=day, end=day, summary=summary, description=description, url=url)
    assert ours == icalendar_event(uid, stamp, day, day, summary, description, url)


def test_a_long_line_folds_at_75_octets_never_inside_a_character_or_an_escape() -> None:
    from generator.render.feeds import content_line

    line = content_line("SUMMARY", "Thời gian thi đua: " + "ệ" * 30 + "\\, " * 40)
    physical = line.split(b"\r\n")[:-1]
    assert all(len(part) <= 75 for part in physical) and len(physical) > 3
    assert all(part.startswith(b" ") for part in physical[1:])
    assert b"".join(part[1:] if i else part for i, part in enumerate(physical)).decode() == \
        "SUMMARY:Thời gian thi đua: " + "ệ" * 30 + "\\, " * 40
    assert not any(part.endswith(b"\\") for part in physical)


def test_a_calendar_is_its_header_its_events_and_its_end() -> None:
    from generator.render.feeds import calendar_of

    raw = calendar_of("Lịch, thi đua;\nxã", [b"BEGIN:VEVENT\r\nEND:VEVENT\r\n"])
    assert raw == (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//thi-dua-site//Phong trao thi dua//VI\r\n"
                   b"CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n" + "X-WR-CALNAME:Lịch, thi đua; xã\r\n".encode()
                   + b"X-WR-TIMEZONE:Asia/Ho_Chi_Minh\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    assert str(icalendar.Calendar.from_ical(raw)["X-WR-CALNAME"]) == "Lịch, thi đua; xã"   # one line, as typed


def test_the_feed_lists_only_results_pages_that_exist(tmp_path: Path) -> None:
    """Figures only on indicators a campaign has no target for make no results page, so no feed entry."""
    from generator.build import build

    project = copy_project(tmp_path)
    add_untargeted_results(project, CAMPAIGN, "ubnd-xa-khanh-khe")
    build(project, dt.date(2025, 3, 1))
    assert not (project.site_dir / "ket-qua" / CAMPAIGN).exists()
    links = [entry.link for entry in feedparser.parse((project.site_dir / "feed.xml").read_bytes()).entries]
    assert not [link for link in links if f"/ket-qua/{CAMPAIGN}/" in link]
    assert any("/ket-qua/" in link for link in links)          # the other campaigns' results are still there
