"""A list of hundreds of thousands of entries, one of them twice, is refused
in moments, by the checker and the GIFT importer alike: finding the repeat
took time that grew with the square of the list (40,000 choices: 12 s; a
million, hours). Found by the long fuzzing run (docs/robustness.md)."""

import time

from studydesk.core.bank import repeated
from studydesk.core.gift import import_gift
from studydesk.core.check import load_bank_text

N = 300_000
# seconds: generous, so a busy machine does not fail it; each takes about 1 s alone (5.6 s with two
# other processes on 2 cores), and the square-law search it guards against took minutes to hours
BOUND = 30


def timed(work, *args):
    """What work(*args) gives, after asserting it took under BOUND seconds."""
    start = time.perf_counter()
    result = work(*args)
    elapsed = time.perf_counter() - start
    assert elapsed < BOUND, f"{elapsed:.1f} s"
    return result


def test_repeated_lists_each_value_listed_twice_once_in_order():
    assert repeated(["b", "a", "b", "c", "a", "b"]) == ["a", "b"]
    assert repeated(["x"]) == [] and repeated([]) == []


def test_a_bank_with_a_huge_list_and_one_repeat_is_refused_in_moments():
    items = ", ".join(f'"c{i}"' for i in range(N)) + ', "c7"'
    text = (f'[bank]\ntitle = "T"\n\n[[question]]\nid = "q"\nkind = "choice"\nprompt = "P"\n'
            f'choices = [{items}]\nanswer = "c1"\n\n[[question]]\nid = "m"\nkind = "match"\nprompt = "P"\n'
            f'pairs = [{", ".join(f"[{chr(34)}l{i}{chr(34)}, {chr(34)}r{i}{chr(34)}]" for i in range(N))}, ["l9", "x"]]\n')
    errors = timed(load_bank_text, text, "big.toml").errors
    assert [e.message for e in errors] == ['choices lists "c7" twice', 'pairs use "l9" twice on the left']


def test_long_lists_checked_against_each_other_are_checked_in_moments():
    """A multi's answers against its choices, a match's distractors against
    its right sides (40,000 each took 5 s and 11 s: a set, not a list, now)."""
    items = ", ".join(f'"c{i}"' for i in range(N))
    pairs = ", ".join(f'["l{i}", "c{i}"]' for i in range(N))
    text = (f'[bank]\ntitle = "T"\n\n[[question]]\nid = "q"\nkind = "multi"\nprompt = "P"\nchoices = [{items}]\n'
            f'answer = [{items}, "none"]\n\n[[question]]\nid = "m"\nkind = "match"\nprompt = "P"\n'
            f'pairs = [{pairs}]\ndistractors = ["d", {items}]\n')
    errors = timed(load_bank_text, text, "big.toml").errors
    assert [e.message for e in errors] == ['answer "none" is not one of its choices',
                                           'distractor "c0" is also a right answer']


def test_a_gift_question_with_a_huge_list_of_answers_and_one_repeat_is_refused_in_moments():
    text = "Which? {" + " ".join(f"~a{i}" for i in range(N)) + " =a5}"
    result = timed(import_gift, text)
    assert result.skipped == 1
    assert 'the answer "a5" is listed twice' in result.reports[0].message


def test_a_gift_short_answer_with_a_huge_list_of_right_answers_imports_in_moments():
    text = "Who? {" + " ".join(f"=a{i % (N // 2)}" for i in range(N)) + "}"  # each right answer twice
    question, = timed(import_gift, text).bank.questions
    assert question.answer == "a0" and len(question.accept) == N // 2 - 1


def test_a_gift_question_with_thousands_of_changes_to_report_imports_in_moments():
    """Each change is noted once; asking whether it was noted took a pass over
    the list (100,000 answers worth 50%: 107 s)."""
    text = "Who? {" + " ".join(f"=%50%a{i}#fb" for i in range(N // 3)) + " =a0}"
    result = timed(import_gift, text)
    messages = [r.message for r in result.reports]
    assert sum("partial credit has no counterpart" in m for m in messages) == N // 3
    assert len(messages) == len(set(messages))
