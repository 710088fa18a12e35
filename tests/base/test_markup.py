from generator.base.markup import attribute, block, cell, inline


def test_raw_html_is_shown_as_text() -> None:
    assert inline('<b onclick="x()">a</b> & **b**') == '&lt;b onclick="x()"&gt;a&lt;/b&gt; &amp; **b**'


def test_table_cells_stay_on_one_line_with_literal_pipes() -> None:
    assert cell("a | b\nc  d") == "a \\| b c d"


def test_block_and_attribute() -> None:
    assert block("  x <y>\n") == "x &lt;y&gt;"
    assert attribute('"q"') == "&quot;q&quot;"
