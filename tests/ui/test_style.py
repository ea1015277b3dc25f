"""The palette follows the system's: a dark system palette chooses the dark style."""

from PySide6.QtGui import QColor, QPalette

from studydesk.ui.style import apply_style, system_prefers_dark


def test_a_dark_system_palette_chooses_the_dark_style(qapp):
    before = qapp.palette()
    try:
        for window, dark in (("#202124", True), ("#f6f5f2", False)):
            palette = QPalette()
            palette.setColor(QPalette.ColorRole.Window, QColor(window))
            qapp.setPalette(palette)
            assert system_prefers_dark() is dark
    finally:
        qapp.setPalette(before)
        apply_style(qapp, dark=False)
