"""The printable worksheet: its document, its pages, its PDF and the command."""

import math
import os
import re
import subprocess
import sys

import pytest
from PySide6.QtGui import QPageSize, QPdfWriter, QTextCursor, QTextDocument, QTextFormat

from studydesk.core.article import parse_article, quoted
from studydesk.core.bank import (
    Bank,
    ChoiceQuestion,
    MatchQuestion,
    MultiQuestion,
    OrderQuestion,
    TrueFalseQuestion,
    WrittenQuestion,
)
from studydesk.core.grading import describe_answer
from studydesk.core.words import printed_quotes
from studydesk.core.worksheet_plan import WorksheetPlan
from studydesk.render.pages import lay_out, page_of, pdf_writer, write_worksheet_pdf
from studydesk.render.typeset import KEEP, ROLE
from studydesk.render.worksheet import (
    BOX,
    WRITING_LINES,
    build_worksheet,
    key_answer,
    option_letter,
    worksheet_options,
)
from tests.support import SEED_BANK, pdf_pages, seed_counts

HOSTILE = "<img src='file:///etc/passwd'><b>x</b>"


def part_text(doc: QTextDocument, role: str) -> str:
    """The plain text of the question or key entry marked with a role."""
    for frame in doc.rootFrame().childFrames():
        if frame.frameFormat().stringProperty(ROLE) == role:
            cursor = QTextCursor(doc)
            cursor.setPosition(frame.firstPosition())
            cursor.setPosition(frame.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
            return cursor.selection().toPlainText()
    raise AssertionError(f"no part {role}")


def laid_out(doc: QTextDocument, tmp_path) -> QPdfWriter:
    """The document laid out as write_worksheet_pdf lays it out (keep the
    writer alive while the layout is read)."""
    writer = pdf_writer(tmp_path / "layout.pdf")
    lay_out(doc, writer)
    return writer


def test_pdf_is_written_and_its_pages_counted(qapp, seed_bank, tmp_path):
    out = tmp_path / "sheet.pdf"
    pages = write_worksheet_pdf(seed_bank, out)
    assert out.read_bytes().startswith(b"%PDF-")
    assert pages == pdf_pages(out)
    doc = build_worksheet(seed_bank)
    writer = laid_out(doc, tmp_path)
    assert pages == doc.pageCount()
    # The article, then questions, then the key: each at least a page.
    assert page_of(doc, "questions") > 1 and page_of(doc, "answer-key") > page_of(doc, "questions")
    del writer
    assert not list(tmp_path.glob(".sheet.pdf*"))  # the temporary file was renamed, not left behind

    without_key = tmp_path / "no-key.pdf"
    fewer = write_worksheet_pdf(seed_bank, without_key, WorksheetPlan(answer_key=False))
    assert pdf_pages(without_key) == fewer == page_of(doc, "answer-key") - 1


def test_answer_key_starts_at_the_top_of_its_own_page(qapp, seed_bank, tmp_path):
    doc = build_worksheet(seed_bank)
    writer = laid_out(doc, tmp_path)
    height = doc.pageSize().height()
    key = page_of(doc, "answer-key")
    layout = doc.documentLayout()
    block = doc.begin()
    while block.blockFormat().stringProperty(ROLE) != "answer-key":
        block = block.next()
    assert layout.blockBoundingRect(block).top() == pytest.approx((key - 1) * height, abs=1)
    # Everything before it ends on an earlier page.
    last_question = f"question:{seed_bank.questions[-1].id}"
    for frame in doc.rootFrame().childFrames():
        if frame.frameFormat().stringProperty(ROLE) == last_question:
            assert layout.frameBoundingRect(frame).bottom() <= (key - 1) * height
    del writer

    short = Bank(title="Two questions", questions=seed_bank.questions[:2])
    doc = build_worksheet(short)
    writer = laid_out(doc, tmp_path)
    assert (page_of(doc, "questions"), page_of(doc, "answer-key"), doc.pageCount()) == (1, 2, 2)
    del writer


def test_no_question_or_key_entry_is_split_across_pages(qapp, seed_bank, tmp_path):
    doc = build_worksheet(seed_bank)
    writer = laid_out(doc, tmp_path)
    height = doc.pageSize().height()
    parts = [f for f in doc.rootFrame().childFrames() if f.frameFormat().boolProperty(KEEP)]
    assert len(parts) == 2 * len(seed_bank.questions)
    moved = 0
    for frame in parts:
        rect = doc.documentLayout().frameBoundingRect(frame)
        assert math.floor(rect.top() / height) == math.floor((rect.bottom() - 1) / height), \
            frame.frameFormat().stringProperty(ROLE)
        moved += frame.frameFormat().pageBreakPolicy() == QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    assert moved > 0  # some had to move: the check above is not vacuous
    del writer


def test_a_heading_never_ends_a_page(qapp, tmp_path):
    # Filler pushes the heading down a line at a time, so for some length it
    # would be the last line of page 1 unless it is moved.
    moved = 0
    for lines in range(30, 60):
        filler = "\n\n".join(f"Paragraph {i} is a sentence long enough to stand as one line." for i in range(lines))
        article = parse_article(f"{filler}\n\nA Heading Here\n\nAnd the paragraph after the heading, at length.")
        doc = build_worksheet(Bank(title="t", article=article), WorksheetPlan(answer_key=False))
        writer = laid_out(doc, tmp_path)
        height = doc.pageSize().height()
        block = doc.begin()
        while block.text() != "A Heading Here":
            block = block.next()
        after = block.next()
        layout = doc.documentLayout()
        assert math.floor(layout.blockBoundingRect(block).top() / height) == \
            math.floor(layout.blockBoundingRect(after).top() / height), lines
        moved += block.blockFormat().pageBreakPolicy() == QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
        del writer
    assert moved


def test_questions_show_boxes_and_blanks(qapp, seed_bank):
    doc = build_worksheet(seed_bank)
    text = doc.toPlainText()
    assert "Name ____" in text and "Date ____" in text and "Class ____" in text
    p = printed_quotes
    for number, q in enumerate(seed_bank.questions, 1):
        part = part_text(doc, f"question:{q.id}")
        assert part.startswith(f"\n{number}.\n{p(q.prompt)}\n"), part
        assert "point" not in part  # every question is worth 1: the header says so once
        if q.hint:
            assert q.hint not in part
        options = worksheet_options(q, 0)
        if isinstance(q, ChoiceQuestion | MultiQuestion | TrueFalseQuestion):
            for i, option in enumerate(options):
                assert f"{BOX}  {option_letter(i)}.\n{p(option)}\n" in part
            # Said once: by the prompt, or else by the sheet.
            assert part.lower().count("all that apply") == isinstance(q, MultiQuestion)
        elif isinstance(q, OrderQuestion):
            assert options != q.items  # never printed already solved
            assert "\n".join(f"_____\n{p(item)}" for item in options) in part
        elif isinstance(q, MatchQuestion):
            for i, left in enumerate(q.lefts):
                assert f"{i + 1}.\n_____\n{p(left)}\n" in part
            for i, right in enumerate(options):
                assert f"{option_letter(i)}.\n{p(right)}\n" in part
        elif isinstance(q, WrittenQuestion):  # ruled lines, three for each key point
            assert part.endswith(printed_quotes(q.prompt) + "\n" * (1 + WRITING_LINES * len(q.key_points)))
        else:
            assert re.search(r"Answer: _{10,}", part)
    numeric = part_text(doc, "question:population-before")
    assert "Answer: __________________ residents" in numeric
    assert "Answer: __________________%" in part_text(doc, "question:population-share-left")


def test_answer_key_uses_the_question_letters_and_quotes_the_evidence(qapp, seed_bank):
    doc = build_worksheet(seed_bank, WorksheetPlan(seed=5))
    p = printed_quotes
    for number, q in enumerate(seed_bank.questions, 1):
        key = part_text(doc, f"key:{q.id}")
        assert key.startswith(f"\n{number}.\n")
        main, spelled = key_answer(q, 5)
        assert p(main) in key and p(spelled) in key
        assert all(p(piece) in key for piece in describe_answer(q).split("; "))
        for quote in q.evidence:
            assert p(quoted(quote)) in key
        if q.explain:
            assert p(q.explain) in key
        question = part_text(doc, f"question:{q.id}")
        if isinstance(q, ChoiceQuestion):
            letter = main.split(".")[0]
            assert f"{BOX}  {letter}.\n{p(q.answer)}\n" in question  # the key's letter is the sheet's letter
        if isinstance(q, MultiQuestion):
            for pick in main.split("; "):
                letter, choice = pick.split(". ", 1)
                assert choice in q.answer and f"{BOX}  {letter}.\n{p(choice)}\n" in question
    ratio = seed_bank.question("population-before")
    assert "60,000 residents (accepted from 57,000 to 63,000)" in part_text(doc, f"key:{ratio.id}")


def test_order_and_match_keys_follow_the_printed_order(qapp, seed_bank):
    order = seed_bank.question("events-in-order")
    shown = worksheet_options(order, 0)
    main, spelled = key_answer(order, 0)
    positions = [int(n) for n in main.removeprefix("Blanks from top to bottom: ").split(", ")]
    assert [item for _, item in sorted(zip(positions, shown))] == list(order.items)
    assert spelled == describe_answer(order)

    match = seed_bank.question("figures-match")
    rights = worksheet_options(match, 0)
    main, _ = key_answer(match, 0)
    for i, pair in enumerate(main.split(", ")):
        left, letter = pair.split(" \u2192 ")
        assert left == str(i + 1)
        assert rights[[option_letter(k) for k in range(len(rights))].index(letter)] == match.pairs[i][1]


def test_the_seed_decides_the_letters(qapp, seed_bank):
    q = seed_bank.question("population-now")
    assert worksheet_options(q, 3) == worksheet_options(q, 3)
    orders = {worksheet_options(q, seed) for seed in range(8)}
    assert len(orders) > 1
    assert part_text(build_worksheet(seed_bank, WorksheetPlan(seed=3)), f"question:{q.id}") == \
        part_text(build_worksheet(seed_bank, WorksheetPlan(seed=3)), f"question:{q.id}")


def test_bank_text_that_looks_like_html_is_printed_literally(qapp, tmp_path):
    article = parse_article(f"A title\n\nThe article says {HOSTILE} plainly.\n\nMore text here.")
    q = ChoiceQuestion(id="h", prompt=HOSTILE, choices=(HOSTILE, "<i>plain</i>"), answer=HOSTILE,
                       evidence=(HOSTILE,), explain="<script>alert(1)</script>")
    bank = Bank(title="<h1>Title</h1>", article=article, questions=(q,))
    doc = build_worksheet(bank)
    text = doc.toPlainText()
    printed = printed_quotes(HOSTILE)  # its quotes printed as the article's are
    assert text.count(printed) >= 4  # prompt, choice, key answer, evidence (and the article)
    assert "<script>alert(1)</script>" in text and "<h1>Title</h1>" in text
    html = doc.toHtml()
    assert "<img" not in html and "&lt;img src=" in html
    assert "<script" not in html
    part = part_text(doc, "question:h")
    assert f"\n1.\n{printed}\n" in part
    out = tmp_path / "hostile.pdf"
    write_worksheet_pdf(bank, out)
    assert b"/Subtype /Image" not in out.read_bytes()  # no picture was fetched


def test_a_bank_without_an_article_or_questions_still_prints(qapp, tmp_path):
    out = tmp_path / "empty.pdf"
    pages = write_worksheet_pdf(Bank(title="Nothing yet"), out)
    assert pages == pdf_pages(out) == 2  # the sheet, then the key on its own page
    doc = build_worksheet(Bank(title="Nothing yet"))
    assert "This bank has no questions yet." in doc.toPlainText()


def test_letter_paper(qapp, seed_bank, tmp_path):
    out = tmp_path / "letter.pdf"
    pages = write_worksheet_pdf(seed_bank, out, page_size=QPageSize.PageSizeId.Letter)
    assert pages == pdf_pages(out)
    boxes = re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", out.read_bytes())
    assert len(boxes) == pages and {(float(w), float(h)) for w, h in boxes} == {(612, 792)}  # 8.5 x 11 in


def test_unwritable_target_raises_oserror_and_leaves_nothing(qapp, seed_bank, tmp_path):
    with pytest.raises(OSError):
        write_worksheet_pdf(seed_bank, tmp_path / "missing" / "sheet.pdf")
    assert list(tmp_path.iterdir()) == []


def test_option_letters_go_past_z():
    assert [option_letter(i) for i in (0, 1, 25, 26, 27, 51, 52)] == ["A", "B", "Z", "AA", "AB", "AZ", "BA"]


# The command


def run_cli(*args, cwd):
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    return subprocess.run([sys.executable, "-m", "studydesk", "worksheet", *args], capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=120)


@pytest.mark.slow
def test_command_writes_a_pdf_and_refuses_to_overwrite(tmp_path):
    out = tmp_path / "sheet.pdf"
    first = run_cli(str(SEED_BANK), "-o", str(out), "--seed", "4", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    pages = pdf_pages(out)
    assert first.stdout.strip() == f"wrote {out}: {pages} pages, {seed_counts()[0]} questions"
    assert first.stderr == ""  # no display needed, no Qt warnings
    before = out.read_bytes()

    again = run_cli(str(SEED_BANK), "-o", str(out), "--no-key", cwd=tmp_path)
    assert again.returncode == 1 and "--force" in again.stderr
    assert out.read_bytes() == before

    forced = run_cli(str(SEED_BANK), "-o", str(out), "--no-key", "--force", cwd=tmp_path)
    assert forced.returncode == 0, forced.stderr
    assert pdf_pages(out) < pages
    assert forced.stdout.strip().startswith(f"wrote {out}: {pdf_pages(out)} pages")


@pytest.mark.slow
def test_command_reports_a_broken_bank_without_a_traceback(tmp_path):
    bank = tmp_path / "bad.toml"
    bank.write_text('[bank]\ntitle = "x"\n\n[[question]]\nid = "a"\nkind = "choice"\nprompt = "?"\n'
                    'choices = ["A", "B"]\nanswer = "C"\n', encoding="utf-8")
    out = tmp_path / "sheet.pdf"
    result = run_cli(str(bank), "-o", str(out), cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f'{bank}:9:10: question "a": answer "C" is not one of its choices' in result.stderr.splitlines()
    assert not out.exists()

