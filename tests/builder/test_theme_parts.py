"""The theme's parts rendered once per folder (issue 21, item 4): the same bytes as per page, and never a link that
is right for one page of a folder and wrong for another."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import SimpleNamespace

import jinja2
import pytest
from mkdocs.utils.templates import url_filter

from generator.build import build
from generator.builder import site_builder, theme_parts
from generator.builder.theme_parts import ThemeParts, folder_of, link_target
from tests.benchmarks import synthetic
from tests.conftest import copy_project, files_of


def test_a_link_target_is_a_folder_from_the_site_root() -> None:
    assert link_target("phong-trao/x/") == "phong-trao/x/"
    assert link_target("") == "/"                       # the home page: inside no page's folder
    assert link_target("../assets/site.css") == "assets/site.css/"
    assert link_target("don-vi/a/#muc") == "don-vi/a/#muc/"
    assert [link_target(path) for path in ("/tuyet-doi/", "#muc", "https://x.vn/", "mailto:a@x.vn")] == [None] * 4


@pytest.mark.parametrize("path", ["lien-he/?next=https://x.vn/", "lien-he\\", "lien-he/x.csv", "./lien-he/",
                                  "lien-he/#muc"])
def test_a_link_mkdocs_makes_relative_is_a_target_as_mkdocs_reads_it(path: str) -> None:
    """mkdocs' own test of what it leaves alone: only a scheme, a host, `/` or `#` first (not `://` anywhere)."""
    assert link_target(path) is not None and link_target(path).startswith("lien-he/")  # type: ignore[union-attr]
    pages = [page("lien-he/"), page("khac/")]
    made = {url_filter({"page": one, "base_url": ""}, path) for one in pages}    # type: ignore[typeddict-item]
    assert len(made) == 2                               # so the part must not pass from one page to the other


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


def test_a_partial_not_in_the_table_is_rendered_per_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env = environment(tmp_path)
    monkeypatch.setattr(theme_parts, "STATES", {})
    assert render(env, "partials/plain.html", "a/x/") == "<p>a/x/</p>"
    assert render(env, "partials/plain.html", "a/y/") == "<p>a/y/</p>"


def test_a_part_holding_a_part_rendered_per_page_is_not_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "theme" / "partials").mkdir(parents=True)
    env = environment(tmp_path)
    for folder, text in (("theme", '[{% include "partials/plain.html" %}]'), ("ours", OURS["partials/outer.html"])):
        (tmp_path / folder / "partials" / "outer.html").write_text(text, encoding="utf-8")
    monkeypatch.setattr(theme_parts, "STATES", {"partials/outer.html": theme_parts.site_wide})
    assert render(env, "partials/outer.html", "a/x/") == "[<p>a/x/</p>]"
    assert render(env, "partials/outer.html", "a/y/") == "[<p>a/y/</p>]"


@pytest.mark.usefixtures("shared_everywhere")
def test_a_session_forgets_the_parts_before_it_renders_pages_again(tmp_path: Path) -> None:
    env = environment(tmp_path)
    render(env, "partials/plain.html", "a/x/")
    assert render(env, "partials/plain.html", "a/y/") == "<p>a/x/</p>"     # kept: it reads nothing, we said
    theme_parts.forget_theme_parts(env)
    assert render(env, "partials/plain.html", "a/y/") == "<p>a/y/</p>"


def test_only_pages_outside_the_navigation_share_its_tabs_and_entries() -> None:
    listed, other = page("gioi-thieu/"), page("phong-trao/x/")
    nav = SimpleNamespace(pages=[listed])
    assert theme_parts.outside_navigation({"page": other, "nav": nav}) == "outside"
    assert theme_parts.outside_navigation({"page": listed, "nav": nav}) is theme_parts.NOT_SHARED
    assert theme_parts.without_neighbours({"page": other}) == "alone"
    assert theme_parts.without_neighbours({"page": SimpleNamespace(previous_page=listed, next_page=None)}) is None


SHARED_OVERRIDES = [f"partials/{name}.html" for name in ("tabs", "nav", "footer", "source-file", "search", "top",
                                                             "logo")]
MATERIALS_LOOKUP = """{% import "partials/languages/" ~ config.theme.language ~ ".html" as lang %}
{% import "partials/languages/en.html" as fallback %}
{% macro t(key) %}{{ config.extra.get("theme_strings", {}).get(key) or lang.t(key) or fallback.t(key) or key }}\
{% endmacro %}"""


def as_material_renders_it(tmp_path: Path) -> Path:
    """Our mkdocs.yml and theme, but with Material's own partials and `lang.t` lookup: no override calls
    `theme_part`, and language.html is the macro it was before, Material's with our strings first."""
    theme, ours = tmp_path / "theme", site_builder.theme_overrides_dir()
    assert ours is not None
    shutil.copytree(ours, theme)
    for name in SHARED_OVERRIDES:
        (theme / name).unlink()
    (theme / "partials" / "language.html").write_text(MATERIALS_LOOKUP, encoding="utf-8")
    settings = site_builder.BASE_CONFIG.read_text(encoding="utf-8")
    settings = settings.replace("custom_dir: generator/builder/theme", f"custom_dir: {theme}")
    hooks = site_builder.BASE_CONFIG.parent / "generator" / "builder" / "hooks.py"
    settings = settings.replace("- generator/builder/hooks.py", f"- {hooks}")
    assert str(theme) in settings and "- /" in settings
    (tmp_path / "mkdocs.yml").write_text(settings, encoding="utf-8")
    return tmp_path / "mkdocs.yml"


def test_a_province_is_the_same_bytes_shared_per_page_or_as_material_renders_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The proof the issue asks for: speed only. Every file of a whole build (both languages) is the same with
    the parts shared, rendered per page through our overrides, and rendered by Material's own templates."""
    sites = {}
    for way in ("shared", "per page", "Material"):
        with monkeypatch.context() as patch:
            patch.setattr(theme_parts, "SHARE", way == "shared")
            if way == "Material":
                patch.setattr(site_builder, "BASE_CONFIG", as_material_renders_it(tmp_path / "material"))
            project = copy_project(tmp_path / way)
            synthetic.write_province(project, 4, 3)
            build(project, synthetic.TODAY)
            sites[way] = files_of(project.site_dir)
    pages = [path for path in sites["shared"] if path.endswith(".html")]
    assert len(pages) > 100
    assert sites["shared"] == sites["per page"]
    assert sites["shared"] == sites["Material"]


PAGE_ALIKE_PARTS = ["partials/source-file.html", "partials/footer.html", "partials/search.html", "partials/top.html",
                    "partials/logo.html"]


@pytest.mark.parametrize("name", PAGE_ALIKE_PARTS)
def test_each_shared_partial_is_what_materials_own_gives_each_page_whatever_came_before(
        name: str, tmp_path: Path) -> None:
    """Pages of one folder that differ in what Material's templates test (metadata or none, a page to go on to),
    in turn: each gets the bytes Material's own partial gives it, whitespace included."""
    from mkdocs.config import load_config

    config = load_config(config_file=str(site_builder.BASE_CONFIG), docs_dir=str(tmp_path))
    env = config.theme.get_env()
    ThemeParts(env).install()
    from generator.builder.theme_text import ThemeText

    ThemeText(env, "vi", {}).install()
    frame = ('{% import "partials/language.html" as lang with context %}'
             '{% set features = config.theme.features or [] %}{% include "NAME" %}')
    ours, material = (env.from_string(frame.replace("NAME", path)) for path in (name, "upstream/" + name))
    neighbour = SimpleNamespace(url="a/z/", title="Z")
    pages = [SimpleNamespace(url="a/x/", title="X", meta={}, previous_page=None, next_page=None),
             SimpleNamespace(url="a/y/", title="Y", meta={"search": {}}, previous_page=None, next_page=None),
             SimpleNamespace(url="a/w/", title="W", meta={}, previous_page=neighbour, next_page=None),
             SimpleNamespace(url="a/v/", title="V", meta={}, previous_page=None, next_page=None)]
    for one in pages:
        variables = {"page": one, "config": config, "base_url": "../..", "nav": None}
        assert ours.render(variables) == material.render(variables), one.url
