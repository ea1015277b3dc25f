"""File > Export History as CSV…: the dialog's answer decides where the CSV goes."""

import csv

from studydesk.core.session import QuizSettings, Session
from studydesk.ui import file_dialogs
from studydesk.ui.teacher.history_export import export_history_csv
from studydesk.ui.plain import literal


def answer_two(history, bank):
    session = Session(bank, (bank.question("population-now"), bank.question("figures-unverified")), QuizSettings())
    history.follow(session)
    session.answer("Fewer than 1,300")
    session.answer(True)


def test_export_writes_the_chosen_file(qapp, history, seed_bank, tmp_path, monkeypatch):
    answer_two(history, seed_bank)
    asked = []

    def choose(parent, caption, suggested, filters, save):
        asked.append(str(suggested))
        return str(tmp_path / "class-7b")

    monkeypatch.setattr(file_dialogs, "choose_file", choose)
    path = export_history_csv(None, history, seed_bank)
    assert path == tmp_path / "class-7b.csv"
    assert asked[0].endswith("pokrovsk-history.csv")
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert [r[3] for r in rows[1:]] == ["population-now", "figures-unverified"]
    assert [r[6] for r in rows[1:]] == ["yes", "no"]


def test_nothing_to_export_says_so_and_asks_for_no_file(qapp, history, seed_bank, monkeypatch, message_boxes):
    monkeypatch.setattr(file_dialogs, "choose_file",
                        lambda *a, **k: (_ for _ in ()).throw(AssertionError("asked for a file")))
    assert export_history_csv(None, history, seed_bank) is None
    assert message_boxes.texts("Information") == [literal("There are no answers to export yet.")]


def test_a_failed_write_is_reported(qapp, history, seed_bank, tmp_path, monkeypatch, message_boxes):
    answer_two(history, seed_bank)
    monkeypatch.setattr(file_dialogs, "choose_file", lambda *a, **k: str(tmp_path / "missing" / "h.csv"))
    assert export_history_csv(None, history, seed_bank) is None
    warned = message_boxes.texts("Warning")
    assert len(warned) == 1 and "could not be saved" in warned[0] and "No such file" in warned[0]


def test_cancel_writes_nothing(qapp, history, seed_bank, tmp_path, monkeypatch):
    answer_two(history, seed_bank)
    monkeypatch.setattr(file_dialogs, "choose_file", lambda *a, **k: "")
    assert export_history_csv(None, history, seed_bank) is None
    assert list(tmp_path.glob("*.csv")) == []
