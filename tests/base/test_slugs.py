import pytest

from generator.base.slugs import fold, slugify


@pytest.mark.parametrize("heading, slug", [
    ("Đối tượng thi đua", "doi-tuong-thi-dua"),
    ("Hồ sơ đề nghị khen thưởng", "ho-so-de-nghi-khen-thuong"),
    ("Nơi nhận và thời hạn nộp hồ sơ", "noi-nhan-va-thoi-han-nop-ho-so"),
    ("Who may take part", "who-may-take-part"),
])
def test_slugify_keeps_vietnamese_readable(heading: str, slug: str) -> None:
    assert slugify(heading) == slug


def test_fold_strips_accents_and_d() -> None:
    assert fold("thanh toán trực tuyến, đăng ký, Đạt") == "thanh toan truc tuyen, dang ky, Dat"
