"""A bare "m" after a number and a space is metres; "yards" is a length. Before, "a 52 m tall statue" was
read as a count of 52, keyed "52" with no unit and never compared with other heights."""

import pytest

from studydesk.core.generate.quantities import find_figures

from .helpers import drafted, page_text, prompts_of


@pytest.mark.parametrize(("sentence", "want"), [
    ("The statue is a 52 m (171 ft) tall copper statue.", ("52 m", "m")),
    ("The lake is the deepest in North America at 614 m, and the tenth-largest.", ("614 m", "m")),
    ("He ran 100 yards before he fell.", ("100 yards", "yd")),
])
def test_a_length_in_metres_or_yards_is_a_measure(sentence, want):
    fig = find_figures(sentence)[0]
    assert (fig.text, fig.unit, fig.kind) == (*want, "measure")


@pytest.mark.parametrize("sentence", ["The deal cost £5m in all.", "A 5m fine was paid.", "It flows at 5 m/s."])
def test_millions_and_speeds_are_not_metres(sentence):
    assert all(f.unit != "m" for f in find_figures(sentence))


def test_a_height_is_keyed_with_its_unit():
    (statue,) = [q for q in drafted(page_text("wp-african-renaissance-monument-2010-vuink"))
                 if "is a ____ m tall copper statue" in q.prompt]
    assert (statue.answer, statue.unit) == (52, "m")


def test_how_long_was_it_drops_a_second_predicate():
    # "Baryonyx was about 7.5 m (25 ft) long and weighed 1.2 t": not "how long was Baryonyx and weighed 1.2 t"
    prompts = prompts_of(page_text("wp-baryonyx-1983-infogalactic"))
    assert "Roughly how long was Baryonyx, according to the article?" in prompts
    assert not any("and weighed" in p and p.startswith("Roughly how") for p in prompts)


def test_the_audit_sees_a_second_predicate_after_roughly_too():
    from studydesk.core.bank import NumericQuestion
    from studydesk.core.generate.audit import defects_of

    q = NumericQuestion(id="q", prompt="Roughly how long was Baryonyx and weighed 1.2 t, according to the article?",
                        answer=7.5, unit="m")
    assert any(d.kind == "garbled" for d in defects_of(q, "figure", []))
