import pytest
from pydantic import ValidationError

from generator.model.campaign import Campaign, Text
from tests.content import minimal


def test_minimal_fixture_is_a_campaign() -> None:
    campaign = Campaign.model_validate(minimal())
    assert campaign.targets[0].comparison == "trên"
    assert str(campaign.period.ends) == "2026-12-31"


def test_text_needs_both_languages() -> None:
    with pytest.raises(ValidationError) as caught:
        Text.model_validate({"vi": "Chỉ tiếng Việt"})
    assert caught.value.errors()[0]["loc"] == ("en",)


def test_empty_text_is_refused() -> None:
    with pytest.raises(ValidationError):
        Text.model_validate({"vi": "  ", "en": "x"})


def test_unknown_keys_are_refused() -> None:
    data = minimal() | {"mucdich": []}
    with pytest.raises(ValidationError) as caught:
        Campaign.model_validate(data)
    assert caught.value.errors()[0]["type"] == "extra_forbidden"
