"""The preview's site: a whole build when one is needed, otherwise only what a save changed.

Where the preview is served from: each whole build (the first, and every fallback) writes a new
folder, `build/preview/<n>/`, Vietnamese at its root and English under `en/`, through a session per
language (`language_session.LanguageSession`) that then stays alive in its own process. After a save,
the generator runs again with the preview's memo (`build.Memo`: records and result tables unchanged
on disk are not read again, a record's pages are computed again only if the save changed what they
show, a page is rendered again only if its view changed: compute/memo.py, render/memo.py), only the
Markdown (and other generated files) whose bytes or metadata changed go to the sessions, in memory
as a whole build hands them over, and the sessions render just those pages into that same folder
and rewrite the search indexes; the root files (sitemap, build-info.json, ...) are written again.
The server shows the folder of the last whole build that succeeded, so a whole build stays atomic
for readers: a failed one leaves the previous folder, and its last good pages, served. Each whole
build is also copied into `site/` and swapped in whole, so `site/` keeps meaning what it means
after `make build`: the last whole build. Serving the sessions' own folder is the simplest correct
choice: each page is written once, by the builder, and nothing moves under the sessions while they
point at it.

A whole build replaces the sessions when the pages themselves change (a page added or removed), when
the theme, `mkdocs.yml`, the templates, the translations or `site_src/assets/` change, when the
site's name, address, navigation or date change, or when a session reports a problem.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..base.errors import BuildBusy, Problem, SessionCrashed
from ..build import Generated, Memo, Project, epoch_of, generate, today_in_vietnam
from ..builder.sessions import LanguageSessions
from ..builder.site_builder import BASE_CONFIG, LanguageBuild, theme_overrides_dir
from ..compute.language import LOCALES_DIR
from ..load.records import RecordCache, Stamps, file_stamps
from ..model.fields import LANGUAGES
from ..render.pages import TEMPLATES_DIR
from ..write.docs import (
    DocsContents,
    docs_contents,
    fresh_docs,
    language_build,
    stamp_builds,
    write_root_files,
)
from ..write.publish import exclusive, output_lock, publish_copy


def generator_inputs() -> list[Path]:
    """The generator's own files that the preview watches: a change to any needs a whole build."""
    return [folder for folder in (theme_overrides_dir(), BASE_CONFIG, TEMPLATES_DIR, LOCALES_DIR) if folder]


class Stopwatch:
    """Wall seconds per stage, in the order the stages first ran."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    @contextlib.contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - started


@dataclass
class Live:
    """The last whole build: its folder, its sessions, and what they were built from."""

    folder: Path
    sessions: LanguageSessions
    jobs: list[LanguageBuild]
    epoch: int
    inputs: Stamps               # the files whose change needs a whole build
    contents: DocsContents       # the generated files the sessions hold now


@dataclass(frozen=True)
class Refreshed:
    """What one refresh did, for the terminal and the benchmark."""

    warnings: list[Problem]
    whole_because: str | None           # why it built the whole site; None: it updated pages
    updated: dict[str, list[str]]       # per language, the docs paths the site builder rendered or copied
    seconds: dict[str, float]           # per stage
    session_cpu: dict[str, float] = field(default_factory=dict)    # per language, the update's processor seconds


NO_SESSIONS = "lần đầu, hoặc sau một lần lỗi / the first build, or the first after a failed one"
PAGES_CHANGED = "có trang được thêm hoặc bớt / a page was added or removed"
THEME_CHANGED = ("giao diện, mẫu, bản dịch, mkdocs.yml hoặc site_src/assets đã đổi / "
                 "the theme, templates, translations, mkdocs.yml or site_src/assets changed")
SETTINGS_CHANGED = ("tên, địa chỉ, mục lục hoặc ngày của trang đã đổi / "
                    "the site's name, address, navigation or date changed")


class PreviewSite:
    """The preview's site, brought up to date by `refresh` after every save."""

    def __init__(self, project: Project, today: dt.date | None) -> None:
        self.project, self.today = project, today
        self.cache = RecordCache()
        self.memo = Memo()                      # the views and Markdown of the last save
        self.live: Live | None = None
        self.served = project.site_dir          # until the first whole build
        self.builds = 0

    def refresh(self) -> Refreshed:
        """Run the generator, then update the pages it changed, or build the whole site; raise on bad input."""
        watch, day = Stopwatch(), self.today or today_in_vietnam()
        inputs = file_stamps(self.whole_build_inputs())
        if self.live is None or inputs != self.live.inputs:
            self.memo = Memo()                  # the templates or translations may have changed
        made, input_warnings = generate(self.project, day, self.cache, watch, self.memo)
        contents = docs_contents(made.rendered, made.files)
        because = self.whole_build_reason(made, contents, inputs, day)
        if because is None and self.live is not None:
            try:
                updated, warnings = self.update(self.live, made, contents, watch)
                if not warnings:
                    return Refreshed(input_warnings, None, updated, watch.seconds, self.live.sessions.cpu())
                because = f"trình tạo trang báo / the site builder reported: {warnings[0]}"
            except SessionCrashed as crash:
                because = f"phiên xem thử hỏng / a preview session failed: {str(crash).splitlines()[-1]}"
        self.build_whole(made, contents, inputs, day, watch)
        return Refreshed(input_warnings, because, {code: sorted(docs.files) for code, docs in contents.items()},
                         watch.seconds)

    def whole_build_inputs(self) -> list[Path]:
        return [*generator_inputs(), self.project.assets_dir]

    def whole_build_reason(self, made: Generated, contents: DocsContents, inputs: Stamps, day: dt.date) -> str | None:
        """Why the sessions cannot just update their pages; None if they can."""
        live = self.live
        if live is None:
            return NO_SESSIONS
        if inputs != live.inputs:
            return THEME_CHANGED
        if self.jobs(made, live.folder) != live.jobs or epoch_of(day) != live.epoch:
            return SETTINGS_CHANGED
        if {code: set(docs.files) for code, docs in contents.items()} != {
                code: set(docs.files) for code, docs in live.contents.items()}:
            return PAGES_CHANGED
        return None

    def update(self, live: Live, made: Generated, contents: DocsContents,
               watch: Stopwatch) -> tuple[dict[str, list[str]], list[str]]:
        """Have the sessions render the pages whose Markdown or metadata changed; the paths, and any warnings.

        Should the sessions fail, they are closed, as they may hold part of the change: after a crash
        the caller builds the whole site at once, after anything else the next save does."""
        with watch("compare with the sessions' files"):
            changes = {code: docs.changed_since(live.contents[code]) for code, docs in contents.items()}
        with watch("site builder: changed pages, search index"):
            try:
                warnings = live.sessions.update(changes)
            except BaseException:
                self.close()
                raise
        live.contents = contents
        if not warnings:
            with watch("root files"):
                write_root_files(made.root_files, live.folder)
        return {code: list(docs.files) for code, docs in changes.items()}, warnings

    def build_whole(self, made: Generated, contents: DocsContents, inputs: Stamps, day: dt.date,
                    watch: Stopwatch) -> None:
        """New sessions build the whole site into a new folder; served once complete, and copied into site/."""
        self.close()
        with watch("docs folders (assets)"):
            for code in contents:
                fresh_docs(self.project.preview_docs_dir / code, self.project.assets_dir)
        folder, epoch = self.new_folder(), epoch_of(day)
        jobs = self.jobs(made, folder)
        with watch("site builder: whole site"):
            stamp_builds(epoch)
            sessions = LanguageSessions([replace(job, generated=contents[job.language]) for job in jobs])
        try:
            with watch("root files + copy into site/"):
                write_root_files(made.root_files, folder)
                self.copy_to_site(folder)
        except BaseException:
            sessions.close()
            raise
        self.live = Live(folder, sessions, jobs, epoch, inputs, contents)
        self.served = folder
        self.remove_other_folders()

    def copy_to_site(self, folder: Path) -> None:
        """The new preview build as `site/` too, unless a build holds it now (then `site/` stays as it is)."""
        site = self.project.site_dir
        try:
            with exclusive(output_lock(site)):
                publish_copy(folder, site)
        except BuildBusy as busy:
            print(f"{busy}\n(site/ không cập nhật lần này / site/ not updated this time)", file=sys.stderr)

    def jobs(self, made: Generated, folder: Path) -> list[LanguageBuild]:
        """Each language's build settings, into `folder`: Vietnamese at its root, English under `en/`."""
        languages = [made.languages[code] for code in LANGUAGES]
        docs = self.project.preview_docs_dir
        return [language_build(made.site, lang, docs, folder / lang.prefix) for lang in languages]

    def new_folder(self) -> Path:
        self.builds += 1
        folder = self.project.preview_dir / str(self.builds)
        if folder.exists():
            shutil.rmtree(folder)               # left by an earlier `serve`
        return folder

    def remove_other_folders(self) -> None:
        for folder in self.project.preview_dir.iterdir():
            if folder != self.served:
                shutil.rmtree(folder, ignore_errors=True)

    def close(self) -> None:
        """End the sessions; what they built stays served."""
        if self.live is not None:
            self.live.sessions.close()
            self.live = None
