"""The Charts tab: the article's figures and the student's progress, drawn
with pyqtgraph (imported only when the tab is first opened)."""
