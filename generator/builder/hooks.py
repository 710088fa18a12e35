"""Our mkdocs hooks: they route events to small functions elsewhere in the package.

Generated pages are converted by cmark-gfm instead of Python-Markdown, and their search entries come from
the sections found while converting them, not from Material parsing their HTML again; every page's content
goes through the allow-list sanitiser, each page's twins go into the theme, each page gets its
Content-Security-Policy, and Material's search index is replaced by our sharded one (`search_shards`), read by our
search worker (theme/assets/javascripts/search-worker.js) in place of Material's.
"""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import jinja2
from material.plugins.search.plugin import SearchIndex  # type: ignore[import-untyped]
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

from generator.builder.csp import add_policy
from generator.builder.page_html import COMMONMARK, HeadingAnchors, to_html, toc_tokens
from generator.builder.sanitise import sanitise
from generator.builder.search_sections import SearchSection, search_sections
from generator.builder.search_shards import shard_index_file
from generator.builder.theme_parts import ThemeParts
from generator.builder.theme_text import ThemeText

# Material's search worker, as each page's configuration names it; ours takes its place, in the same folder's parent.
MATERIAL_WORKER = re.compile(r'"search": "([^"]*)assets/javascripts/workers/search\.[0-9a-f]+\.min\.js"')
OUR_WORKER = r'"search": "\1assets/javascripts/search-worker.js'


def use_our_worker(html: str, language_root: str = "") -> str:
    """The page's search box talks to our worker, which reads the sharded index, not to Material's lunr worker.
    The worker is shared by both languages (from the root's assets/); a language under its own folder tells it,
    in the worker's address, where that language's index is."""
    index = f"?index=../../{language_root}search/" if language_root else ""
    return MATERIAL_WORKER.sub(OUR_WORKER + index + '"', html, count=1)


class CommonMarkPage(Page):
    """A page whose metadata marks it CommonMark (a generated page) is converted by cmark-gfm, which sets what
    mkdocs' `Page.render` sets beside the HTML. Other pages render as mkdocs renders them.

    mkdocs' own `render` builds a Python-Markdown instance with every extension for each page, even
    for one with nothing to convert: about a second per language at province scale (BENCHMARKS.md).
    """

    def render(self, config: Any, files: Any) -> None:
        if not self.meta.get(COMMONMARK):
            super().render(config, files)
            return
        from mkdocs.structure.pages import _RelativePathTreeprocessor
        from mkdocs.structure.toc import get_toc

        assert self.markdown is not None, "mkdocs reads the source before it renders"
        links = _RelativePathTreeprocessor(self.file, files, config)
        anchors = HeadingAnchors.from_toc(config.mdx_configs.get("toc", {}))
        rendered = to_html(self.markdown, links.path_to_url, anchors, config.extra.get("footnote_backref", ""))
        self.content = rendered.content
        self.toc = get_toc(toc_tokens(rendered.headings, anchors.toc_levels))  # type: ignore[arg-type]  # the TypedDict is private
        self._title_from_render = rendered.title
        self.present_anchor_ids = rendered.anchor_ids
        self.links_to_anchors = links.links_to_anchors
        self.search_sections = None if excluded_from_search(self) else search_sections(rendered)


def excluded_from_search(page: Any) -> bool:
    """A page whose metadata keeps it out of the search index (results, calendar, print pages), as Material reads it."""
    return bool((page.meta.get("search") or {}).get("exclude"))


class SectionedSearchIndex(SearchIndex):  # type: ignore[misc]
    """Material's search index, taking a generated page's entries from the sections found when it was converted
    (`page_html.search_sections`): the same entries as Material's own parser gives, which parsed each page's
    HTML again in Python (41% of the site builder's time at province scale, BENCHMARKS.md). Other pages, and a
    generated page whose headings sit inside other elements, go through Material's parser as before."""

    def add_entry_from_context(self, page: Any) -> None:
        sections: list[SearchSection] | None = getattr(page, "search_sections", None)
        if sections is None or excluded_from_search(page):
            super().add_entry_from_context(page)
            return
        for section in sections:
            if not section.excluded:
                self.create_entry_for_section(material_section(section), page.toc, page.url, page)


def material_section(section: SearchSection) -> SimpleNamespace:
    """A section in the shape Material's `create_entry_for_section` reads: lists of title and text pieces."""
    return SimpleNamespace(id=section.id, title=[section.title] if section.title else [], text=[section.text])


@event_priority(-100)          # after Material's search plugin has made its index
def on_config(config: Any) -> Any:
    """Refuse `toc` settings that generated pages would not follow, rather than give them other anchors; let the
    search index take generated pages' entries from their sections."""
    from mkdocs.exceptions import PluginError

    search = config.plugins.get("material/search")
    if search is not None and getattr(search, "search_index", None) is not None:
        search.search_index.__class__ = SectionedSearchIndex

    try:
        HeadingAnchors.from_toc(config.mdx_configs.get("toc", {}))
    except ValueError as error:
        raise PluginError(
            f"mkdocs.yml: trang do chương trình tạo không theo được thiết lập toc: {error}; xin bỏ thiết lập đó. / "
            f"mkdocs.yml: generated pages cannot follow the toc setting(s) {error}; please remove them.") from None
    return config


# Material's lunr search, which our worker and sharded index replace: its worker and its language files (1.2 MB).
REPLACED_THEME_FILES = ("assets/javascripts/lunr/", "assets/javascripts/workers/search.")


def on_files(files: Any, config: Any) -> Any:
    """The files, but for the theme's own that our search replaced: nothing in the site loads them (each page's
    configuration names our worker: `use_our_worker`, checked over a whole build by tests/test_build.py)."""
    from mkdocs.structure.files import Files

    theme = {str(Path(folder)) for folder in config.theme.dirs}
    return Files([file for file in files if not (file.src_uri.startswith(REPLACED_THEME_FILES)
                                                 and str(Path(file.src_dir or "")) in theme)])


def on_pre_page(page: Any, config: Any, files: Any) -> Any:
    """Every page renders as a `CommonMarkPage`, before mkdocs reads its source."""
    page.__class__ = CommonMarkPage
    return page


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    """Every page's content, generated or hand-written, through the allow-list sanitiser before the theme."""
    return sanitise(html)


def on_page_context(context: dict[str, Any], page: Any, config: Any, nav: Any) -> dict[str, Any]:
    """Material reads `extra.alternate` for hreflang links and the language switch: make it per page."""
    config.extra["alternate"] = page.meta.get("alternates", [])
    return context


def on_env(env: jinja2.Environment, config: Any, files: Any) -> jinja2.Environment:
    """The theme's strings looked up once a build, its parts that are alike for a folder rendered once (issue 21);
    and a language built under another's folder (English under `en/`) loads Material's files from that one's
    `assets/`, as it loads ours: one copy of each for the whole site, cached once."""
    ThemeText(env, config.theme["language"], config.extra.get("theme_strings", {})).install()
    ThemeParts(env).install()
    root = config.extra.get("asset_root", "")
    if root:
        env.filters["url"] = shared_assets_url(env.filters["url"], root)
    return env


def shared_assets_url(url: Any, root: str) -> Any:
    """mkdocs' `url` filter, with `assets/...` taken from `root` (such as "../")."""

    @jinja2.pass_context
    def shared(context: Any, value: str) -> str:
        return str(url(context, root + value if value.startswith("assets/") else value))

    return shared


def on_post_page(output: str, page: Any, config: Any) -> str:
    """Every page: valid HTML, our search worker, and a policy that allows this site's scripts and, by hash, its own
    inline ones."""
    root = config.extra.get("language_root", "")
    return add_policy(use_our_worker(valid_theme_html(output), root), config.extra.get("monitoring_origin", ""))


TOGGLE_AUTOCOMPLETE = re.compile(r'(<input class="md-toggle"[^>]*type="checkbox"[^>]*?) autocomplete="off"')
TOC_LABEL = '<label class="md-nav__title" for="__toc">'


def valid_theme_html(output: str) -> str:
    """Two things in Material's frame the Nu HTML checker reports as errors: `autocomplete` on its checkbox
    toggles (allowed on text-like inputs only), and the contents list's title labelling the `__toc` toggle on a
    page that has none (Material draws that toggle only in the navigation's entry for the page)."""
    output = TOGGLE_AUTOCOMPLETE.sub(r"\1", output)
    if 'id="__toc"' not in output:
        output = output.replace(TOC_LABEL, '<label class="md-nav__title">')
    return output


def on_post_template(output_content: str, template_name: str, config: Any) -> str:
    """Pages made from templates alone (404.html) get the same policy."""
    if not template_name.endswith(".html"):
        return output_content
    root = config.extra.get("language_root", "")
    return add_policy(use_our_worker(valid_theme_html(output_content), root),
                      config.extra.get("monitoring_origin", ""))


def on_post_build(config: Any) -> None:
    """After Material's search plugin wrote its index: the sharded index a phone can afford, in its place."""
    shard_index_file(Path(config["site_dir"]) / "search" / "search_index.json")
