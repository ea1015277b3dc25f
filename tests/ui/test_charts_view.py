"""The chart view: every kind built from TOML, hover text with evidence, a
click that highlights the sentence, and PNG and SVG export."""

import shutil
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage

from studydesk.core.check import load_bank
from studydesk.core.session import QuizSettings, Session
from tests.support import SEED_ARTICLE

KINDS_BANK = """\
[bank]
title = "Every chart kind"
article = "article.txt"

[[question]]
id = "q"
kind = "truefalse"
prompt = "Kramatorsk is 80 km away."
answer = true
evidence = "Pokrovsk lies just 80 kilometers from Kramatorsk"

[[chart]]
id = "bar"
title = "Bar"
kind = "bar"
unit = "km"
labels = ["Front line", "To Kramatorsk", "Made up"]
values = [1200, 80, 300]
evidence = ["the 1,200-kilometre front line", "Pokrovsk lies just 80 kilometers from Kramatorsk", "1,200-kilometre"]

[[chart]]
id = "hbar"
title = "<b>Distances</b>"
kind = "hbar"
unit = "km"
labels = ["Kramatorsk", "Sloviansk"]
values = [80, 80]
qualifiers = ["", "slightly farther than"]
derived = [false, true]
evidence = ["Pokrovsk lies just 80 kilometers from Kramatorsk", "with Sloviansk slightly farther north"]

[[chart]]
id = "compare"
title = "Forces"
kind = "compare"
labels = ["Russian", "Ukrainian"]
values = [8, 1]
evidence = "outnumbered eight to one"

[[chart]]
id = "share"
title = "Shares"
kind = "share"
unit = "%"
labels = ["Fighting", "Strikes"]
values = [33.3, 50]
qualifiers = ["nearly", "roughly"]
evidence = ["nearly one-third of all fighting", "roughly half of Russian air and artillery strikes"]

[[chart]]
id = "change"
title = "Population"
kind = "change"
unit = "residents"
labels = ["Before", "Today"]
values = [60000, 1300]
qualifiers = ["around", "fewer than"]
evidence = ["its population was around 60,000", "fewer than 1,300 residents remain"]
"""


@pytest.fixture
def kinds_bank(tmp_path):
    shutil.copy(SEED_ARTICLE, tmp_path / "article.txt")
    (tmp_path / "kinds.toml").write_text(KINDS_BANK, encoding="utf-8")
    result = load_bank(tmp_path / "kinds.toml")
    assert result.ok, result.problems
    return result.bank


@pytest.fixture
def charts(window, kinds_bank):
    window.open_bank.take(kinds_bank)
    window.show_charts()
    return window.charts_page


def bar_values(view):
    out = []
    for bar in view.plot.bars:
        opts = bar.opts
        if opts["height"] is not None and opts["x"] is not None:  # vertical
            out.append(float(list(opts["height"])[0]) + float(list(opts["y0"])[0]))
        else:
            out.append(float(list(opts["width"])[0]))
    return out


@pytest.mark.parametrize(("chart_id", "expected"), [
    ("bar", [1200, 80, 300]),
    ("hbar", [80, 80]),
    ("compare", [8, 1]),
    ("share", [33.3, 50]),
    ("change", [60000, 1300]),
])
def test_each_kind_draws_one_bar_per_value(charts, chart_id, expected):
    charts.show_chart(chart_id)
    assert charts.current_chart().id == chart_id
    assert bar_values(charts) == pytest.approx(expected)
    assert [b.value.label for b in charts.plot.bars] == list(charts.current_chart().labels)


def test_ratio_and_qualified_labels_are_drawn(charts):
    charts.show_chart("compare")
    assert "8 to 1" in [t.textItem.toPlainText() for t in charts.plot.labels]
    charts.show_chart("change")
    texts = [" ".join(t.textItem.toPlainText().split()) for t in charts.plot.labels]  # (a qualifier takes a line)
    assert "fewer than 1,300" in texts and "more than 46 times fewer" in texts
    assert charts.plot.markers == [("Today", "upper")]
    assert "\u25bc" in charts.legend.text()


def test_derived_values_are_hatched_and_say_so(charts):
    charts.show_chart("hbar")
    stated, derived = charts.plot.bars
    assert stated.opts["brush"].style() == Qt.BrushStyle.SolidPattern
    assert derived.opts["brush"].style() == Qt.BrushStyle.BDiagPattern
    assert derived.opts["pen"].style() == Qt.PenStyle.DashLine
    texts = [t.textItem.toPlainText() for t in charts.plot.labels]
    assert "slightly farther than 80 km (implied)" in texts
    assert "worked out from the text" in charts.legend.text()


def test_hover_text_carries_value_unit_and_evidence(charts):
    charts.show_chart("share")
    tip = charts.plot.bars[1].hover_text
    assert tip.startswith("Strikes: roughly 50%")
    assert charts.plot.bars[1].toolTip().startswith("<p style='white-space:pre-wrap'>Strikes: roughly 50%")
    assert "\u201croughly half of Russian air and artillery strikes\u201d" in tip


def test_clicking_a_bar_highlights_its_sentence(qtbot, window, charts):
    charts.show_chart("compare")
    qtbot.wait(50)
    plot = charts.plot
    bar = charts.plot.bars[0]
    # The middle of the first bar, from data coordinates to the widget's pixels.
    scene_point = plot.plotItem.vb.mapViewToScene(QPointF(0, 4))
    pos = plot.mapFromScene(scene_point)
    window.article_view.clear_evidence()
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert window.article_view.highlighted_text() == ["outnumbered eight to one"]
    assert bar.value.evidence == "outnumbered eight to one"


def test_log_scale_for_change(charts):
    charts.show_chart("change")
    assert charts.log_scale.isVisibleTo(charts)
    charts.log_scale.setChecked(True)
    assert charts.plot.axis_left.logMode
    assert bar_values(charts) == pytest.approx([4.778, 3.114], abs=1e-3)  # log10 of the figures
    charts.show_chart("bar")
    assert not charts.log_scale.isVisibleTo(charts)


def test_html_in_a_title_is_shown_literally(charts):
    charts.show_chart("hbar")
    title = charts.plot.plotItem.titleLabel.text
    assert "&lt;b&gt;Distances&lt;/b&gt;" in title
    assert charts.chooser.currentText() == "<b>Distances</b>"


def test_export_png_and_svg(charts, tmp_path):
    charts.show_chart("bar")
    png = charts.export_png(tmp_path / "bar.png")
    image = QImage(str(png))
    assert image.width() > 200 and image.height() > 100
    svg = charts.export_svg(tmp_path / "bar.svg")
    root = ET.parse(svg).getroot()
    texts = " ".join("".join(el.itertext()) for el in root.iter() if el.tag.endswith("text"))
    for label in ("Front line", "To Kramatorsk", "Made up", "1,200"):
        assert label in texts


def test_progress_chart_from_history(qtbot, window, history):
    bank = window.open_bank.bank
    for seed in (1, 2):
        session = Session(bank, bank.questions[:4], QuizSettings(seed=seed))
        history.follow(session)
        for q in session.questions:
            session.answer(None)
    window.show_charts()
    charts = window.charts_page
    charts.chooser.setCurrentIndex(charts.chooser.findData("progress"))
    qtbot.waitUntil(lambda: "2 attempts" in charts.legend.text(), timeout=5000)
    lines = charts.plot.plotItem.listDataItems()
    topics = {q.topic for q in bank.questions[:4]}
    assert len(lines) == len(topics)
    assert all(list(line.xData) == [1, 2] for line in lines)
