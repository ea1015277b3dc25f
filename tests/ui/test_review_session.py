"""A day's review across two banks, as a student takes it: from the Library's
Review button, card by card, each beside its own bank's article with its
evidence highlighted after the answer; the schedule updated; then back."""

import shutil
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from studydesk.core.check import load_bank
from studydesk.core.generate import generate_bank
from studydesk.core.grading import grade, right_response, wrong_response
from studydesk.core.history import bank_key
from studydesk.core.review import REVIEW
from studydesk.core.write import write_atomic
from studydesk.ui.background import wait_for_background
from tests.support import DATA
from tests.ui.clipping import clipped


def danube_bank(folder):
    """A second bank, on another article."""
    shutil.copy(DATA / "articles" / "danube.txt", folder / "danube.txt")
    text = (folder / "danube.txt").read_text(encoding="utf-8")
    path = folder / "danube.toml"
    write_atomic(path, generate_bank(text, article_ref="danube.txt", max_questions=4).to_toml())
    bank = load_bank(path).bank
    assert bank is not None and bank.article.title == "The Danube"
    return bank


def answered_days_ago(schedule, bank, questions, days=12):
    """Cards answered some days ago, right but for the last, so due today."""
    for i, q in enumerate(questions):
        response = wrong_response(q) if i == len(questions) - 1 else right_response(q)
        schedule.record(bank, q, grade(q, response), when=schedule.clock() - timedelta(days=days))


def test_a_review_across_two_banks(qtbot, window, tmp_path):
    seed, danube = window.open_bank.bank, danube_bank(tmp_path)
    schedule = window.schedule
    answered_days_ago(schedule, seed, seed.questions[:3])
    answered_days_ago(schedule, danube, danube.questions[:2])
    window.library.add_bank(danube.path)
    assert schedule.due_counts() == {bank_key(seed): 3, bank_key(danube): 2}
    window.reviews.due_changed.emit()
    assert window.windowTitle().endswith("(5 reviews due)")

    window.show_library()
    library = window.pages.library_page
    library.new_limit.setValue(0)  # due cards only, today
    qtbot.waitUntil(lambda: library.model.rowCount() == 2 and "5 reviews due" in library.status.text())
    assert library.review_button.text() == "&Review due (5)"
    qtbot.mouseClick(library.review_button, Qt.MouseButton.LeftButton)
    panel = window.quiz_panel
    qtbot.waitUntil(lambda: panel.currentWidget() is panel.due_page, timeout=5000)
    assert window.pages.currentWidget() is window.splitter and window.tabs.currentWidget() is panel

    page, review = panel.due_page, panel.due_review
    seen = []
    while not review.finished:
        card = review.current_card
        # The card beside its own article, its bank named above it.
        assert window.article_view.article is card.bank.article
        assert page.counter.text() == f"Card {review.position + 1} of 5 \u00b7 {card.bank.title}"
        assert window.article_view.highlighted_text() == []
        page.input.set_response(right_response(card.question))
        qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
        assert page.feedback.isVisible()
        assert window.article_view.highlighted_text()  # its evidence, in its own article
        if review.position == 2:  # nothing cut off in a small window, the bank's long name included
            window.resize(900, 600)
            qtbot.waitUntil(lambda: window.size().width() == 900)
            for _ in range(3):
                QApplication.processEvents()
            assert clipped(window.tabs) == []
        seen.append(card.bank.title)
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert sorted(seen) == sorted([seed.title] * 3 + [danube.title] * 2)
    assert len({title for title in seen}) == 2

    # The schedule took each answer: nothing is due any more today.
    assert schedule.due_counts() == {}
    reviewed = schedule.store.reviews(bank_key(danube), danube.questions[1].id)
    assert [(r.rating, r.source) for r in reviewed][-1] == (3, REVIEW)
    qtbot.waitUntil(lambda: window.windowTitle() == f"{seed.title} \u2014 Study Desk")

    done = panel.review_done_page
    assert panel.currentWidget() is done
    assert done.headline.text() == "Review done: 5 cards from 2 banks"
    assert done.detail.text().startswith("5 right, 0 partly right, 0 wrong.")
    qtbot.mouseClick(done.close_button, Qt.MouseButton.LeftButton)
    assert window.article_view.article is window.open_bank.bank.article  # the open bank's again
    assert panel.currentWidget() is panel.start_page


def test_nothing_due_says_so(qtbot, window):
    window.settings.setValue("review/new_per_day", 0)  # no new questions today, and none due
    window.reviews.start()
    wait_for_background()
    qtbot.waitUntil(lambda: "Nothing to review today" in window.statusBar().currentMessage())
    assert window.quiz_panel.due_review is None
