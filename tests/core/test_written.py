"""The written-answer kind in the core: the bank format and its errors, the
matching of key points, grading, and writing it back."""

import msgspec
import pytest

from studydesk.core.bank import KeyPoint, WrittenQuestion
from studydesk.core.check import load_bank, load_bank_text
from studydesk.core.edit import add_question, keep_questions, question_index_at
from studydesk.core.grading import describe_answer, describe_response, grade, right_response, wrong_response
from studydesk.core.key_points import points_found, points_made, stem
from studydesk.core.write import question_toml
from tests.support import SEED_BANK

SEED = load_bank(SEED_BANK).bank
STAKES = SEED.question("stakes-if-it-falls")
HEAD = '[bank]\ntitle = "t"\narticle = "../../seeds/000_bbb594c5c87ceaad.txt"\n\n'
HUB = "once a key railway and supply hub"
BARRIER = "The city is widely seen as the last major barrier"


def written(body: str, points: str) -> str:
    return (HEAD + '[[question]]\nid = "w"\nkind = "written"\nprompt = "Why?"\nevidence = "' + HUB + '"\n'
            + body + points)


def point(name: str, phrases: str = '["hub"]', evidence: str = HUB, extra: str = "") -> str:
    return f'\n[[question.key_points]]\npoint = "{name}"\nphrases = {phrases}\nevidence = "{evidence}"\n{extra}'


def problems(text: str) -> list[str]:
    return [str(p) for p in load_bank_text(text, SEED_BANK).problems]


def test_a_written_question_loads_with_its_key_points():
    result = load_bank_text(written('model_answer = "A hub."\n', point("Hub") + point("Barrier", '["barrier"]',
                                                                                          BARRIER)), SEED_BANK)
    assert result.ok, result.problems
    (q,) = result.bank.questions
    assert q == WrittenQuestion(id="w", prompt="Why?", evidence=(HUB,), model_answer="A hub.", key_points=(
        KeyPoint(point="Hub", phrases=("hub",), evidence=(HUB,)),
        KeyPoint(point="Barrier", phrases=("barrier",), evidence=(BARRIER,))))


@pytest.mark.parametrize("body, points, message", [
    ("", point("A") + point("B"), ':5:1: question "w": no model_answer (add model_answer = "the answer a teacher '
                                  'would write")'),
    ('model_answer = ""\n', point("A") + point("B"), ':10:16: question "w": model_answer must be non-empty text'),
    ('model_answer = "m"\n', point("A"), ':12:1: question "w": a written answer needs 2 to 5 key points, not 1'),
    ('model_answer = "m"\n', "".join(point(str(i)) for i in range(6)),
     ':12:1: question "w": a written answer needs 2 to 5 key points, not 6'),
    ('model_answer = "m"\n', point("A") + point("B", '["hub"]', HUB, 'phrase = "x"\n'),
     ':21:1: question "w", key point 2: unknown key "phrase" (did you mean "phrases"?)'),
    ('model_answer = "m"\n', point("A") + point("B", "[]"), ':19:11: question "w", key point 2: phrases needs at '
                                                            'least 1 entries'),
    ('model_answer = "m"\n', point("A") + point("B", '["hub"]', "a port on the sea"),
     ':20:12: question "w", key point 2: evidence not found in the article'),
    ('model_answer = "m"\n', point("") + point("B"), ':13:9: question "w", key point 1: point must be non-empty text'),
    ('model_answer = "m"\nkey_points = ["hub", "barrier"]\n', "",
     ':11:14: question "w": key_points must be tables: [[question.key_points]], each with point, phrases and '
     'evidence'),
])
def test_each_mistake_is_named_with_its_line_and_column(body, points, message):
    found = problems(written(body, points))
    assert any(p.endswith(message) or message + " (" in p for p in found), found


def test_key_points_are_counted_within_their_own_question():
    """The second question's first key point is its point 1, found on its own line."""
    text = written('model_answer = "m"\n', point("A") + point("B"))
    text += ('\n[[question]]\nid = "v"\nkind = "written"\nprompt = "Why not?"\nmodel_answer = "m"\nevidence = "'
             + HUB + '"\n' + point("C", '["x"]', "nowhere in it") + point("D"))
    (found,) = problems(text)
    line = text.splitlines().index('evidence = "nowhere in it"') + 1
    assert f":{line}:12: question \"v\", key point 1: evidence not found in the article" in found


def test_a_written_question_without_key_points_is_a_warning_and_left_out():
    result = load_bank_text(written('model_answer = "m"\n', "") + '\n[[question]]\nid = "tf"\nkind = "truefalse"\n'
                            'prompt = "A hub?"\nanswer = true\nevidence = "' + HUB + '"\n', SEED_BANK)
    assert result.ok and [q.id for q in result.bank.questions] == ["tf"]
    (warning,) = result.problems
    assert warning.severity == "warning" and "no key points yet: left out of quizzes until it has 2 to 5" in str(warning)


def test_matching_forgives_endings_and_a_few_words_between():
    assert stem("cutting") == stem("cut") and stem("supplies") == stem("supply") and stem("passing") == "pass"
    q = WrittenQuestion(id="w", prompt="?", model_answer="m", key_points=(
        KeyPoint(point="Cut off", phrases=("cut off supply",)), KeyPoint(point="Hub", phrases=("logistics hub",))))
    assert points_found(q, "Cutting off the supplies; a logistical rail hub") == (True, True)
    assert points_found(q, "Supply would be cut off") == (False, False)  # the phrase's order counts
    assert points_found(q, "a logistics centre for the whole region and a hub") == (False, False)  # too far apart
    assert points_found(q, "LOGISTICS, hub!") == (False, True)


def test_the_student_confirms_the_points_and_the_score_is_their_share():
    typed = "If it falls the Russians can advance on Kramatorsk. It would be the biggest city since Bakhmut."
    assert points_found(STAKES, typed) == (True, True, False)
    by_matching = grade(STAKES, typed)
    assert by_matching.score == pytest.approx(0.67) and "helper, not a judge" in by_matching.feedback
    # The student corrects the matching: the third point was made too, in other words.
    confirmed = grade(STAKES, {"text": typed + " The trains ran through it.", "made": [True, True, True]})
    assert confirmed.correct and confirmed.feedback == "All 3 key points made."
    assert grade(STAKES, {"text": typed, "made": [False, True, False]}).feedback == \
        "Partly right: 1 of 3 key points made."
    assert grade(STAKES, {"text": "", "made": [False] * 3}).score == 0
    assert grade(STAKES, {"text": "  "}).feedback == "No answer given."  # no marks and no text
    assert grade(STAKES, {"text": typed, "made": [True]}).score == pytest.approx(0.67)  # marks that do not fit
    assert points_made(STAKES, ["not", "an", "answer"]) is None


def test_a_written_answer_in_words():
    assert describe_answer(STAKES) == STAKES.model_answer
    assert describe_response(STAKES, {"text": "Mine.", "made": [True, False, False]}) == "Mine."
    assert describe_response(STAKES, "Typed.") == "Typed."
    assert grade(STAKES, right_response(STAKES)).correct
    assert grade(STAKES, wrong_response(STAKES)).score == 0


def test_written_back_it_loads_the_same_and_edits_keep_its_key_points():
    text = SEED_BANK.read_text(encoding="utf-8")
    assert question_toml(STAKES).count("[[question.key_points]]") == 3
    changed = msgspec.structs.replace(STAKES, id="stakes-copy", prompt="Again: what is at stake?")
    added = add_question(text, changed)
    loaded = load_bank_text(added, SEED_BANK)
    assert loaded.ok and loaded.bank.questions[-1] == changed
    assert added.index('id = "stakes-copy"') < added.index("# ---------------------------------------------------------------- charts")
    kept = load_bank_text(keep_questions(text, ["stakes-if-it-falls", "stakes-manpower"]), SEED_BANK)
    assert [q.id for q in kept.bank.questions] == ["stakes-if-it-falls", "stakes-manpower"]
    assert kept.bank.questions[1] == SEED.question("stakes-manpower")
    edited = keep_questions(text, [q.id for q in SEED.questions], {"stakes-politics": changed})
    assert load_bank_text(edited, SEED_BANK).bank.question("stakes-copy") == changed
    # A line in a key point is in its question (the editor's preview follows the cursor there).
    line = text.splitlines().index('point = "It would increase the pressure on Kyiv"') + 1
    assert SEED.questions[question_index_at(text, line)].id == "stakes-politics"
