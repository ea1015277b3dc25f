"""Nothing cut off at the small laptop sizes students use (issue 14, item 1):
every kind of question answered right and wrong, with its feedback, the
start page, results, every chart, History and the editor, at 900x600 and
1280x800 (and 1920x1080): words wrap or scroll, never clip."""

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from studydesk.core.grading import right_response, wrong_response
from studydesk.ui.background import wait_for_background
from studydesk.ui.screenshot import demo_history
from tests.ui.clipping import clipped
from tests.ui.test_accessible_views import KINDS, begin

SIZES = [(900, 600), (1280, 800), (1920, 1080)]


def sized(window, qtbot, size):
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().width() == size[0])
    QApplication.processEvents()


def settle():
    """Let layouts that depend on their width (a row of buttons that stacks) settle, as
    the event loop would within a frame."""
    for _ in range(3):
        QApplication.processEvents()


def assert_nothing_clipped(window, context):
    settle()
    found = clipped(window.tabs)
    assert not found, "\n".join([str(context), *found])


@pytest.mark.parametrize("size", SIZES[:2], ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("right", [True, False], ids=["right", "wrong"])
@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_with_its_feedback(window, qtbot, size, kind, right):
    sized(window, qtbot, size)
    page = begin(window, KINDS[kind])
    q = page.session.current
    page.input.set_response(right_response(q) if right else wrong_response(q))
    page.check()
    QApplication.processEvents()
    assert_nothing_clipped(window, (kind, right, size))
    # The feedback card lies inside its pane, or its pane scrolls to it.
    viewport = page.feedback.parentWidget().parentWidget()
    card = QRect(page.feedback.mapTo(viewport, QPoint(0, 0)), page.feedback.size())
    assert 0 <= card.left() and card.right() <= viewport.width()
    bar = page._scroll.verticalScrollBar()
    assert card.bottom() <= viewport.height() or bar.maximum() > 0
    bar.setValue(bar.maximum())  # scrolled to the end, the whole card is in view
    QApplication.processEvents()
    card = QRect(page.feedback.mapTo(viewport, QPoint(0, 0)), page.feedback.size())
    assert card.bottom() <= viewport.height()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_start_results_history_and_editor(window, qtbot, size):
    sized(window, qtbot, size)
    assert_nothing_clipped(window, "start")
    page = begin(window, "places-match")
    for respond in (wrong_response, right_response):
        page.input.set_response(respond(page.session.current))
        page.check()
        page.next()
    results = window.quiz_panel.results_page
    QApplication.processEvents()
    assert_nothing_clipped(window, "results")
    lst = results.list
    for row in range(lst.count()):  # no row cut short
        index = lst.model().index(row, 0)
        assert lst.visualRect(index).height() >= lst.sizeHintForIndex(index).height()
    demo_history(window.history, window.open_bank.bank)  # unfinished attempts: the longest words
    window.history_page.stale()
    window.go_to_tab(window.history_page)
    qtbot.waitUntil(lambda: window.history_page.model.rowCount() > 5)
    QApplication.processEvents()
    assert_nothing_clipped(window, "history")
    table = window.history_page.table
    header = table.horizontalHeader()
    for row in range(table.model().rowCount()):  # words wrapped whole: no row cut short
        assert table.rowHeight(row) >= table.sizeHintForRow(row)
    assert header.length() <= table.viewport().width() + 1  # and no column beyond the side
    metrics, model = table.fontMetrics(), table.model()
    for row in range(model.rowCount()):  # and no word wider than its column (it would be elided)
        for column in range(model.columnCount()):
            for word in model.data(model.index(row, column)).split():
                assert metrics.horizontalAdvance(word) + 8 <= table.columnWidth(column), (word, size)
    window.go_to_tab(window.editor_page)
    qtbot.waitUntil(lambda: not window.editor_page.checking)
    assert_nothing_clipped(window, "edit")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_chart(window, qtbot, size):
    sized(window, qtbot, size)
    window.go_to_tab(window.charts_page)
    charts = window.charts_page
    for i in range(charts.chooser.count()):
        charts.chooser.setCurrentIndex(i)
        wait_for_background()
        qtbot.waitUntil(lambda: "Loading" not in charts.legend.text())
        QApplication.processEvents()
        assert_nothing_clipped(window, charts.chooser.currentText())
        plot = charts.plot
        plot.grab()  # pyqtgraph places its items as it paints
        # The plot, its bars and its axes within the widget (a title wrapped for a wider view held it wider).
        assert plot.plotItem.sceneBoundingRect().right() <= plot.width() + 1, charts.chooser.currentText()
        title = plot.plotItem.titleLabel
        if title.isVisible():  # the title has the height of its lines, and is no wider than the plot
            text = title.item.boundingRect()
            assert text.height() <= title.size().height() + 1
            assert text.width() <= plot.width()
        for item in plot.labels:  # the value labels lie inside the plot (drawn at their anchor, unscaled)
            at = plot.mapFromScene(item.scenePos())
            size = item.textItem.boundingRect().size()
            rect = QRect(round(at.x() - item.anchor.x() * size.width()), round(at.y() - item.anchor.y() * size.height()),
                         round(size.width()), round(size.height()))
            assert plot.viewport().rect().adjusted(-2, -2, 2, 2).contains(rect), item.textItem.toPlainText()


@pytest.mark.parametrize("size", SIZES[:2], ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_test_of_every_kind_and_its_summary(window, qtbot, size):
    from studydesk.core.session import TEST, QuizSettings, Session

    sized(window, qtbot, size)
    bank = window.open_bank.bank
    window.quiz_panel.begin(Session(bank, tuple(bank.question(q) for q in KINDS.values()), QuizSettings(mode=TEST)))
    page = window.quiz_panel.test_page
    for kind in KINDS:
        QApplication.processEvents()
        assert_nothing_clipped(window, (kind, size))
        page.next()
    page.show_summary()
    QApplication.processEvents()
    assert_nothing_clipped(window, ("summary", size))


LONG_CHOICES = (
    "It is the main logistics hub for Ukrainian forces in the Donetsk region, linking the front to supply "
    "routes in the west, north and south",
    "A small village with no particular importance to either side, whose capture would not change the fighting",
    "A fortress town",
    "A river port whose bridges carry rail traffic to Zaporizhzhia and the south of the country in winter",
)


@pytest.mark.parametrize("size", SIZES[:2], ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("kind", ["choice", "multi"])
def test_long_choices_wrap_inside_the_pane(window, qtbot, size, kind):
    """A choice of twenty words made its button, and the pane with it, wider than the window."""
    import msgspec

    sized(window, qtbot, size)
    bank = window.open_bank.bank
    q = bank.question(KINDS[kind])
    q = msgspec.structs.replace(q, choices=LONG_CHOICES,
                                answer=LONG_CHOICES[0] if kind == "choice" else LONG_CHOICES[:2])
    from studydesk.core.session import PRACTICE, QuizSettings, Session

    window.quiz_panel.begin(Session(bank, (q,), QuizSettings(mode=PRACTICE, seed=1)))
    page = window.quiz_panel.question_page
    page.input.set_response(wrong_response(q))
    page.check()
    assert_nothing_clipped(window, (kind, size))
    viewport = page._scroll.viewport()
    buttons = getattr(page.input, "buttons", None) or page.input.boxes
    for button in buttons:  # each within the pane, its words on as many lines as they need
        assert button.mapTo(viewport, QPoint(0, 0)).x() + button.width() <= viewport.width()
    marked = [b for b in buttons if b.property("mark")]
    assert marked and all(b.text().endswith(("\u2713\u00a0right\u00a0answer", "\u2717\u00a0your\u00a0answer"))
                          for b in marked)  # the mark and its words on one line
    assert "\n" not in QAccessible.queryAccessibleInterface(buttons[0]).text(QAccessible.Text.Name)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_results_row_holds_its_wrapped_words(window, qtbot, size):
    """Rows measured at a width other than the one they are painted at lost their last line
    ("Points: 1 of 1") at 1280x800."""
    from PySide6.QtWidgets import QStyle

    from studydesk.ui.screenshot import stage

    sized(window, qtbot, size)
    stage(window, "results")
    settle()
    lst = window.quiz_panel.results_page.list
    metrics = lst.fontMetrics()
    margin = lst.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, lst) + 1
    rects = [lst.visualRect(lst.model().index(row, 0)) for row in range(lst.count())]
    column = min(r.width() for r in rects)  # the rows are painted in one column of this width
    for row, rect in enumerate(rects):
        needed = metrics.boundingRect(QRect(0, 0, column - 2 * margin, 1 << 20),
                                      Qt.TextFlag.TextWordWrap, lst.item(row).text()).height()
        assert needed <= rect.height(), (row, needed, rect.height(), size)
