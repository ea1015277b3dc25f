"""What a teacher sees on the worksheet's pages: the questions chosen by topic
and length, room to work out calculations, each instruction and the title
once, points only where they differ, quotes as the article prints them, and
the questions straight after the article."""

import msgspec
import pytest

from studydesk.core.article import parse_article
from studydesk.core.bank import Bank, ChoiceQuestion, MultiQuestion, NumericQuestion
from studydesk.core.session import QuizSettings, select_questions
from studydesk.core.worksheet_plan import WorksheetPlan
from studydesk.render.pages import footer_label, page_of
from studydesk.render.typeset import ROLE
from studydesk.render.worksheet import build_worksheet
from tests.render.test_worksheet import laid_out, part_text, run_cli
from tests.support import SEED_BANK, pdf_pages

CALCULATIONS = ("population-share-left", "force-ratio-attackers", "war-years")


def question_ids(doc):
    return [f.frameFormat().stringProperty(ROLE).removeprefix("question:") for f in doc.rootFrame().childFrames()
            if f.frameFormat().stringProperty(ROLE).startswith("question:")]


def test_calculations_get_room_to_work_and_look_ups_do_not(qapp, seed_bank):
    doc = build_worksheet(seed_bank)
    for q in seed_bank.questions:
        if isinstance(q, NumericQuestion):
            part = part_text(doc, f"question:{q.id}")
            assert ("Show your working:" in part) == (q.id in CALCULATIONS), q.id
    # The room is a box of empty lines between the note and the answer line.
    part = part_text(doc, "question:population-share-left")
    working = part[part.index("Show your working:"):part.index("Answer:")]
    assert working.count("\n") >= 6 and not working.replace("Show your working:", "").strip()


def test_tick_all_that_apply_is_said_once(qapp, seed_bank):
    doc = build_worksheet(seed_bank)
    multis = [q for q in seed_bank.questions if isinstance(q, MultiQuestion)]
    assert multis and all("Tick all that apply." in q.prompt for q in multis)
    for q in multis:
        assert part_text(doc, f"question:{q.id}").lower().count("all that apply") == 1
    plain = msgspec.structs.replace(multis[0], prompt="Which of these are within range?")
    doc = build_worksheet(Bank(title="t", questions=(plain,)))
    assert "(tick all that apply)" in part_text(doc, f"question:{plain.id}")


def test_questions_follow_the_article_and_the_title_is_printed_once(qapp, seed_bank, tmp_path):
    doc = build_worksheet(seed_bank)
    writer = laid_out(doc, tmp_path)
    layout, height = doc.documentLayout(), doc.pageSize().height()
    block = doc.begin()
    while block.isValid() and block.text() != "Winter and the Road Ahead":  # the article's last heading
        block = block.next()
    last_of_article = int(layout.blockBoundingRect(block).top() // height) + 1
    assert page_of(doc, "questions") == last_of_article == 2  # no page left mostly blank
    first = next(f for f in doc.rootFrame().childFrames()
                 if f.frameFormat().stringProperty(ROLE) == f"question:{seed_bank.questions[0].id}")
    assert int(layout.frameBoundingRect(first).top() // height) + 1 == 2  # the heading is not left alone
    del writer
    assert doc.toPlainText().count(seed_bank.title) == 1
    # The first page's footer leaves the title to the page's head.
    assert footer_label(seed_bank.title, 1, 9) == ""
    assert footer_label(seed_bank.title, 2, 9) == seed_bank.title
    assert footer_label(seed_bank.title, 9, 9) == f"{seed_bank.title} \u00b7 Answer key"
    # An article titled as the bank: the title once.
    article = parse_article("Pokrovsk: The Gateway to Donetsk\n\nA paragraph of the article, long enough.")
    assert article.title
    same = build_worksheet(Bank(title="Pokrovsk: the gateway to Donetsk", article=article))
    assert same.toPlainText().lower().count("the gateway to donetsk") == 1


def test_points_are_printed_beside_questions_only_when_they_differ(qapp, seed_bank):
    doc = build_worksheet(seed_bank)
    assert "42 questions, 1 point each." in doc.toPlainText()
    q1, q2 = seed_bank.question("force-ratio"), seed_bank.question("kramatorsk-distance")
    mixed = Bank(title="t", questions=(q1, msgspec.structs.replace(q2, points=2.0)))
    doc = build_worksheet(mixed)
    assert "2 questions, 3 points in all." in doc.toPlainText()
    assert part_text(doc, "question:force-ratio").rstrip().endswith("1 point")
    assert part_text(doc, "question:kramatorsk-distance").rstrip().endswith("2 points")
    assert part_text(doc, "key:kramatorsk-distance").count("2 points") == 1
    even = Bank(title="t", questions=(msgspec.structs.replace(q1, points=2.0),
                                      msgspec.structs.replace(q2, points=2.0)))
    assert "2 questions, 2 points each." in build_worksheet(even).toPlainText()


def test_quotes_are_printed_as_the_article_prints_them(qapp, seed_bank):
    text = build_worksheet(seed_bank).toPlainText()
    assert '"' not in text and "'" not in text
    assert "\u201cthe enemy continues to build up forces in the city\u201d" in text
    q = ChoiceQuestion(id="q", prompt="Who said 'no' in the '90s?", choices=("Russia's army", "Kyiv"),
                       answer="Kyiv")
    part = part_text(build_worksheet(Bank(title="t", questions=(q,))), "question:q")
    assert "Who said \u2018no\u2019 in the \u201990s?" in part and "Russia\u2019s army" in part


def test_topics_and_length_choose_the_questions_in_the_bank_order(qapp, seed_bank):
    plan = WorksheetPlan(topics=("distances", "ratios"), length=3, seed=7)
    doc = build_worksheet(seed_bank, plan)
    ids = question_ids(doc)
    picked = {q.id for q in select_questions(seed_bank, QuizSettings(("distances", "ratios"), 3, seed=7))}
    assert len(ids) == 3 and set(ids) == picked  # the quiz's pick for that seed
    order = [q.id for q in seed_bank.questions]
    assert ids == sorted(ids, key=order.index)  # printed in the article's order
    text = doc.toPlainText()
    assert "3 questions, 1 point each." in text
    assert "seed 7; topics distances, ratios; 3 of the 42 questions in the bank" in text
    assert [f"key:{i}" for i in ids] == [f.frameFormat().stringProperty(ROLE) for f in doc.rootFrame().childFrames()
                                          if f.frameFormat().stringProperty(ROLE).startswith("key:")]


@pytest.mark.slow
def test_command_chooses_topics_and_length(tmp_path):
    out = tmp_path / "sheet.pdf"
    done = run_cli(str(SEED_BANK), "-o", str(out), "--topic", "distances", "--topic", "ratios", "--length", "3",
                   "--seed", "7", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"wrote {out}: {pdf_pages(out)} pages, 3 questions"
    whole = run_cli(str(SEED_BANK), "-o", str(tmp_path / "whole.pdf"), cwd=tmp_path)
    assert pdf_pages(out) < pdf_pages(tmp_path / "whole.pdf")

    unknown = run_cli(str(SEED_BANK), "-o", str(tmp_path / "x.pdf"), "--topic", "weather", cwd=tmp_path)
    assert unknown.returncode == 1 and not (tmp_path / "x.pdf").exists()
    assert unknown.stderr.startswith(f"{SEED_BANK}: no topic 'weather'; its topics are ")
    assert "distances" in unknown.stderr and "Traceback" not in unknown.stderr
    zero = run_cli(str(SEED_BANK), "-o", str(tmp_path / "x.pdf"), "--length", "0", cwd=tmp_path)
    assert zero.returncode == 2 and "--length: must be at least 1" in zero.stderr
    assert whole.returncode == 0
