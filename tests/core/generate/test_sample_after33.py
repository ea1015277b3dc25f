"""What the blind sample after set 33's changes showed (2026-12-07) that was mechanical: a figure the next
sentence doubts, and a measurement given with its margin of error. The rest is in docs/generator.md."""

from studydesk.core.generate.quantities import find_figures

from .helpers import ARTICLES, prompts_of

_ERIS = ("Eris is the most massive and second-largest known dwarf planet in the Solar System. Eris was discovered "
         "in January 2005 by a team led by Mike Brown. As Eris orbits the Sun, it completes one rotation every "
         "25.9 hours, making its day length similar to Earth's. {doubt}")


def test_a_figure_the_next_sentence_disputes_is_not_asked_as_settled():
    doubted = prompts_of(_ERIS.format(doubt="However, other sources disagree on the rotation period."))
    settled = prompts_of(_ERIS.format(doubt="Its orbit takes it far beyond Pluto."))
    assert any("hours" in p for p in settled)  # the figure is worth asking when nothing doubts it
    assert not any("hours" in p for p in doubted)


def test_a_doubt_with_figures_of_its_own_leaves_the_sentence_before_alone():
    text = ("The Danube is the second-longest river in Europe. In June 2013, heavy rain over the Alps sent the "
            "river to record levels at Passau. Engineers estimate that reservoirs held back nearly a quarter of "
            "the flood wave, though these figures have not been independently confirmed.")
    assert any("Passau" in p and "____" in p or "When" in p for p in prompts_of(text))


def test_a_measurement_with_its_margin_of_error_is_not_asked():
    sentence = "Eris has been measured at 2,326 ± 12 kilometers (1,445 ± 7 mi) in diameter."
    text = "Eris is a dwarf planet in the Solar System. " + sentence + " It has one large moon, Dysnomia."
    assert not any("measured" in p for p in prompts_of(text))
    assert not find_figures(sentence)  # neither the measurement nor its margin is a figure to ask


def test_the_kind_a_page_s_title_ends_in_is_never_the_other_one_named_just_before():
    # the page's name is read as "Mulago", so "the hospital" after "the other one being Butabika National
    # Referral Hospital" was taken for Butabika
    prompts = prompts_of(ARTICLES["wp-mulago-hospital-piglix"].read_text(encoding="utf-8"))
    assert any("Butabika" in p for p in prompts_of(_BUTABIKA))  # the other hospital may be asked on its own
    assert not any("Butabika" in p for p in prompts)


_BUTABIKA = ("Butabika National Referral Hospital is a psychiatric hospital in Uganda. It opened in 1955. "
             "Butabika National Referral Hospital has a capacity of 550 beds.")
