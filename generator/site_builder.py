"""The glue to the site builder (mkdocs + Material): everything mkdocs-specific lives here."""

from __future__ import annotations

import logging
import sys
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
    def __init__(self, language: str, reason: str) -> None:
        super().__init__(
            f"Không tạo được trang web ({language}): {reason}. Xem các cảnh báo ở trên; "
            f"thường do liên kết hỏng trong một trang viết tay ở site_src/.\n"
            f"The site builder failed ({language}): {reason}. See the warnings above; "
            f"usually a broken link in a hand-written page in site_src/."
        )


def build_language(job: LanguageBuild) -> str | None:
    """Build one language with mkdocs in strict mode; return a failure reason, or None."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    logging.basicConfig(stream=sys.stderr, level=logging.WARNING, format=f"[{job.language}] %(levelname)s %(message)s")
    overrides: dict[str, Any] = {
        "docs_dir": str(job.docs_dir), "site_dir": str(job.site_dir), "site_name": job.site_name,
        "site_url": job.site_url, "nav": job.nav, "strict": True,
    }
    try:
        config = load_config(config_file=str(BASE_CONFIG), **overrides)
        config.theme["language"] = job.language
        build(config)
    except MkDocsException as error:
        return str(error)
    return None


def build_languages(jobs: list[LanguageBuild], parallel: bool = True) -> None:
    """Build every language, two at a time on two cores; raise if any failed."""
    if parallel and len(jobs) > 1:
        with ProcessPoolExecutor(max_workers=min(len(jobs), 2)) as pool:
            reasons = list(pool.map(build_language, jobs))
    else:
        reasons = [build_language(job) for job in jobs]
    for job, reason in zip(jobs, reasons, strict=True):
        if reason:
            raise SiteBuilderFailed(job.language, reason)
