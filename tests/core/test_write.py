from studydesk.core.check import load_bank, load_bank_text
from studydesk.core.write import bank_toml, question_toml, toml_string, write_atomic
from tests.support import SEED_BANK


def _same_content(a, b):
    strip = {"path", "article", "article_path"}
    da = {f: getattr(a, f) for f in a.__struct_fields__ if f not in strip}
    db = {f: getattr(b, f) for f in b.__struct_fields__ if f not in strip}
    return da == db


def test_seed_bank_round_trips_through_the_writer(tmp_path):
    bank = load_bank(SEED_BANK).bank
    text = bank_toml(bank, header="Written back", comments={"force-ratio": "from the Zelensky sentence"},
                     group_by_topic=True)
    again = load_bank_text(text, SEED_BANK)
    assert again.ok, [str(p) for p in again.problems]
    assert "# from the Zelensky sentence\n[[question]]\nid = \"force-ratio\"" in text
    assert sorted(q.id for q in again.bank.questions) == sorted(q.id for q in bank.questions)
    by_id = {q.id: q for q in again.bank.questions}
    assert all(by_id[q.id] == q for q in bank.questions)
    assert again.bank.charts == bank.charts
    ungrouped = load_bank_text(bank_toml(bank), SEED_BANK).bank
    assert _same_content(ungrouped, bank)


def test_strings_are_escaped():
    assert toml_string('a "b"\n\\c\x01') == '"a \\"b\\"\\n\\\\c\\u0001"'


def test_long_lists_wrap():
    bank = load_bank(SEED_BANK).bank
    text = question_toml(bank.question("fall-consequences"))
    assert 'choices = [\n    "The largest' in text


def test_write_atomic_keeps_a_backup(tmp_path):
    path = tmp_path / "bank.toml"
    write_atomic(path, "one")
    write_atomic(path, "two", backup=True)
    assert path.read_text() == "two"
    assert (tmp_path / "bank.toml~").read_text() == "one"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bank.toml", "bank.toml~"]


def test_control_characters_never_reach_a_comment():
    from studydesk.core.bank import TrueFalseQuestion
    from studydesk.core.write import bank_toml
    from studydesk.core.bank import Bank

    bank = Bank(title="t", questions=(TrueFalseQuestion(id="q", prompt="?", answer=True),))
    text = bank_toml(bank, header="from \x01 a source\x7f", comments={"q": "said by \x02x\x1b"})
    assert load_bank_text(text, "x.toml").ok
    assert "# from   a source" in text
