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
