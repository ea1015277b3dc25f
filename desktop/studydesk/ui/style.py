"""Light and dark palettes and the few styles Qt's Fusion style lacks.

Right and wrong use the Okabe-Ito blue and vermillion, which colour-blind
readers tell apart, and always come with a mark or a word as well.

Contrast (tests/ui/test_contrast.py computes it from these colours): text
is 4.5:1 or more on every background it sits on, and the borders of
controls and cards, and the focus ring, 3:1 or more. "line" is for
separators between areas, which identify no control.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

LIGHT = {
    "window": "#f6f5f2", "base": "#ffffff", "alt": "#f0eee9", "text": "#1d1d1f", "muted": "#5b5b60",
    "button": "#ecebe7", "highlight": "#2f6fb3", "highlighted": "#ffffff", "link": "#1f5fa8",
    "right": "#005a9c", "right_bg": "#e3effa", "wrong": "#b04300", "wrong_bg": "#fbeadf",
    "partial": "#7a5a00", "partial_bg": "#fdf3d6", "border": "#85837e", "line": "#d3d1cb", "focus": "#2f6fb3",
    "evidence": "#1a1a1a", "evidence_bg": "#ffe08a",
}
DARK = {
    "window": "#1f2023", "base": "#17181a", "alt": "#232428", "text": "#ececec", "muted": "#a4a4aa",
    "button": "#2c2d31", "highlight": "#2f6fb3", "highlighted": "#ffffff", "link": "#8cc2ff",
    "right": "#7fc0ff", "right_bg": "#12304a", "wrong": "#ffa36b", "wrong_bg": "#45240f",
    "partial": "#ffd36b", "partial_bg": "#3d3110", "border": "#808187", "line": "#3a3b40", "focus": "#7fb6ee",
    "evidence": "#ffffff", "evidence_bg": "#7a5a00",
}


def system_prefers_dark() -> bool:
    """Whether the system's palette, before ours replaces it, is a dark one.

    Asked of the palette rather than QStyleHints.colorScheme(): the palette
    says the same where the platform has a colour scheme (since Qt 6.5 Fusion
    follows it), and also where it has only a dark theme.
    """
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


OUTLINED = ("QLineEdit", "QAbstractSpinBox", "QComboBox", "QAbstractButton", "QTabBar")

DARK_SET = "studydesk_dark"  # an application property: the dark palette is in use
ZOOM_SET = "studydesk_zoom"  # an application property: the side pane's zoom, as the article's

# The sheet's own sizes, in points at zoom 1.
FONT_POINTS = {"title_pt": 17, "prompt_pt": 14, "results_pt": 20, "verdict_pt": 12}


def apply_style(app: QApplication, dark: bool) -> None:
    c = DARK if dark else LIGHT
    p = QPalette()
    role = QPalette.ColorRole
    for r, key in (
        (role.Window, "window"), (role.Base, "base"), (role.AlternateBase, "alt"), (role.Text, "text"),
        (role.WindowText, "text"), (role.Button, "button"), (role.ButtonText, "text"),
        (role.Highlight, "highlight"), (role.HighlightedText, "highlighted"), (role.Link, "link"),
        (role.ToolTipBase, "base"), (role.ToolTipText, "text"), (role.PlaceholderText, "muted"),
        (role.Mid, "border"), (role.Midlight, "alt"),
    ):
        p.setColor(r, QColor(c[key]))
    disabled = QColor(c["muted"])
    for r in (role.Text, role.WindowText, role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, r, disabled)
    app.setPalette(p)
    # Fusion outlines fields, buttons, check boxes and tabs in the Window
    # colour darkened 140%, too faint to see (2:1 in light, 1.1:1 in dark):
    # these controls get a Window whose darker shade is the "border" colour.
    outlined = QPalette(p)
    outlined.setColor(role.Window, QColor(c["border"]).lighter(140))
    for kind in OUTLINED:
        app.setPalette(outlined, kind)
    app.setProperty(DARK_SET, dark)


def colours() -> dict[str, str]:
    """The palette in use, by name."""
    return DARK if QApplication.instance().property(DARK_SET) else LIGHT


def set_zoom(zoom: float) -> None:
    """Zoom the text of every page styled from now on (restyle those already shown)."""
    QApplication.instance().setProperty(ZOOM_SET, zoom)


def zoom() -> float:
    value = QApplication.instance().property(ZOOM_SET)
    return float(value) if value else 1.0


def use_style_sheet(widget: QWidget) -> None:
    """Give a widget and its children the styles Fusion lacks.

    Set on each page of the side pane, the notice bar and our dialogs, not on
    the application: a sheet routes every widget under it through Qt's
    style-sheet engine, and at start-up an application-wide sheet cost ~7 ms,
    most of it in the article view and the tab bar, which need none of it.
    """
    c = colours()
    scale = zoom()
    sizes = {key: f"{points * scale:.1f}" for key, points in FONT_POINTS.items()}
    base = QApplication.font().pointSizeF()
    # Every widget's text at the zoom, when zoomed; at 1 the sheet leaves fonts alone.
    zoomed = f"* {{ font-size: {base * scale:.1f}pt; }}\n" if abs(scale - 1) > 1e-6 and base > 0 else ""
    widget.setStyleSheet(zoomed + STYLESHEET.format(**c, **sizes))


STYLESHEET = """
QLabel#bank-title {{ font-size: {title_pt}pt; font-weight: 600; }}
QLabel#prompt {{ font-size: {prompt_pt}pt; font-weight: 500; }}
QLabel#note, QLabel#counter, QLabel#description {{ color: {muted}; }}
QLabel#topic {{ color: {muted}; border: 1px solid {border}; border-radius: 8px; padding: 1px 8px; }}
QLabel#score {{ font-weight: 600; }}
QLabel#results-score {{ font-size: {results_pt}pt; font-weight: 600; }}
QLabel#hint {{ background: {partial_bg}; color: {text}; border-radius: 6px; padding: 8px; }}
QFrame#feedback {{ border: 1px solid {border}; border-radius: 8px; background: {alt}; }}
QFrame#feedback[state="right"] {{ border-left: 5px solid {right}; background: {right_bg}; }}
QFrame#feedback[state="wrong"] {{ border-left: 5px solid {wrong}; background: {wrong_bg}; }}
QFrame#feedback[state="partial"] {{ border-left: 5px solid {partial}; background: {partial_bg}; }}
QLabel#verdict {{ font-weight: 700; font-size: {verdict_pt}pt; }}
QLabel#verdict[state="right"] {{ color: {right}; }}
QLabel#verdict[state="wrong"] {{ color: {wrong}; }}
QLabel#verdict[state="partial"] {{ color: {partial}; }}
QLabel#evidence {{ font-style: italic; }}
QGroupBox#answer {{ border: none; margin: 0; padding: 0; background: transparent; }}
QLabel#key-points-heading {{ font-weight: 600; }}
QRadioButton[mark="right"], QCheckBox[mark="right"] {{ color: {right}; font-weight: 600; }}
QRadioButton[mark="wrong"], QCheckBox[mark="wrong"] {{ color: {wrong}; }}
QLabel#mark[mark="right"] {{ color: {right}; font-weight: 600; }}
QLabel#mark[mark="wrong"] {{ color: {wrong}; }}
QRadioButton, QCheckBox {{ padding: 3px; border: 2px solid transparent; border-radius: 4px; }}  /* room for the focus ring */
QPushButton {{ padding: 5px 14px; }}
QPushButton#primary {{ background: {highlight}; color: {highlighted}; border: 1px solid {highlight};
    border-radius: 4px; font-weight: 600; }}
QPushButton#primary:disabled {{ background: {button}; color: {muted}; border-color: {border}; }}
QPushButton:focus {{ border: 3px solid {focus}; border-radius: 4px; outline: none; }}
QPushButton#primary:focus {{ border: 2px solid {text}; }}
QToolButton:focus {{ border: 2px solid {focus}; border-radius: 3px; }}
QRadioButton:focus, QCheckBox:focus {{ border: 2px solid {focus}; border-radius: 4px; outline: none; }}
QAbstractItemView, QPlainTextEdit {{ border: 1px solid {border}; padding: 1px; }}
QComboBox:focus, QLineEdit:focus, QSpinBox:focus {{ border: 2px solid {focus}; }}
QAbstractItemView:focus, QPlainTextEdit:focus {{ border: 2px solid {focus}; padding: 0; }}
QListWidget#results-list::item {{ border-bottom: 1px solid {line}; }}
QListWidget#question-list {{ background: transparent; }}
QListWidget#results-list::item:selected {{ background: {highlight}; color: {highlighted}; }}
QProgressBar {{ border: none; background: {alt}; border-radius: 3px; }}
QProgressBar::chunk {{ background: {highlight}; border-radius: 3px; }}
QWidget#quiz-header {{ border-bottom: 1px solid {line}; }}
QWidget#quiz-footer {{ border-top: 1px solid {line}; }}
QFrame#notice {{ background: {right_bg}; border-bottom: 1px solid {line}; }}
QFrame#notice[level="warning"], QFrame#notice[level="error"] {{ background: {partial_bg}; }}
QFrame#preview {{ border: 1px solid {border}; border-radius: 6px; background: {window}; }}
QPlainTextEdit#toml {{ background: {base}; }}
"""
