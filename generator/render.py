"""Stage 4, render: each page view through its Jinja template, into Markdown with front matter."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import jinja2

from .compute import SiteView
from .i18n import Language
from .views import Page

TEMPLATES_DIR = Path(__file__).parent / "templates"


@dataclass(frozen=True)
class RenderedPage:
    path: str
    markdown: str


def make_environment() -> jinja2.Environment:
    """Strict: an undefined name in a template is an error, never an empty string."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # the output is Markdown; views arrive escaped (see markup.py)
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_site(site: SiteView, languages: dict[str, Language]) -> dict[str, list[RenderedPage]]:
    """Markdown for every page of every language."""
    env = make_environment()
    return {code: [render_page(env, page, languages[code]) for page in pages] for code, pages in site.pages.items()}


def render_page(env: jinja2.Environment, page: Page, lang: Language) -> RenderedPage:
    body = env.get_template(page.template).render(view=page.view, t=lang.strings)
    return RenderedPage(page.path, front_matter(page) + squeeze_blank_lines(body))


def front_matter(page: Page) -> str:
    """YAML front matter (written as JSON, which YAML reads unambiguously)."""
    meta = {"generated_by": "thi-dua-site", **page.meta}
    lines = [f"{key}: {json.dumps(value, ensure_ascii=False, sort_keys=True)}" for key, value in meta.items()]
    return "---\n" + "\n".join(lines) + "\n---\n\n"


def squeeze_blank_lines(text: str) -> str:
    """At most one blank line in a row, and one newline at the end."""
    out: list[str] = []
    for line in text.splitlines():
        if line.strip() or (out and out[-1].strip()):
            out.append(line.rstrip())
    return "\n".join(out).strip() + "\n"
