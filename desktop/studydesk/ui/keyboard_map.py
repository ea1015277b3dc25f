"""The keys of each page, for Help > Keyboard Shortcuts (and docs/accessibility.md).

The scheme works wherever focus is: a page's buttons take Alt and a letter
(their underlined letter, unique on each page and apart from the menu bar's
Alt+F, Alt+V and Alt+H), so a letter typed into an answer field is only ever
a letter. The menus' shortcuts (Ctrl+O, Ctrl+1 and so on) are read from the
menus themselves when the dialog opens, so they are not listed here.
"""

from __future__ import annotations

PAGES: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("Everywhere", (
        ("Tab, Shift+Tab", "Move to the next or previous control"),
        ("Alt+F, Alt+V, Alt+H", "Open the File, View or Help menu"),
        ("Ctrl+Tab, Ctrl+Shift+Tab", "Next or previous tab (Quiz, Charts, History, Edit)"),
        ("Arrow keys, Page Up, Page Down", "In the article: move the caret and read line by line"),
    )),
    ("Start page", (
        ("Alt+L", "Length of the quiz"),
        ("Alt+P, Alt+T", "Practice or Test"),
        ("Alt+E", "Shuffle seed"),
        ("Alt+S", "Start the quiz"),
        ("Alt+R", "Resume the last quiz"),
    )),
    ("A question", (
        ("Enter", "Check the answer; after the feedback, go on"),
        ("1 to 9, Alt+1 to Alt+9", "Choose that option (or tick and untick it)"),
        ("Alt+C", "Check"),
        ("Alt+N", "Next question, or see the results"),
        ("Alt+I", "Show the hint"),
        ("Alt+T", "Show the evidence in the article again"),
        ("Alt+Up, Alt+Down", "Put in order: move the selected item up or down"),
        ("Alt+Down", "Match: open the list of choices"),
    )),
    ("A written answer", (
        ("Enter", "Check: the key points your answer seems to make are ticked; Enter again for the score"),
        ("Shift+Enter", "A new line in the answer"),
        ("Space", "Tick or untick the key point that has focus"),
    )),
    ("A test", (
        ("Enter", "Go on to the next question; on the last, see what is unanswered"),
        ("Alt+B, Alt+N", "Back to the previous question, on to the next"),
        ("Alt+L", "Flag the question to come back to"),
        ("Alt+U", "Submit: see what is unanswered and flagged first"),
        ("Alt+R, Alt+A", "Before submitting: return to the test, or submit all and finish"),
    )),
    ("Results", (
        ("Up, Down", "Select a question: its evidence is shown in the article"),
        ("Alt+R", "Retry the questions missed"),
        ("Alt+T", "Show the selected question's evidence"),
        ("Alt+N", "A new quiz"),
        ("Alt+C", "Close the review of a past attempt"),
    )),
    ("After a review", (
        ("Alt+B", "Back to the quiz"),
        ("Alt+L", "The Library"),
    )),
    ("Library", (
        ("Up, Down", "Select a bank"),
        ("Enter, Alt+O", "Open the selected bank"),
        ("Alt+R", "Review what is due today in every bank"),
        ("Alt+B", "Back to the bank that is open"),
        ("Alt+M", "Remove the selected bank from the list (the file stays)"),
        ("Alt+W", "Show the selected bank's folder in the file manager"),
        ("Alt+A", "Add a folder of banks"),
    )),
    ("Charts", (
        ("Left, Right", "On the chart: select the previous or next bar"),
        ("Up, Down", "In the table of values: select a row, and its bar"),
        ("Enter", "Highlight the selected figure's sentence in the article"),
        ("Alt+L", "Log scale, where a chart offers it"),
    )),
    ("History", (
        ("Up, Down", "Select an attempt"),
        ("Alt+V", "Review the selected attempt, or Enter on it"),
        ("Alt+R", "Resume the selected unfinished attempt"),
        ("Alt+B", "Only this bank, or every bank"),
    )),
    ("Edit", (
        ("Tab", "Indent, in the bank's text"),
        ("Ctrl+Tab, Ctrl+Shift+Tab", "Leave the bank's text for the next or previous control"),
        ("Ctrl+S, Alt+S", "Save"),
        ("Alt+A", "Add a question"),
    )),
)
