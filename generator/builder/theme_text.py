"""The theme's strings for one build, each looked up once: ours first (`extra.theme_strings`, THEME_STRINGS in
site_builder.py), then the theme's catalogue for the build's language, then English, then the key itself.

Material's `lang.t` macro does the same lookup on every call, building its whole catalogue as a dictionary each
time: about 27 calls and 0.7 ms a page at province scale (`tests/benchmarks/theme_cost.py`). Our
`partials/language.html` hands templates this function as `lang.t` instead; each string is the one the macro gave.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import jinja2

CATALOGUE = "partials/languages/{}.html"       # the theme's strings of a language, as a `t(key)` macro
FALLBACK = "en"


@dataclass
class ThemeText:
    """`t(key)` for templates, memoised for one environment (one language's build, or a preview session: the
    strings change only with the theme or the catalogues, which start a new session)."""

    env: jinja2.Environment
    language: str
    ours: Mapping[str, str]
    known: dict[str, str] = field(default_factory=dict)

    def __call__(self, key: str) -> str:
        """The string for `key`, as Material's `lang.t(key)` gives it."""
        if key not in self.known:
            self.known[key] = (self.ours.get(key) or self.catalogue(self.language)(key)
                               or self.catalogue(FALLBACK)(key) or key)
        return self.known[key]

    def catalogue(self, language: str) -> Any:
        """The theme's `t` macro of `language` (the template's module is made once by Jinja and kept)."""
        return self.env.get_template(CATALOGUE.format(language)).module.t  # type: ignore[attr-defined]

    def install(self) -> None:
        """Offer this as `theme_text`, which our `partials/language.html` hands templates as `lang.t`."""
        self.env.globals["theme_text"] = self
