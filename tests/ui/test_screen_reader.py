"""What a screen reader user gets from a question, through Qt's accessibility
interface: the question as the answer controls' group label, the verdict
announced as the answer is checked, and the evidence as the article's
selection (issue 19)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from studydesk.core.article import forgive
from studydesk.core.grading import right_response, wrong_response
from tests.ui.accessible_tree import group_names, interface, name
from tests.ui.test_accessible_views import KINDS, begin


@pytest.fixture
def announcements(monkeypatch):
    """What is sent to assistive technology as an announcement, as (message, assertive)."""
    said = []
    send = QAccessible.updateAccessibility

    def capture(event):
        if event.type() == QAccessible.Event.Announcement:
            said.append((event.message(), event.politeness() == QAccessible.AnnouncementPoliteness.Assertive))
        send(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(capture))
    return said


@pytest.mark.parametrize("kind", KINDS)
def test_each_answer_control_is_labelled_by_the_question(window, kind):
    page = begin(window, KINDS[kind])
    prompt = page.session.current.prompt
    controls = [w for w in page.input.findChildren(QWidget)
                if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert controls
    for control in controls:
        assert group_names(control)[:1] == [prompt], control
    # The prompt itself reads as the question, not as a name put in its place.
    assert name(interface(page.prompt)) == prompt
    # A new question puts focus on its first control, inside that group.
    assert window.focusWidget() in controls


def test_match_lists_are_named_for_their_item(window):
    """On Linux Qt names a combo box by its chosen text, as GTK does, and an
    AT-SPI reader says the label it is "labelled by" with it; on Windows and
    macOS the name is "Match for ..."."""
    page = begin(window, "places-match")
    for left, combo in page.input.combos.items():
        labels = [name(other) for other, relation in interface(combo).relations()
                  if relation & QAccessible.RelationFlag.Label]
        assert labels == [left]
        assert combo.accessibleName() == f"Match for {left}"
        assert group_names(combo)[0] == page.session.current.prompt


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("right", [True, False])
def test_the_verdict_is_announced_and_the_evidence_selected(window, announcements, kind, right):
    page = begin(window, KINDS[kind])
    q = page.session.current
    page.input.set_response(right_response(q) if right else wrong_response(q))
    page.check()
    verdict = page.feedback.verdict.text()
    (message, assertive), = announcements
    assert assertive and message.startswith(verdict)
    assert ("Right answer:" in message) == page.feedback.answer.isVisible()
    assert window.focusWidget() is page.next_button  # focus stays on the way on
    # The evidence is the article's selection, and the caret is at its start.
    text = interface(window.article_view).textInterface()
    assert text.selectionCount() == 1
    caret = text.cursorPosition()
    first = window.article_view.highlighted_text()[0]
    assert forgive(text.text(caret, caret + len(first))) == forgive(first)
    assert forgive(q.evidence[0])[:20] in forgive(first)


def test_enter_with_nothing_to_check_says_why(window, qtbot, announcements):
    page = begin(window, "places-match")
    page.input.combos[page.session.current.lefts[0]].setFocus()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    assert not page.feedback.isVisible()
    assert page.why.isVisible() and "Choose a match" in page.why.text()
    assert announcements == [(page.why.text(), False)]
    page.input.choose(*page.session.current.pairs[0])
    assert not page.why.isVisible()  # an answer to check: the reason goes


def test_a_number_that_does_not_read_says_why_on_enter(window, qtbot, announcements):
    page = begin(window, "kramatorsk-distance")
    qtbot.keyClicks(page.input.field, "1,2,3")
    qtbot.keyClick(page.input.field, Qt.Key.Key_Return)
    assert page.why.text() == page.input.reading.text() and page.why.isVisible()
    assert announcements and announcements[-1][0] == page.why.text()


def test_show_in_text_selects_the_evidence_again(window):
    page = begin(window, "force-ratio")
    page.input.set_response(right_response(page.session.current))
    page.check()
    window.article_view.clear_evidence()
    assert interface(window.article_view).textInterface().selectionCount() == 0
    page.feedback.evidence_button.click()
    assert interface(window.article_view).textInterface().selectionCount() == 1


@pytest.mark.parametrize("kind", KINDS)
def test_focus_passes_through_nothing_else_on_check_and_next(window, qtbot, kind):
    """A screen reader speaks each focus change: Check goes straight to Next,
    and Next straight to the new answer, not by way of the article."""
    from PySide6.QtWidgets import QApplication

    page = begin(window, KINDS[kind])
    page.input.set_response(right_response(page.session.current))
    stops = []

    def note(_old, new):
        stops.append(new)

    QApplication.instance().focusChanged.connect(note)
    try:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    finally:
        QApplication.instance().focusChanged.disconnect(note)
    assert stops[0] is page.next_button and page.input.isAncestorOf(stops[-1])
    assert all(w is page.next_button or page.input.isAncestorOf(w) for w in stops), stops
