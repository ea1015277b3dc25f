"""A chart without a mouse or a screen: its values as a table under the plot,
with their qualifiers and quotes, and bars that the keyboard selects, with
Enter highlighting the sentence (issue 19)."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from studydesk.core.article import forgive
from studydesk.core.chart_words import amount_text, values
from tests.ui.accessible_tree import interface, walk
from tests.ui.test_screen_reader import announcements  # noqa: F401 (a fixture)


def charts(window):
    window.go_to_tab(window.charts_page)
    return window.charts_page


def test_each_chart_has_a_table_of_its_values_with_qualifiers_and_quotes(window):
    page = charts(window)
    for chart in window.open_bank.bank.charts:
        page.show_chart(chart.id)
        rows = [[page.table.item(r, c).text() for c in range(3)] for r in range(page.table.rowCount())]
        assert [r[0] for r in rows] == [v.label for v in values(chart)]
        for row, v in zip(rows, values(chart)):
            assert row[1].startswith(amount_text(v, chart.unit))
            assert forgive(v.evidence) in forgive(row[2])
        # No row is cut short: the table is as tall as its rows.
        assert page.table.height() >= sum(page.table.rowHeight(r) for r in range(page.table.rowCount()))
    qualified = [v for c in window.open_bank.bank.charts for v in values(c) if v.qualifier]
    assert qualified, "the seed bank has qualified figures to show"


def test_the_table_is_read_cell_by_cell(window):
    page = charts(window)
    cells = [iface for iface in walk(interface(page.table)) if iface.role() == QAccessible.Role.Cell]
    first = values(page.current_chart())[0]
    assert any(iface.text(QAccessible.Text.Name) == first.label for iface in cells)


def test_arrow_keys_select_bars_and_enter_highlights_the_sentence(window, qtbot, announcements):  # noqa: F811
    page = charts(window)
    plot = page.plot
    chart = page.current_chart()
    plot.setFocus()
    qtbot.keyClick(plot, Qt.Key.Key_Right)
    assert plot.selected == 0 and page.table.currentRow() == 0
    qtbot.keyClick(plot, Qt.Key.Key_Right)
    assert plot.selected == 1 and page.table.currentRow() == 1
    second = values(chart)[1]
    assert announcements[-1][0] == plot.bars[1].hover_text and second.label in announcements[-1][0]
    qtbot.keyClick(plot, Qt.Key.Key_Return)
    assert forgive(second.evidence) in forgive(" ".join(window.article_view.highlighted_text()))
    qtbot.keyClick(plot, Qt.Key.Key_Home)
    assert plot.selected == 0


def test_enter_on_a_table_row_highlights_its_sentence_and_selects_its_bar(window, qtbot):
    page = charts(window)
    table = page.table
    table.setFocus()
    table.setCurrentCell(0, 0)
    last = table.rowCount() - 1
    for _ in range(last):
        qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentRow() == last and page.plot.selected == last
    qtbot.keyClick(table, Qt.Key.Key_Return)
    v = values(page.current_chart())[last]
    assert forgive(v.evidence) in forgive(" ".join(window.article_view.highlighted_text()))


def test_the_progress_chart_has_a_table_too(window, qtbot):
    from studydesk.ui.screenshot import demo_history

    demo_history(window.history, window.open_bank.bank)
    page = charts(window)
    page.refresh_progress()
    page.show_chart("progress")
    qtbot.waitUntil(lambda: page.table.rowCount() > 0)
    headers = [page.table.horizontalHeaderItem(c).text() for c in range(page.table.columnCount())]
    assert headers[0] == "Attempt" and len(headers) > 1
    assert page.table.item(0, 1).text().endswith("%") or page.table.item(0, 1).text() == "not asked"
