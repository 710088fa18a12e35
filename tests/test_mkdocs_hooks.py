from types import SimpleNamespace

from generator.mkdocs_hooks import on_page_context


def test_each_page_gets_its_own_alternates() -> None:
    config = SimpleNamespace(extra={})
    twins = [{"lang": "vi", "href": "../"}, {"lang": "en", "href": "en/"}]
    context = {"x": 1}
    assert on_page_context(context, SimpleNamespace(meta={"alternates": twins}), config, None) is context
    assert config.extra["alternate"] == twins
    on_page_context({}, SimpleNamespace(meta={}), config, None)
    assert config.extra["alternate"] == []


def test_mkdocs_still_has_the_link_rules_generated_pages_use() -> None:
    """CommonMarkPage.render overrides mkdocs' Page.render and calls its private `_RelativePathTreeprocessor`
    (pinned mkdocs 1.6.1): fail loudly if either changes."""
    import inspect

    from mkdocs.structure import pages

    rules = getattr(pages, "_RelativePathTreeprocessor", None)
    assert rules is not None, "adapt generator/mkdocs_hooks.py's CommonMarkPage.render to this mkdocs"
    assert list(inspect.signature(pages.Page.render).parameters) == ["self", "config", "files"]
    assert list(inspect.signature(rules).parameters) == ["file", "files", "config"]
    assert list(inspect.signature(rules.path_to_url).parameters) == ["self", "url"]
