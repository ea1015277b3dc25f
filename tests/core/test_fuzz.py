"""Bad input never crashes: any TOML, any bytes, any typed answer gives a
result or the documented error, and nothing else."""

import math
import re
import string

import tomli
import tomlkit
from hypothesis import assume, given
from hypothesis import strategies as st

from studydesk.core.article import parse_article
from studydesk.core.grading import grade
from studydesk.core.check import LoadResult, load_bank, load_bank_text
from studydesk.core.numbers import NumberError, parse_quantity
from tests.support import SEED_ARTICLE, SEED_BANK

SEED_DOC = tomli.loads(SEED_BANK.read_text(encoding="utf-8"))
SEED = load_bank(SEED_BANK).bank
KEYS = ["id", "kind", "prompt", "choices", "answer", "evidence", "topic", "explain", "hint", "points",
        "difficulty", "unit", "tolerance", "accept", "items", "pairs", "distractors", "labels", "values",
        "qualifiers", "derived", "notes", "total", "title", "article", "format", "promt", "x"]

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=30),
    st.sampled_from(["choice", "multi", "numeric", "text", "order", "match", "truefalse", "bar", "share",
                     "5%", "-5%", "outnumbered eight to one", "Eight to one", ""]),
)
values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                       st.dictionaries(st.sampled_from(KEYS), inner, max_size=4)),
                      max_leaves=12)


def toml_text(doc) -> str | None:
    try:
        return tomlkit.dumps(doc)
    except Exception:  # noqa: BLE001 - tomlkit cannot write every value (None); such docs are skipped
        return None


def check_result(result: LoadResult) -> None:
    assert isinstance(result, LoadResult)
    assert (result.bank is None) == bool(result.errors)
    for p in result.problems:
        assert p.severity in ("error", "warning") and isinstance(p.message, str) and p.message
        assert p.line >= 0 and p.column >= 0
        str(p)


@given(st.dictionaries(st.sampled_from(["bank", "question", "chart", "other"]), values, max_size=4))
def test_any_toml_document(doc):
    text = toml_text(doc)
    assume(text is not None)
    check_result(load_bank_text(text, SEED_BANK))


@given(st.data())
def test_mutated_seed_bank(data):
    """The seed bank with one field of one table replaced, removed or added."""
    doc = {"bank": dict(SEED_DOC["bank"]), "question": [dict(q) for q in SEED_DOC["question"]],
           "chart": [dict(c) for c in SEED_DOC["chart"]]}
    table_name = data.draw(st.sampled_from(["bank", "question", "chart"]))
    table = doc[table_name] if table_name == "bank" else data.draw(st.sampled_from(doc[table_name]))
    key = data.draw(st.sampled_from(KEYS + list(table)))
    action = data.draw(st.sampled_from(["replace", "remove"]))
    if action == "remove":
        table.pop(key, None)
    else:
        table[key] = data.draw(values)
    text = toml_text(doc)
    assume(text is not None)
    result = load_bank_text(text, SEED_BANK)
    check_result(result)


@given(st.text(max_size=400))
def test_any_text(text):
    check_result(load_bank_text(text, SEED_BANK))


@given(st.binary(max_size=400))
def test_any_bytes(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("bytes") / "bank.toml"
    path.write_bytes(data)
    check_result(load_bank(path))


@given(st.text(max_size=60) | st.sampled_from(["1,2,3", "1e400", "NaN", "-0", "", "inf", "1" * 400,
                                                "٣", "½", "1\u00a0200", "1.2.3k", "-", ".", "k", "e5"]))
def test_number_parser(text):
    try:
        q = parse_quantity(text)
    except NumberError as exc:
        assert str(exc)
        return
    assert math.isfinite(q.value) and isinstance(q.unit, str)


responses = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=40),
                      st.lists(st.text(alphabet=string.ascii_letters + " ", max_size=20), max_size=6),
                      st.frozensets(st.sampled_from(["Sloviansk", "Kramatorsk", "Kyiv", "x"])),
                      st.dictionaries(st.text(max_size=10), st.text(max_size=10), max_size=4))


@given(st.sampled_from(SEED.questions), responses)
def test_grading_any_response(question, response):
    g = grade(question, response)
    assert 0 <= g.score <= 1 and g.points == question.points and g.feedback


@given(st.text(max_size=600), st.text(max_size=40))
def test_article_parse_and_find(text, quote):
    article = parse_article(text)
    for block in article.blocks:  # a line wrapped mid-sentence is joined with a space in its line break's place
        assert re.sub(r"\s", " ", text[block.start:block.end]) == re.sub(r"\s", " ", block.text)
    span = article.find(quote)
    if span is not None:
        assert 0 <= span.start <= span.end <= len(text)


@given(st.sampled_from([s.text for s in parse_article(SEED_ARTICLE.read_text(encoding="utf-8")).sentences]),
       st.integers(0, 3))
def test_every_sentence_of_the_seed_is_found_with_any_spacing(sentence, spaces):
    article = parse_article(SEED_ARTICLE.read_text(encoding="utf-8"))
    quote = sentence.replace(" ", " " * (spaces + 1)).replace("\u2019", "'")
    span = article.find(quote)
    assert span is not None and article.text[span.start:span.end] == sentence
