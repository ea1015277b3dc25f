"""What the twenty-second validation set's readers failed (2026-12-06) that was mechanical: half of a measure
in two units blanked ("4 miles 624 yd"); a dummy "it" named as the page's subject ("Badajoz took how many
days"); a direct question on "is 61,023 of which ..."; a photo caption and a copy's broken sentence asked;
"late April and early ____"; a name the page's title gives away; a link to a section left in a quote; a
part's whole counted as a list, and the span an opening phrase gives blanked instead of the news. The rest
is in docs/generator.md."""

import re

import pytest

from studydesk.core.bank import TextQuestion
from studydesk.core.generate.quality import is_prose, resolve, References

from tests.core.generate.helpers import drafted, prompts_of


def test_half_of_a_measure_in_two_units_is_not_asked():
    text = ("Orrin Tunnel\n\nThe Orrin Tunnel is a railway tunnel in Valdoria, built between 1873 and 1886. It is 4 miles "
            "624 yd (7,008 m) long, although only 2 miles of the tunnel are under the river. It takes approximately "
            "3 minutes 40 seconds to travel through the tunnel by train.\n")
    prompts = prompts_of(text)
    assert not [p for p in prompts if re.search(r"____ (?:624 yd|40 seconds)|4 miles ____|3 minutes ____", p)], prompts


@pytest.mark.parametrize("sentence", [
    "It took three days before the men were brought back into order.",
    "It takes approximately 3 minutes 40 seconds to travel through the tunnel.",
])
def test_a_dummy_it_is_not_named_as_the_page_subject(sentence):
    assert resolve(sentence, References(subject="Badajoz")) == sentence
    text = (f"Siege of Orrin\n\nThe Siege of Orrin was fought in 1812 in Valdoria. The town fell on 6 April 1812. "
            f"{sentence} The garrison of 5,000 men surrendered to the Allied army.\n")
    assert not [p for p in prompts_of(text) if re.search(r"\b(?:Orrin|\[The Siege of Orrin\]) (?:took|takes)", p)]


def test_a_named_it_is_still_named():
    assert resolve("It took part in the battle in 1812.", References(subject="HMS Orrin")).startswith("[HMS Orrin]")


def test_no_direct_question_on_a_figure_followed_by_of_which():
    text = ("Orrin\n\nOrrin is Valdoria's largest island, in the Baltic Sea. The population is 61,023 (2024) of which "
            "about 23,600 live in Visby, the main town. The island covers 3,184 square kilometres.\n")
    assert not [p for p in prompts_of(text) if "population of which" in p], prompts_of(text)


@pytest.mark.parametrize("sentence", [
    "The fast WCML platforms 4 and 3, looking south in 2008.",
    "The population of Walkerton in 1996 was recorded as 5,036 individuals in an area of.",
])
def test_a_caption_or_a_broken_copy_is_no_prose(sentence):
    assert not is_prose(sentence)


def test_a_month_after_late_april_and_early_is_not_asked():
    text = ("Orrin outbreak\n\nThe Orrin outbreak was a contamination of the town's water supply. The water supply "
            "was contaminated in late April and early May 2000 after heavy rainfall washed manure into a shallow well. "
            "The contamination sickened more than 2,000 people and resulted in six deaths.\n")
    assert not [p for p in prompts_of(text) if "early ____" in p], prompts_of(text)


def test_a_name_that_holds_the_page_title_is_not_asked_for():
    text = ("Orrin Tower\n\nOrrin Tower is a tourist attraction in Valdor, opened to the public on 14 May 1894. The "
            "Orrin Tower Company was founded by the London-based Standard Corporation in 1890, when it bought an "
            "aquarium on the promenade. Orrin Tower is 518 feet tall.\n")
    names = [q.answer for q in drafted(text) if isinstance(q, TextQuestion)]
    assert not [a for a in names if "Orrin Tower" in a], names


def test_a_link_to_a_section_is_left_out_of_a_quote():
    text = ("Orrin 5\n\nOrrin 5 (Valdorian: Orrin Wu; see § Etymology) was the first human spaceflight mission of the "
            "Valdorian space program, launched on 15 October 2003. It orbited the Earth 14 times.\n")
    assert not [p for p in prompts_of(text) if "§" in p], prompts_of(text)


def test_the_news_is_blanked_not_the_span_or_the_whole_it_is_part_of():
    text = ("1993 Orrin outbreak\n\nThe 1993 Orrin outbreak was a spread of a parasite through the city's water. "
            "Over the span of approximately two weeks, 403,000 of an estimated 1.61 million residents in the Orrin "
            "area (of which 880,000 were served by the treatment plant) became ill.\n")
    prompts = [p for p in prompts_of(text) if "Over the span" in p]
    assert "____ of an estimated" in prompts[0], prompts  # the first kept of the sentence
    assert not [p for p in prompts if "403,000 of ____" in p], prompts
