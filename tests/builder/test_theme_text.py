"""The theme's strings looked up once a build: each one the string Material's `lang.t` macro gives."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import jinja2
import pytest
from mkdocs.config import load_config

from generator.builder.site_builder import BASE_CONFIG, THEME_STRINGS
from generator.builder.theme_text import CATALOGUE, ThemeText
from generator.model.fields import LANGUAGES

OURS = {"top": "Lên đầu trang", "search.result.other": "Các trang khác"}


def theme_environment(docs: Path) -> jinja2.Environment:
    """The theme's templates as our builds load them (our overrides first), without a build's `on_env`."""
    return load_config(config_file=str(BASE_CONFIG), docs_dir=str(docs)).theme.get_env()


def material_keys(env: jinja2.Environment, language: str) -> set[str]:
    """Every key of the theme's catalogue for `language`, read from its source."""
    source, _, _ = env.loader.get_source(env, CATALOGUE.format(language))  # type: ignore[union-attr]
    return set(re.findall(r'^\s*"([^"]+)":', source, flags=re.MULTILINE))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_the_one_the_theme_macro_gives(language: str, tmp_path: Path) -> None:
    env = theme_environment(tmp_path)
    macro = env.from_string(
        '{% import "partials/languages/" ~ language ~ ".html" as lang %}'
        '{% import "partials/languages/en.html" as fallback %}'
        '{{ ours.get(key) or lang.t(key) or fallback.t(key) or key }}')
    text = ThemeText(env, language, OURS)
    keys = material_keys(env, language) | material_keys(env, "en") | set(THEME_STRINGS) | {"no.such.key"}
    assert len(keys) > 50
    for key in sorted(keys):
        assert text(key) == macro.render(language=language, ours=OURS, key=key), key
    assert text("top") == "Lên đầu trang" and text("no.such.key") == "no.such.key"


def test_templates_get_it_as_lang_t_and_materials_own_environment_still_gets_the_macro(tmp_path: Path) -> None:
    env = theme_environment(tmp_path)
    config = {"theme": {"language": "vi"}, "extra": {"theme_strings": OURS}}
    without: Any = env.get_template("partials/language.html", globals={"config": config}).module
    assert without.t("top") == "Lên đầu trang"             # Material's search plugin reads it this way
    text = ThemeText(env, "vi", OURS)
    text.install()
    module: Any = env.get_template("partials/language.html").make_module({"config": config})
    assert module.t is text
    template = env.from_string('{% import "partials/language.html" as lang with context %}{{ lang.t("top") }}')
    assert template.render(config=config) == "Lên đầu trang"
