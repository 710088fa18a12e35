"""The notice's QR code: drawn from the SVG's own path, it must decode to the page's address."""

from __future__ import annotations

import re

import pytest
import zxingcpp
from PIL import Image, ImageDraw

from generator.compute.print import QR_MARGIN, qr_svg

RUN = re.compile(r"M(\d+) (\d+)\.5h(\d+)")
PIXELS = 4      # per module: what a phone camera sees, roughly


def raster(svg: str) -> Image.Image:
    """The QR code as the SVG draws it: each path step a one-module-thick line, on a white field."""
    side = int(re.search(r'viewBox="0 0 (\d+) \1"', svg).group(1))          # type: ignore[union-attr]
    image = Image.new("L", ((side + 4) * PIXELS, (side + 4) * PIXELS), 255)   # plus a page's white margin
    draw = ImageDraw.Draw(image)
    path = re.search(r' d="([^"]*)"', svg).group(1)                          # type: ignore[union-attr]
    for x, y, length in (map(int, step) for step in RUN.findall(path)):
        left, top = (x + 2) * PIXELS, (y + 2) * PIXELS
        draw.rectangle([left, top, left + length * PIXELS - 1, top + PIXELS - 1], fill=0)
    assert RUN.sub("", path) == "", "the path has only whole-module horizontal runs"
    return image


@pytest.mark.parametrize("url", [
    "https://thi-dua.example.org/phong-trao/2024-khanh-khe-thanh-toan-truc-tuyen/",
    "https://tinh.example.gov.vn/xa-tan-yen/en/phong-trao/2026-so-noi-vu-thanh-toan-truc-tuyen-ho-tro-nguoi-dan/",
    "http://x.vn/",
])
def test_the_qr_code_decodes_to_its_address(url: str) -> None:
    svg = qr_svg(url, "Mã QR")
    codes = zxingcpp.read_barcodes(raster(svg))
    assert [code.text for code in codes] == [url]
    assert [code.ec_level for code in codes] == ["M"]


def test_the_qr_code_is_named_for_screen_readers_and_scales_with_its_box() -> None:
    svg = qr_svg("https://thi-dua.example.org/", 'Mã QR mở trang "x" & <y>')
    assert svg.startswith('<svg role="img" aria-label="Mã QR mở trang &quot;x&quot; &amp; &lt;y&gt;" class="tds-qr" ')
    assert "<title>Mã QR mở trang \"x\" &amp; &lt;y&gt;</title>" in svg
    side = int(re.search(r'viewBox="0 0 (\d+) \1"', svg).group(1))           # type: ignore[union-attr]
    assert f'width="{side * 3}" height="{side * 3}"' in svg and svg.count("class=") == 1
    assert min(int(x) for x, _, _ in RUN.findall(svg)) == QR_MARGIN          # the light margin is kept
