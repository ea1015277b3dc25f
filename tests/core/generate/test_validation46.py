"""What the forty-sixth validation set showed (2026-12-07) that was mechanical. The rest is in docs/generator.md."""

from studydesk.core.generate.quality import leaning_opening
from studydesk.core.generate.quantities import find_figures

from .helpers import page_text, prompts_of


def test_soon_after_leans_on_the_sentence_before():
    assert leaning_opening("Soon after however, the gold coins were struck in a lighter standard.") == "Soon after"
    assert leaning_opening("Soon afterwards the mint closed.") == "Soon afterwards"
    prompts = prompts_of(page_text("wp-croeseid-550-bc-owiki"))
    assert not any('"Soon after' in p for p in prompts)


def test_a_bare_number_inside_a_span_of_years_is_a_year_not_a_count():
    s = ("The activities of the Radhanites are documented by ibn Khordadbeh under the Abbasid Caliph al-Mu'tamid "
         "(ruled 869–885), when he wrote Kitab al-Masalik wal-Mamalik, probably around 870.")
    assert not [f for f in find_figures(s) if f.value == 870]
    assert 870 in [f.value for f in find_figures("The caliph (ruled 869–885) kept around 870 horses.")]
    prompts = prompts_of(page_text("wp-radhanites-870-wikipedia"))
    assert not any("probably ____" in p for p in prompts)


def _choices_for(sentence: str, value: float, seed: int) -> tuple[str, list[str]]:
    import random

    from studydesk.core.generate.distractors import number_choices, percent_choices
    fig = next(f for f in find_figures(sentence) if f.value == value)
    make = percent_choices if fig.kind == "percent" else number_choices
    return make(fig, random.Random(seed))


def test_an_age_has_ages_for_wrong_answers():
    for seed in range(20):
        for s in ("At the age of 16, a master stone cutter noticed his talent.", "He left school aged 16.",
                  "The singer, 16 years old, won the prize."):
            _, wrong = _choices_for(s, 16, seed)
            assert all(8 <= float(w.split()[0]) <= 32 for w in wrong), (s, wrong)


def test_a_small_share_has_no_wrong_answer_of_a_hundred_percent():
    s = "AML accounts for approximately 1.2% of cancer deaths in the United States."
    for seed in range(20):
        _, wrong = _choices_for(s, 1.2, seed)
        assert "Approximately 100%" not in wrong and len(wrong) == 3
