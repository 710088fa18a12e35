"""Every date, number and footnote mark a campaign's page, print page, calendar and feed entries show is one
its record states, or one the page labels as computed ("ngày cuối là 04/01/2025" for "trước ngày
05/01/2025"). Read over every shipped plan, in both languages, from the built site."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from xml.etree import ElementTree as ET

import icalendar
import pytest
import yaml

from generator.build import build
from generator.compute.language import load_languages
from generator.model.fields import LANGUAGES
from tests.conftest import ROOT, TODAY, copy_project
from tests.facts import Day, Facts, article, computed, first_and_last, record_facts, site_wording, text_facts

ATOM = "{http://www.w3.org/2005/Atom}"
PLANS = sorted(p.stem for p in (ROOT / "campaigns" / "plans").glob("*.yaml"))
STRINGS = {code: language.strings for code, language in load_languages().items()}


def load_records(content: Path) -> dict[str, dict[str, object]]:
    """Every plan and every registry entry, by id, as its YAML says."""
    found: dict[str, dict[str, object]] = {}
    for path in sorted((content / "registry").glob("*.yaml")):
        for entries in yaml.safe_load(path.read_text(encoding="utf-8")).values():
            found |= {entry["id"]: entry for entry in entries}
    for path in sorted((content / "plans").glob("*.yaml")):
        record = yaml.safe_load(path.read_text(encoding="utf-8"))
        found[record["id"]] = record
    return found


RECORDS = load_records(ROOT / "campaigns")


def stated(ids: set[str]) -> Facts:
    """What these records state, with the registry entries (documents, units, indicators, award forms) they
    name: a page that links to another campaign may show what that campaign's record states."""
    found = Facts()
    for record_id in sorted(ids & set(RECORDS)):
        named: set[str] = set()
        found |= record_facts(RECORDS[record_id], ids=named)
        for other in sorted(named & set(RECORDS) - set(PLANS)):
            found |= record_facts(RECORDS[other])
    return found


def as_day(value: str) -> Day:
    shown = text_facts(value, "en").dates | text_facts(value, "vi").dates
    return next(iter(shown)) if shown else ()


def unstated(where: str, text: str, marks: set[int], facts: Facts, code: str, today: dt.date) -> list[str]:
    """The dates, numbers and footnote marks of a text its records do not state, nor a label calls computed."""
    text, labelled = computed(text, STRINGS[code])
    text = site_wording(text, STRINGS[code])
    shown = text_facts(text, code)
    stated_days = {d for d in facts.dates if len(d) == 3}
    problems = [f"{where}: date {d}" for d in sorted(shown.dates - facts.dates)]
    problems += [f"{where}: number {n}" for n in sorted(shown.numbers - facts.numbers)]
    problems += [f"{where}: footnote [^{m}]" for m in sorted(marks - facts.marks)]
    for value, kind in labelled:
        day = as_day(value)
        if kind == "today" and day != (today.year, today.month, today.day):
            problems.append(f"{where}: 'today' {value} is not {today}")
        if kind == "last_day" and not (len(day) == 3 and {day, next_day(day)} & stated_days):
            problems.append(f"{where}: last day {value} is neither a stated date nor the day before one")
    return problems


def next_day(day: Day) -> Day:
    after = dt.date(*day) + dt.timedelta(days=1)
    return (after.year, after.month, after.day)


def check_page(where: str, html: str, campaign_id: str, code: str, today: dt.date) -> list[str]:
    """A campaign page or print page: its <article>, against its record and the campaigns it links to."""
    found = article(html)
    linked = {link.rstrip("/").rsplit("/", 1)[-1] for link in found.links}
    return unstated(where, found.text, found.marks, stated({campaign_id} | linked), code, today)


def covered(day: dt.date, facts: Facts, words: Facts, labelled: set[Day], first: bool) -> bool:
    """A calendar event's start (`first`) or last day: a day its record states or its own words label as
    computed; or the first or last day of a month or year the record states and the event's words say, so
    that an entry says what is known ("tháng 6/2024") and never makes a day of it."""
    if (day.year, day.month, day.day) in facts.dates | labelled:
        return True
    return any(first_and_last(d)[0 if first else 1] == day for d in facts.dates & words.dates if len(d) < 3)


def check_calendar(where: str, ics: bytes, campaign_id: str, code: str, today: dt.date) -> list[str]:
    """Each event's words, and its first and last day (DTEND is the day after, as all-day events have it)."""
    calendar = icalendar.Calendar.from_ical(ics)
    facts = stated({campaign_id})
    problems = unstated(f"{where} name", str(calendar.get("X-WR-CALNAME", "")), set(), facts, code, today)
    for event in calendar.walk("VEVENT"):
        words = f"{event.get('SUMMARY', '')}. {event.get('DESCRIPTION', '')}"
        problems += unstated(f"{where} {event['UID']}", words, set(), facts, code, today)
        rest, values = computed(words, STRINGS[code])
        labelled = {as_day(value) for value, _ in values}
        start, end = event.decoded("DTSTART"), event.decoded("DTEND") - dt.timedelta(days=1)
        problems += [f"{where} {event['UID']}: {name} {day}" for name, day, first in
                     (("DTSTART", start, True), ("DTEND", end, False))
                     if not covered(day, facts, text_facts(rest, code), labelled, first)]
    return problems


def check_feed(where: str, feed: bytes, campaign_id: str, code: str, today: dt.date) -> list[str]:
    """The campaign's entry: its title and summary, and the day it says the campaign changed."""
    facts, problems = stated({campaign_id}), []
    for entry in ET.fromstring(feed).iter(f"{ATOM}entry"):
        link = entry.find(f"{ATOM}link")
        if link is None or not link.get("href", "").rstrip("/").endswith(f"/phong-trao/{campaign_id}"):
            continue
        words = " ".join(entry.findtext(f"{ATOM}{tag}") or "" for tag in ("title", "summary"))
        problems += unstated(f"{where} entry", words, set(), facts, code, today)
        for tag in ("updated", "published"):
            if (stamp := entry.findtext(f"{ATOM}{tag}")) and as_day(stamp[:10]) not in facts.dates:
                problems.append(f"{where} entry: {tag} {stamp}")
    return problems


def check_campaign(site: Path, campaign_id: str, today: dt.date) -> list[str]:
    """Every output of one campaign, in both languages."""
    problems: list[str] = []
    for code in LANGUAGES:
        prefix = "" if code == LANGUAGES[0] else f"{code}/"
        for folder in ("phong-trao", "in"):
            page = f"{prefix}{folder}/{campaign_id}/index.html"
            problems += check_page(page, (site / page).read_text(encoding="utf-8"), campaign_id, code, today)
        ics = f"{prefix}phong-trao/{campaign_id}.ics"
        problems += check_calendar(ics, (site / ics).read_bytes(), campaign_id, code, today)
        problems += check_feed(f"{prefix}feed.xml", (site / prefix / "feed.xml").read_bytes(), campaign_id, code,
                               today)
    return problems


@pytest.mark.parametrize("campaign_id", PLANS)
def test_every_fact_shown_is_stated_or_labelled_computed(built_site: Path, campaign_id: str) -> None:
    assert check_campaign(built_site, campaign_id, TODAY) == []


GTVT = "2024-so-gtvt-lang-son-thanh-toan-truc-tuyen"


def page_of(site: Path, campaign_id: str = GTVT) -> str:
    return (site / "phong-trao" / campaign_id / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(("shown", "wrong", "found"), [
    ("đến hết ngày 31/12/2024", "đến hết ngày 30/11/2024", "date (2024, 11, 30)"),          # a wrong date
    ("đạt từ 45%", "đạt từ 47%", "number 47"),                                               # a wrong figure
    ("(ngày cuối là 30/12/2024)", "(30/12/2024)", "date (2024, 12, 30)"),                    # computed, unlabelled
    ("(ngày cuối là 30/12/2024)", "(ngày cuối là 29/12/2024)", "last day 29/12/2024"),       # labelled, wrong
])
def test_the_check_finds_a_fact_the_record_does_not_state(built_site: Path, shown: str, wrong: str,
                                                          found: str) -> None:
    html = page_of(built_site)
    start = html.index("<article")
    assert shown in html[start:]
    assert check_page("page", html, GTVT, "vi", TODAY) == []
    problems = check_page("page", html[:start] + html[start:].replace(shown, wrong, 1), GTVT, "vi", TODAY)
    assert problems and all(found in p for p in problems)


def test_the_check_finds_a_footnote_mark_the_record_does_not_have(built_site: Path) -> None:
    campaign_id = "2024-lang-son-hien-dai-hoa-mot-cua"
    html = page_of(built_site, campaign_id)
    wrong = html.replace('href="#fn-6" id="fnref-6">6</a>', 'href="#fn-6" id="fnref-6">7</a>', 1)
    assert wrong != html
    assert check_page("page", wrong, campaign_id, "vi", TODAY) == ["page: footnote [^7]"]


def test_site_chrome_is_left_out_by_the_pages_structure(built_site: Path) -> None:
    """A date in the footer is the site's, not the campaign's: outside <article>, never read."""
    html = page_of(built_site)
    footer = html.index('<footer class="md-footer">')
    injected = html[:footer] + "<p>Cập nhật ngày 01/02/2003, 1.234 lượt xem</p>" + html[footer:]
    assert check_page("page", injected, GTVT, "vi", TODAY) == []
    inside = html.replace("</article>", "<p>Cập nhật ngày 01/02/2003</p></article>", 1)
    assert check_page("page", inside, GTVT, "vi", TODAY) == ["page: date (2003, 2, 1)"]


def test_the_check_finds_a_wrong_calendar_day_and_feed_day(built_site: Path) -> None:
    ics = (built_site / "phong-trao" / f"{GTVT}.ics").read_bytes()
    assert check_calendar("ics", ics, GTVT, "vi", TODAY) == []
    wrong = ics.replace(b"DTEND;VALUE=DATE:20250101", b"DTEND;VALUE=DATE:20250102", 1)
    assert [p.rsplit(": ", 1)[1] for p in check_calendar("ics", wrong, GTVT, "vi", TODAY)] == ["DTEND 2025-01-01"]
    feed = (built_site / "feed.xml").read_bytes()
    assert check_feed("feed", feed, GTVT, "vi", TODAY) == []
    moved = feed.replace(b"<updated>2026-11-22T", b"<updated>2026-11-21T")
    assert check_feed("feed", moved, GTVT, "vi", TODAY) == ["feed entry: updated 2026-11-21T00:00:00+07:00"]


def test_a_start_known_only_as_the_month_of_issue_is_an_all_month_event(built_site: Path) -> None:
    """The Transport notice runs "from the day of issue", issued in June 2024 with no day: the calendar holds
    June 2024 as a month, and the period as its last day, never a span from 1 June."""
    calendar = icalendar.Calendar.from_ical((built_site / "phong-trao" / f"{GTVT}.ics").read_bytes())
    days = {str(e["UID"]).split(".")[1]: (e.decoded("DTSTART"), e.decoded("DTEND")) for e in calendar.walk("VEVENT")}
    assert days["period-start"] == (dt.date(2024, 6, 1), dt.date(2024, 7, 1))
    assert days["period"] == (dt.date(2024, 12, 31), dt.date(2025, 1, 1))
    start = next(e for e in calendar.walk("VEVENT") if ".period-start." in str(e["UID"]))
    assert "tháng 6/2024" in str(start["DESCRIPTION"]) and "không ghi ngày" in str(start["DESCRIPTION"])


OPEN_DAY = dt.date(2025, 1, 2)        # Khánh Khê's window is open: "còn 1 ngày", today on every timeline


@pytest.fixture(scope="module")
def site_while_open(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("open"))
    build(project, OPEN_DAY)
    return project.site_dir


def test_every_fact_while_a_window_is_open(site_while_open: Path) -> None:
    """Counts of days left and today's mark are labelled computed values, and hold on another day."""
    assert "còn 1 ngày" in page_of(site_while_open, "2024-khanh-khe-thanh-toan-truc-tuyen")
    assert [p for campaign_id in PLANS for p in check_campaign(site_while_open, campaign_id, OPEN_DAY)] == []
