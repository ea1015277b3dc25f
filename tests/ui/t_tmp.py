from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
def test_m(qtbot, window):
    window.go_to_tab(window.editor_page)
    ed = window.editor_page.editor
    ed.setFocus()
    before = ed.toPlainText()
    qtbot.keyClick(ed, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    print("after ctrl+tab:", QApplication.focusWidget(), window.tabs.currentWidget(), ed.toPlainText() == before)
