"""The glue to the site builder (mkdocs + Material): everything mkdocs-specific lives here."""

from __future__ import annotations

import logging
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import UserError

BASE_CONFIG = Path(__file__).resolve().parent.parent / "mkdocs.yml"


@dataclass(frozen=True)
class LanguageBuild:
    """One language's build: where its Markdown is, where its HTML goes, and its settings."""

    language: str
    docs_dir: Path
    site_dir: Path
    site_name: str
    site_url: str
    nav: list[dict[str, str]]


class SiteBuilderFailed(UserError):
    def __init__(self, language: str, warnings: list[str]) -> None:
        listed = "\n".join(f"  [{language}] {warning}" for warning in warnings)
        super().__init__(
            f"{listed}\n"
            f"Không tạo được trang web ({language}): trình tạo trang báo {len(warnings)} lỗi ở trên; "
            f"thường do liên kết hỏng trong một trang viết tay ở site_src/{language}/.\n"
            f"The site builder failed ({language}) with the {len(warnings)} problem(s) above; "
            f"usually a broken link in a hand-written page in site_src/{language}/."
        )


class _Collect(logging.Handler):
    """Keeps the builder's warnings, to report them from the parent process in one place."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def build_language(job: LanguageBuild) -> list[str]:
    """Build one language with mkdocs in strict mode; return its warnings (none means success)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    collect = _Collect()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collect)
    logger.propagate = False
    overrides: dict[str, Any] = {
        "docs_dir": str(job.docs_dir), "site_dir": str(job.site_dir), "site_name": job.site_name,
        "site_url": job.site_url, "nav": job.nav, "strict": True,
    }
    try:
        config = load_config(config_file=str(BASE_CONFIG), **overrides)
        config.theme["language"] = job.language
        build(config)
    except MkDocsException as error:
        return collect.messages or [str(error)]
    finally:
        logger.removeHandler(collect)
    return collect.messages


def build_languages(jobs: list[LanguageBuild], parallel: bool = True) -> None:
    """Build every language, two at a time on two cores; raise if any failed."""
    if parallel and len(jobs) > 1:
        with ProcessPoolExecutor(max_workers=min(len(jobs), 2)) as pool:
            results = list(pool.map(build_language, jobs))
    else:
        results = [build_language(job) for job in jobs]
    for job, warnings in zip(jobs, results, strict=True):
        if warnings:
            raise SiteBuilderFailed(job.language, warnings)
