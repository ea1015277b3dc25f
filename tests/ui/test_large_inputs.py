"""Large work stays smooth: a 1 MB article displays and highlights the right
sentence; a long history is read off the UI thread."""

import random
import threading

from studydesk.core.history import History
from studydesk.core.session import QuizSettings, Session
from tests.support import SEED_ARTICLE


def test_a_1_mb_article_highlights_the_right_sentence(qtbot, window, tmp_path):
    lines = SEED_ARTICLE.read_text(encoding="utf-8").splitlines()[:-2]
    rng = random.Random(3)
    parts, size, n = [], 0, 0
    while size < 1_000_000:
        n += 1
        line = rng.choice(lines)
        # Every paragraph distinct, so a quote can only be found in one place.
        part = f"{line} (Part {n}.)" if len(line) > 60 else f"{line} {n}"
        parts.append(part)
        size += len(part) + 1
    target = f"Pokrovsk lies just 80 kilometers from Kramatorsk, in part {n + 1} of a long file."
    parts.insert(len(parts) * 3 // 4, target)
    (tmp_path / "long.txt").write_text("\n".join(parts), encoding="utf-8")
    (tmp_path / "long.toml").write_text(
        '[bank]\ntitle = "Long"\narticle = "long.txt"\n\n[[question]]\nid = "q"\nkind = "truefalse"\n'
        f'prompt = "Is it 80 km?"\nanswer = true\nevidence = "{target}"\n', encoding="utf-8")
    assert window.open_bank.open(tmp_path / "long.toml")
    view = window.article_view
    assert view.document().characterCount() > 1_000_000
    assert view.show_evidence([target])
    assert view.highlighted_text() == [target]
    bar = view.verticalScrollBar()
    assert bar.maximum() * 0.6 < bar.value() < bar.maximum() * 0.9  # scrolled three quarters down


def test_a_long_history_is_read_off_the_ui_thread(qtbot, window, history, monkeypatch):
    bank = window.open_bank.bank
    for seed in range(40):
        session = Session.start(bank, QuizSettings(length=3, seed=seed))
        history.follow(session)
        while not session.finished:
            session.answer(None)
    threads = []
    real = History.attempts

    def spy(self, *args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(self, *args, **kwargs)

    monkeypatch.setattr(History, "attempts", spy)
    window.show_history()
    page = window.history_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 40, timeout=5000)
    assert threads == [False]
