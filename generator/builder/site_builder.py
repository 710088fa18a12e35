"""The glue to the site builder (mkdocs + Material): everything mkdocs-specific lives here.

Whole builds go through mkdocs' own `build()`. The preview keeps a `LanguageSession` per language
instead (`language_session.py`), which builds once and then renders only the pages whose Markdown or metadata
changed.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..base.errors import SiteBuilderFailed
from .asset_names import own_assets

BASE_CONFIG = Path(__file__).resolve().parents[2] / "mkdocs.yml"
MKDOCS_INTERNALS = ("_populate_page", "_build_page", "_build_theme_template", "_build_extra_template")
SEARCH_PLUGIN = "material/search"
GENERATED_PLUGIN = "thi-dua/generated"
ASSETS = "assets/"


def theme_overrides_dir(config_file: Path = BASE_CONFIG) -> Path | None:
    """The folder of our theme overrides, as `mkdocs.yml` names it (`theme: custom_dir:`); None while
    `mkdocs.yml` cannot be read or names none (a build then says what is wrong, in its own words)."""
    from mkdocs.exceptions import ConfigurationError
    from mkdocs.utils.yaml import yaml_load

    try:
        with config_file.open(encoding="utf-8") as source:
            folder = yaml_load(source)["theme"]["custom_dir"]
    except (OSError, ValueError, ConfigurationError, KeyError, TypeError):   # ValueError: undecodable bytes, too
        return None
    return config_file.parent / folder if isinstance(folder, str) else None


@dataclass(frozen=True)
class InMemoryDocs:
    """Files handed to mkdocs from memory as if they were in `docs_dir`, and the pages' metadata beside them.

    Generated Markdown is never written to disk (`docs_dir` holds the shared assets only), and has no
    front matter: mkdocs would read it with PyYAML's pure-Python loader. Whole builds and the preview's
    sessions get their pages the same way.
    """

    files: Mapping[str, bytes] = field(default_factory=dict)
    meta: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    def changed_since(self, before: InMemoryDocs) -> InMemoryDocs:
        """The files whose bytes or metadata differ from `before`'s, with their metadata."""
        paths = [path for path, content in self.files.items()
                 if before.files.get(path) != content or before.meta.get(path) != self.meta.get(path)]
        return InMemoryDocs({path: self.files[path] for path in paths},
                            {path: self.meta[path] for path in paths if path in self.meta})


@dataclass(frozen=True)
class LanguageBuild:
    """One language's build: where its Markdown is, where its HTML goes, its settings, and what it gets
    from memory rather than from `docs_dir`."""

    language: str
    docs_dir: Path
    site_dir: Path
    site_name: str
    site_url: str
    nav: list[dict[str, str]]
    theme_strings: dict[str, str] = field(default_factory=dict)     # see THEME_STRINGS
    extra: dict[str, Any] = field(default_factory=dict)             # site-wide values for the theme (the footer)
    generated: InMemoryDocs = field(default_factory=InMemoryDocs, repr=False, compare=False)  # not a setting


class WarningCollector(logging.Handler):
    """Keeps the builder's warnings, to report them from the parent process in one place."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def fail_on_warnings(language: str, warnings: list[str]) -> None:
    """Strict mode: a warning from the builder fails the language's build."""
    if warnings:
        raise SiteBuilderFailed(language, warnings)


@contextlib.contextmanager
def collected_warnings() -> Iterator[WarningCollector]:
    """The builder's warnings, kept off the terminal and collected while the block runs."""
    collect = WarningCollector()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collect)
    logger.propagate = False
    try:
        yield collect
    finally:
        logger.removeHandler(collect)


def warnings_of(collect: WarningCollector, work: Callable[[], object]) -> list[str]:
    """Run `work`; return the warnings it logged, or its error (none means success, as in strict mode)."""
    from mkdocs.exceptions import MkDocsException

    collect.messages.clear()
    try:
        work()
    except MkDocsException as error:
        return collect.messages or [str(error)]
    return list(collect.messages)


def load_job_config(job: LanguageBuild) -> Any:
    """mkdocs' configuration of one language: the shared mkdocs.yml, this language's settings, strict."""
    from mkdocs.config import load_config

    overrides: dict[str, Any] = {
        "docs_dir": str(job.docs_dir), "site_dir": str(job.site_dir), "site_name": job.site_name,
        "site_url": job.site_url, "nav": job.nav, "strict": True,
    }
    config = load_config(config_file=str(BASE_CONFIG), **overrides)
    config.theme["language"] = job.language
    config.extra["theme_strings"] = job.theme_strings
    config.extra.update(job.extra)
    config["site_description"] = job.extra.get("site_description")     # the 404 page's description
    if "permalink_title" in job.extra:
        config.mdx_configs["toc"]["permalink_title"] = job.extra["permalink_title"]
    assets = own_assets([job.docs_dir, *[folder for folder in [theme_overrides_dir()] if folder]])
    shared = job.extra.get("asset_root", "")       # "../" in English: it loads the Vietnamese build's copies
    use_hashed_assets(config, assets, shared)
    config.plugins[GENERATED_PLUGIN] = generated_docs(job.generated, {} if shared else assets,
                                                      shared_assets=bool(shared))
    return config


def use_hashed_assets(config: Any, assets: Mapping[str, tuple[str, bytes]], root: str) -> None:
    """Our stylesheet, icon and scripts by their content-hashed names (under `root`): the theme finds the
    scripts' names in `extra.assets`."""
    names = {name: root + hashed for name, (hashed, _) in assets.items()}
    config["extra_css"] = [names.get(str(path), path) for path in config["extra_css"]]
    if config.theme.get("favicon") in names:
        config.theme["favicon"] = names[config.theme["favicon"]]
    config.extra["assets"] = names


# Material's strings that its Vietnamese catalogue lacks or gets wrong ("Trở lại mục lục" for "back to top"), and
# the 404 page's, by their keys in our catalogues: generator/builder/theme/partials/language.html looks here first.
THEME_STRINGS = {"top": "theme_top", "search.result.initializer": "theme_search_initializer",
                 "search.result.more.one": "theme_search_more_one",
                 "search.result.more.other": "theme_search_more_other",
                 "search.result.other": "theme_search_other",     # our worker lists the best pages only
                 "not_found.title": "not_found_title", "not_found.text": "not_found_text",
                 "not_found.home": "not_found_home", "tabs": "theme_tabs"}


def theme_strings(catalogue: Mapping[str, str]) -> dict[str, str]:
    """The strings the theme takes from one language's catalogue, by the theme's keys."""
    return {key: catalogue[ours] for key, ours in THEME_STRINGS.items()}


def generated_docs(docs: InMemoryDocs, assets: Mapping[str, tuple[str, bytes]] | None = None,
                   shared_assets: bool = False) -> Any:
    """A plugin that adds the generator's files to mkdocs' own, and copies of our assets under their hashed names,
    in the order mkdocs would list them, and gives each generated page its metadata. With `shared_assets`, the
    language has no `assets/` of its own (it loads another language's: mkdocs_hooks.on_env)."""
    copies = {hashed: content for hashed, content in (assets or {}).values()}
    from mkdocs.plugins import BasePlugin
    from mkdocs.structure.files import File, Files, file_sort_key

    class GeneratedDocs(BasePlugin):  # type: ignore[type-arg]
        meta = dict(docs.meta)            # a session puts the metadata of changed pages here

        def on_files(self, files: Files, config: Any) -> Files:
            generated = [File.generated(config, path, content=content)  # type: ignore[no-untyped-call]
                         for path, content in [*docs.files.items(), *copies.items()]]
            kept = [file for file in files if not (shared_assets and file.src_uri.startswith(ASSETS))]
            return Files(sorted([*kept, *generated], key=file_sort_key))

        def on_page_markdown(self, markdown: str, page: Any, config: Any, files: Files) -> str:
            meta = self.meta.get(page.file.src_uri)
            if meta is not None:
                page.meta = dict(meta)
            return markdown

    return GeneratedDocs()


def build_language(job: LanguageBuild) -> list[str]:
    """Build one language with mkdocs in strict mode; return its warnings (none means success)."""
    from mkdocs.commands.build import build

    with collected_warnings() as collect:
        return warnings_of(collect, lambda: build(load_job_config(job)))


def build_language_html(job: LanguageBuild) -> None:
    """Build one language; raise with the builder's warnings if it reported any."""
    fail_on_warnings(job.language, build_language(job))
