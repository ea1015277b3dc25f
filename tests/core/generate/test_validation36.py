"""What the thirty-sixth validation set showed (2026-12-07) that was mechanical. The rest is in docs/generator.md."""

import pytest

from studydesk.core.article import split_sentences
from studydesk.core.generate.page_marks import FOOTNOTE
from studydesk.core.generate.quantities import find_figures

from .helpers import page_text, prompts_of


@pytest.mark.parametrize(("copied", "asked"), [
    ("Mount Olympus (/oʊˈlɪmpəs/; Greek: Όλυμπος, romanized: Ólympos, IPA: [ˈoli(m)bos]) is the highest mountain "
     "in Greece.", "Mount Olympus is the highest mountain in Greece."),
    ("The White Sea–Baltic Canal (Russian: Беломорско-Балтийский канал, romanized: Belomorsko-Baltiyskiy kanal, "
     "abbreviated ББК) is a ship canal.", "The White Sea–Baltic Canal is a ship canal."),
    ("It reached 45 °C in the Bulgarianmarker town of Sandanskimarker.", "It reached 45 °C in the Bulgarian town of "
                                                                          "Sandanski."),
    ("The canal was 184.5 miles long.[by whom?] It opened in 1850.", "The canal was 184.5 miles long. It opened in "
                                                                     "1850."),
])
def test_a_copy_s_marks_and_other_scripts_are_left_out_of_the_question(copied, asked):
    assert FOOTNOTE.sub("", copied) == asked


def test_a_gradient_is_no_share():
    assert find_figures("The tunnel descends on a 1 in 100 gradient.") == []
    assert find_figures("The tunnel would have a gradient of 1 in 100.") == []


def test_a_degree_sign_s_letter_is_no_initial():
    text = "SST was around 31°C. Later on the 24th, shear had decreased markedly."
    assert len(split_sentences(text)) == 2


def test_how_many_peaks_and_gorges_is_not_asked_as_one_count():
    text = ("Mount Olympus is the highest mountain in Greece. It is located in the Olympus Range on the border "
            "between Thessaly and Macedonia. Mount Olympus has 52 peaks and deep gorges.")
    assert not any("how many peaks and" in p for p in prompts_of(text))


def test_two_countries_sharing_one_thing_are_no_list_of_places():
    # "surpassed by Brazil and Paraguay's Itaipu": one dam, not "Brazil" and "Paraguay's Itaipu"
    assert not any(p.startswith("Which places") for p in prompts_of(page_text("wp-guri-dam-wikipedia")))


def test_the_rules_of_sets_34_to_36_leave_their_near_misses_alone():
    """A review's cases: each rule stops where its comment does."""
    from studydesk.core.generate.entities import EntityIndex
    from studydesk.core.generate.not_asked import why_not_asked
    from studydesk.core.generate.quality import dangling
    from studydesk.core.generate.the_earlier import the_earlier

    def why(sentence):
        figures = find_figures(sentence)
        return [why_not_asked(f, sentence, figures) for f in figures]

    assert [m.entity.name for m in EntityIndex(["The Moon was reached by Apollo 11."]).mentions[0]][-1] == "Apollo 11"
    assert FOOTNOTE.sub("", "a biomarker for cancer") == "a biomarker for cancer"
    assert FOOTNOTE.sub("", "Lampedusa (Maltese: Lampeduża)[upper-alpha 1] is") == "Lampedusa (Maltese: Lampeduża) is"
    assert why("The mill was later converted to 40 apartments.") == [""]
    assert why("It employs 300 workers at a minimum wage of $7.")[0] == ""
    assert why("It was a 15000 seat stadium.") == [""]
    assert not the_earlier("Sales tax was raised to 7 percent in 2010.", set(), frozenset())
    assert not dangling("Officials said that night flights would be banned from 2020.")
    assert len(split_sentences("He moved to Oklahoma! The state was booming.")) == 2
