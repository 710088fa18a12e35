"""The preview: one language's mkdocs build kept in memory, built whole once and then page by page.

It calls a few private functions of `mkdocs.commands.build` (`MKDOCS_INTERNALS` in `site_builder`), which mkdocs 1.6.1
(pinned in requirements.lock) has; `tests/builder/test_site_builder.py` fails loudly if an upgrade drops one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .site_builder import (
    GENERATED_PLUGIN,
    SEARCH_PLUGIN,
    InMemoryDocs,
    LanguageBuild,
    WarningCollector,
    load_job_config,
    warnings_of,
)
from .theme_parts import forget_theme_parts


def mkdocs_build() -> Any:
    """mkdocs' build module, whose private per-page functions a session calls (see MKDOCS_INTERNALS)."""
    from mkdocs.commands import build

    return build


class LanguageSession:
    """One language's mkdocs build kept in memory: built whole once, then page by page.

    `build` is mkdocs' `build()` opened up, keeping what it gathers: the files, the navigation, the
    theme's environment, the pages and each page's search entries. After a save, `check` reads and
    renders again only the pages whose Markdown changed (handed over in memory, as a whole build's
    are), and `write` writes them, copies the other changed files, and writes the search index with its
    entries in page order, as a whole build has them, so both give the same bytes. A page's HTML
    depends on its own Markdown, the navigation (the section pages, with fixed titles) and the theme,
    so the other pages stay right. Pages added or removed, or a new theme or configuration, need a
    new session.
    """

    def __init__(self, job: LanguageBuild, collect: WarningCollector) -> None:
        self.job, self.collect = job, collect
        self.entries: dict[str, list[dict[str, Any]]] = {}     # search entries of each page, by source path

    def build(self) -> list[str]:
        """The whole language into its (new, empty) site folder; the builder's warnings."""
        return warnings_of(self.collect, self.build_all)

    def check(self, changes: InMemoryDocs) -> list[str]:
        """New bytes for some generated files: read and render those pages, check every page's anchors;
        the builder's warnings. Nothing is written yet, so a problem leaves the site folder as it was."""
        return warnings_of(self.collect, lambda: self.read_changed(changes))

    def write(self, changes: InMemoryDocs) -> list[str]:
        """After `check`: write those pages and files, and the search index; the builder's warnings."""
        return warnings_of(self.collect, lambda: self.write_changed(list(changes.files)))

    def build_all(self) -> None:
        from mkdocs.structure.files import get_files, set_exclusions
        from mkdocs.structure.nav import get_navigation

        config = load_job_config(self.job)
        config = self.config = config.plugins.on_config(config)
        config.plugins.on_pre_build(config=config)
        files = self.files = get_files(config)
        env = config.theme.get_env()
        files.add_files_from_theme(env, config)
        files = self.files = config.plugins.on_files(files, config=config)
        set_exclusions(files, config)
        self.nav = config.plugins.on_nav(get_navigation(files, config), config=config, files=files)
        self.read_pages(self.pages())
        self.env = config.plugins.on_env(env, config=config, files=files)
        files.copy_static_files()
        for template in config.theme.static_templates:
            mkdocs_build()._build_theme_template(template, self.env, files, config, self.nav)
        for template in config.extra_templates:
            mkdocs_build()._build_extra_template(template, files, config, self.nav)
        self.write_pages(self.pages())
        self.check_anchors()
        self.write_search_index()

    def read_changed(self, changes: InMemoryDocs) -> None:
        files = [self.file_at(path) for path in changes.files]
        for file in files:
            file.content_bytes = changes.files[file.src_uri]
        self.config.plugins[GENERATED_PLUGIN].meta.update(changes.meta)
        pages = [file for file in files if file.is_documentation_page()]
        if pages:
            self.read_pages(pages)
            self.check_anchors()

    def write_changed(self, changed: list[str]) -> None:
        files = [self.file_at(path) for path in changed]
        for file in files:
            if not file.is_documentation_page():
                file.copy_file()
        pages = [file for file in files if file.is_documentation_page()]
        if pages:
            forget_theme_parts(self.env)       # what a save changed may show in them
            self.write_pages(pages)
            self.write_search_index()

    def pages(self) -> Sequence[Any]:
        """The Markdown pages, in the order a whole build renders them."""
        return self.files.documentation_pages()

    def file_at(self, path: str) -> Any:
        found = self.files.get_file_from_path(path)
        if found is None:
            raise LookupError(f"{path}: not in this session's files (pages added or removed need a whole build)")
        return found

    def read_pages(self, pages: Sequence[Any]) -> None:
        """Read and render each page's Markdown, as mkdocs does before it writes anything."""
        from mkdocs.structure.pages import Page

        for file in pages:
            if file.page is None and file.inclusion.is_not_in_nav():
                Page(None, file, self.config)
            mkdocs_build()._populate_page(file.page, self.config, self.files)

    def write_pages(self, pages: Sequence[Any]) -> None:
        """Each page through the theme into the site folder, keeping the search entries it adds."""
        search = self.config.plugins.get(SEARCH_PLUGIN)
        all_pages = self.pages()
        for file in pages:
            start = len(search.search_index.entries) if search else 0
            mkdocs_build()._build_page(file.page, self.config, all_pages, self.nav, self.env)
            self.entries[file.src_uri] = search.search_index.entries[start:] if search else []

    def check_anchors(self) -> None:
        for file in self.pages():
            file.page.validate_anchor_links(files=self.files, log_level=self.config.validation.links.anchors)

    def write_search_index(self) -> None:
        """Every page's entries in page order, as in a whole build; then the post-build hooks (our folding)."""
        search = self.config.plugins.get(SEARCH_PLUGIN)
        if search:
            search.search_index.entries = [entry for file in self.pages() for entry in self.entries[file.src_uri]]
        self.config.plugins.on_post_build(config=self.config)
