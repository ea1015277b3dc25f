"""Everything from a bank or an article is shown as text, never as HTML: a
field holding markup shows those characters in every view, and nothing
named in it is loaded."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from studydesk.core.check import load_bank
from studydesk.core.session import PRACTICE, QuizSettings, Session

EVIL = "<img src='file:///etc/passwd'><b>x</b>"


def toml(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


@pytest.fixture
def evil_bank(tmp_path):
    article = f"A headline\nThe report says {EVIL} plainly. It is short.\n"
    (tmp_path / "a.txt").write_text(article, encoding="utf-8")
    text = f"""
[bank]
title = {toml(EVIL)}
description = {toml(EVIL)}
article = "a.txt"

[[question]]
id = "q1"
topic = {toml(EVIL)}
kind = "choice"
prompt = {toml(EVIL)}
choices = [{toml(EVIL)}, "plain & simple"]
answer = {toml(EVIL)}
evidence = {toml(EVIL)}
explain = {toml(EVIL)}
hint = {toml(EVIL)}

[[chart]]
id = "c"
title = {toml(EVIL)}
kind = "bar"
unit = {toml(EVIL)}
labels = [{toml(EVIL)}]
values = [3]
evidence = {toml(EVIL)}
caption = {toml(EVIL)}
"""
    (tmp_path / "evil.toml").write_text(text, encoding="utf-8")
    result = load_bank(tmp_path / "evil.toml")
    assert result.ok, result.problems
    return result.bank


def test_every_view_shows_markup_literally(qtbot, window, evil_bank):
    window.open_bank.take(evil_bank)
    start = window.quiz_panel.start_page
    for label in (start.title, start.description):
        assert label.text() == EVIL and label.textFormat() == Qt.TextFormat.PlainText
    assert start.topic_boxes[EVIL].text() == f"{EVIL} (1)"
    assert EVIL in window.article_view.document().toPlainText()
    assert EVIL in window.windowTitle()

    session = Session(evil_bank, evil_bank.questions, QuizSettings(mode=PRACTICE))
    window.quiz_panel.begin(session)
    page = window.quiz_panel.question_page
    assert page.prompt.text() == EVIL and page.prompt.textFormat() == Qt.TextFormat.PlainText
    assert page.topic.text() == EVIL
    labels = [QAccessible.queryAccessibleInterface(b).text(QAccessible.Text.Name) for b in page.input.buttons]
    assert any(name.endswith(EVIL) for name in labels) and any(name.endswith("plain & simple") for name in labels)
    assert any(b.text().endswith("plain && simple") for b in page.input.buttons)  # "&" shown, not a shortcut
    page.show_hint()
    assert page.hint.text() == f"Hint: {EVIL}" and page.hint.textFormat() == Qt.TextFormat.PlainText
    page.input.set_response(EVIL)
    page.check()
    assert page.feedback.explain.text() == EVIL
    assert EVIL in page.feedback.evidence.text()
    assert window.article_view.highlighted_text() == [EVIL]
    page.next()
    results = window.quiz_panel.results_page
    assert EVIL in results.list.item(0).text()

    window.show_charts()
    charts = window.charts_page
    assert "&lt;img src=&#x27;file:///etc/passwd&#x27;&gt;" in charts.plot.plotItem.titleLabel.text
    assert charts.caption.text() == EVIL and charts.caption.textFormat() == Qt.TextFormat.PlainText
    assert EVIL in charts.plot.bars[0].hover_text and "&lt;b&gt;" in charts.plot.bars[0].toolTip()

    window.show_editor()
    editor = window.editor_page
    text = editor.text()
    editor.editor.go_to(text[: text.index('id = "q1"')].count("\n") + 1)
    qtbot.waitUntil(lambda: editor.preview.question is not None, timeout=5000)
    assert editor.preview.prompt.text() == EVIL
    assert editor.preview.prompt.textFormat() == Qt.TextFormat.PlainText


def test_worksheet_shows_markup_literally(qapp, evil_bank):
    from studydesk.core.words import printed_quotes
    from studydesk.render.worksheet import build_worksheet

    text = build_worksheet(evil_bank).toPlainText()
    # Its quotes printed as the article's are, and the rest as it is.
    assert text.count(printed_quotes(EVIL)) >= 4  # title, article, prompt, choice, answer key


def test_message_boxes_show_markup_literally(qapp, message_boxes):
    from studydesk.ui.plain import warn

    warn(None, "t", f"No quiz could be made: closest passage: \"{EVIL}\"")
    shown = message_boxes.texts("Warning")
    assert "<img" not in shown[0] and "&lt;img src=&#x27;file:///etc/passwd&#x27;&gt;" in shown[0]
