"""The theme's parts rendered once per folder (issue 21, item 4): the same bytes as per page, and never a link that
is right for one page of a folder and wrong for another."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import jinja2
import pytest
from mkdocs.utils.templates import url_filter

from generator.build import build
from generator.builder import theme_parts
from generator.builder.theme_parts import ThemeParts, folder_of, link_target
from tests.benchmarks import synthetic
from tests.conftest import copy_project, files_of


def test_a_link_target_is_a_folder_from_the_site_root() -> None:
    assert link_target("phong-trao/x/") == "phong-trao/x/"
    assert link_target("") == "/"                       # the home page: inside no page's folder
    assert link_target("../assets/site.css") == "assets/site.css/"
    assert link_target("don-vi/a/#muc") == "don-vi/a/#muc/"
    assert [link_target(path) for path in ("/tuyet-doi/", "#muc", "https://x.vn/", "mailto:a@x.vn")] == [None] * 4


def test_links_from_a_page_depend_on_its_folder_and_the_home_page_has_none() -> None:
    assert folder_of("phong-trao/x/") == "phong-trao"
    assert folder_of("lien-he/") == ""
    assert folder_of("") is None
    assert folder_of("404.html") is None


UPSTREAM = {
    "partials/links.html": '<a href="{{ "a/b/" | url }}">b</a><a href="{{ "c/" | url }}">c</a>',
    "partials/outer.html": '[{% include "partials/links.html" %}]',
    "partials/plain.html": "<p>{{ page.title }}</p>",
}
OURS = {name: '{{ theme_part("' + name + '") }}' for name in UPSTREAM}


def environment(tmp_path: Path) -> jinja2.Environment:
    """Our overrides first, the theme's own partials after, the way mkdocs loads a custom_dir: a theme in little."""
    for folder, templates in (("ours", OURS), ("theme", UPSTREAM)):
        for name, text in templates.items():
            (tmp_path / folder / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / folder / name).write_text(text, encoding="utf-8")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader([tmp_path / "ours", tmp_path / "theme"]))
    env.filters["url"] = url_filter
    ThemeParts(env).install()
    return env


def page(url: str) -> SimpleNamespace:
    return SimpleNamespace(url=url, title=url, previous_page=None, next_page=None)


def render(env: jinja2.Environment, name: str, url: str) -> str:
    return env.get_template(name).render(page=page(url), base_url="", nav=None)


@pytest.fixture
def shared_everywhere(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every part of the little theme counted as reading nothing of the page but its links."""
    monkeypatch.setattr(theme_parts, "STATES", {name: theme_parts.site_wide for name in UPSTREAM})


@pytest.mark.usefixtures("shared_everywhere")
def test_a_part_is_rendered_once_for_a_folder_and_its_links_stay_right(tmp_path: Path) -> None:
    env = environment(tmp_path)
    assert render(env, "partials/links.html", "a/x/") == '<a href="../b/">b</a><a href="../../c/">c</a>'
    env.filters["url"] = lambda *args: pytest.fail("reused, not rendered again")  # the recorder is no longer in
    assert render(env, "partials/links.html", "a/y/") == '<a href="../b/">b</a><a href="../../c/">c</a>'


@pytest.mark.usefixtures("shared_everywhere")
def test_a_page_a_link_points_into_gets_its_own_part(tmp_path: Path) -> None:
    env = environment(tmp_path)
    assert render(env, "partials/links.html", "a/x/") == '<a href="../b/">b</a><a href="../../c/">c</a>'
    assert render(env, "partials/links.html", "a/b/") == '<a href="./">b</a><a href="../../c/">c</a>'
    assert render(env, "partials/links.html", "a/b/") == '<a href="./">b</a><a href="../../c/">c</a>'
    assert render(env, "partials/links.html", "a/z/") == '<a href="../b/">b</a><a href="../../c/">c</a>'


@pytest.mark.usefixtures("shared_everywhere")
def test_a_part_inside_a_part_tells_it_its_links_even_when_reused(tmp_path: Path) -> None:
    env = environment(tmp_path)
    render(env, "partials/links.html", "a/w/")                     # the inner part, kept for folder a/
    assert render(env, "partials/outer.html", "a/x/") == '[<a href="../b/">b</a><a href="../../c/">c</a>]'
    assert render(env, "partials/outer.html", "a/b/") == '[<a href="./">b</a><a href="../../c/">c</a>]'


def test_a_part_that_reads_the_page_is_not_shared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env = environment(tmp_path)
    monkeypatch.setattr(theme_parts, "STATES", {})     # the real table: "plain.html" is not in it
    monkeypatch.setitem(theme_parts.STATES, "partials/plain.html", lambda context: theme_parts.NOT_SHARED)
    assert render(env, "partials/plain.html", "a/x/") == "<p>a/x/</p>"
    assert render(env, "partials/plain.html", "a/y/") == "<p>a/y/</p>"


def test_only_pages_outside_the_navigation_share_its_tabs_and_entries() -> None:
    listed, other = page("gioi-thieu/"), page("phong-trao/x/")
    nav = SimpleNamespace(pages=[listed])
    assert theme_parts.outside_navigation({"page": other, "nav": nav}) == "outside"
    assert theme_parts.outside_navigation({"page": listed, "nav": nav}) is theme_parts.NOT_SHARED
    assert theme_parts.without_neighbours({"page": other}) == "alone"
    assert theme_parts.without_neighbours({"page": SimpleNamespace(previous_page=listed, next_page=None)}) is None


def test_a_province_is_the_same_bytes_with_parts_shared_or_rendered_per_page(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The proof the issue asks for: speed only, every file of a whole build (both languages) unchanged."""
    sites = {}
    for share in (True, False):
        monkeypatch.setattr(theme_parts, "SHARE", share)
        project = copy_project(tmp_path / str(share))
        synthetic.write_province(project, 4, 3)
        build(project, synthetic.TODAY)
        sites[share] = files_of(project.site_dir)
    pages = [path for path in sites[True] if path.endswith(".html")]
    assert len(pages) > 100
    assert sites[True] == sites[False]
