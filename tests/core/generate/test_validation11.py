"""What the eleventh validation set's readers failed (2026-12-06), each with a
made-up text of the same shape: a question that never names what the page is
about ("there were ____ permanent inhabitants" of where?), "$165 m" read as
165 dollars, a catalogue number blanked ("MS ____"), a total blanked beside
the parts that add up to it, a leftover "in particular", a price restated in
today's money, "declared ... as" cut short, an "it" bracketed as the volcano
when the sentence's own subject (the flow) is meant, and one country's name
split into two places."""

import pytest
from studydesk.core.article import parse_article
from studydesk.core.generate.analysis import analyse
from studydesk.core.generate.extras import _coordinated
from studydesk.core.generate.giveaways import sum_of_its_parts
from studydesk.core.generate.quality import resolve
from studydesk.core.generate.quantities import find_figures

from tests.core.generate.helpers import drafted, prompts_of


DAM = ("The Orrin Dam is a concrete arch dam on the Vell River, about 40 miles north of Tarsk. Built from 1951 to "
       "1956 at a cost of $210 m, it is 610 ft high. The reservoir it created covers 180 square miles and holds "
       "water for three provinces. The power plant holds twelve main turbines and was completed in 1961.")


def test_a_blank_names_the_page_its_sentence_does_not():
    blanks = [p for p in prompts_of(DAM) if "this sentence" in p]
    unnamed = [p for p in blanks if "Orrin" not in p.split('"', 1)[1]]
    named = [p for p in blanks if "Orrin" in p.split('"', 1)[1]]
    assert unnamed and named, blanks
    assert all("from the article on the Orrin Dam" in p for p in unnamed), unnamed
    assert not any("from the article on" in p for p in named), named  # not told twice


def test_a_titled_page_is_named_by_its_title():
    text = ("Siege of Harrowgate\n\n"
            "The Siege of Harrowgate was fought from March to October 1644 between the royal army and the town's "
            "defenders. Contemporary accounts put the losses at 12,400 men. Modern estimations raise the number of "
            "casualties to 15,800. The town surrendered on 2 October 1644 after its wells ran dry.")
    analysis = analyse(parse_article(text))
    assert analysis.topic == '"Siege of Harrowgate"'
    assert analysis.from_the_article("Modern estimations raise the number of casualties to ____.") == \
        'from the article "Siege of Harrowgate"'
    assert analysis.from_the_article("Harrowgate surrendered on ____.") == "from the article"


def test_a_page_of_briefs_or_a_news_story_names_no_topic():
    text = ("News briefs\n\n"
            "Police in Valdoria arrested 12 people on Monday after a protest in the capital. "
            "Separately, a train carrying 200 people crashed into a truck near Ostmark, injuring 14.\n")
    assert analyse(parse_article(text)).topic == ""


def test_a_direct_question_opening_on_the_something_names_it_or_becomes_a_blank():
    text = ("Orrin Purchase\n\n"
            "The Orrin Purchase was the sale of the Orrin territory by Valdoria to Ostmark. "
            "The purchase added 586,412 square miles of new territory to Ostmark for the cost of $7.2 million. "
            "Valdoria had feared it could not defend the territory in a future war.")
    prompts = prompts_of(text)
    added = [p for p in prompts if "added 586,412 square miles" in p]
    assert added, prompts
    assert all("Orrin Purchase" in p for p in added), added


def test_a_million_after_a_currency_is_read_from_m_and_bn():
    (cost,) = [f for f in find_figures("Built at a cost of $165 m, it is 726.4 ft high.") if f.unit == "dollars"]
    assert cost.value == 165e6 and cost.scale == "million" and cost.text == "$165 m"
    (deal,) = find_figures("The deal was worth €30bn in all.")
    assert deal.value == 30e9 and deal.unit == "euros"
    (height,) = find_figures("The tower is 165 m high.")
    assert height.value == 165 and height.unit != "dollars"
    # asked with its currency and scale as choices ("$210 million"), not as a number to type in full
    questions = [q for q in drafted(DAM) if "$" in str(getattr(q, "answer", ""))]
    assert questions and all(q.answer == "$210 million" for q in questions), questions


@pytest.mark.parametrize(("sentence", "figures"), [
    ("MS 075 is 2.6 billion light years from Earth.", [2.6e9]),  # the page's own slip for "MS 0735"
    ("Astronomers watched the cluster MS 0735 for 40 days.", [40]),
])
def test_a_catalogue_number_is_no_figure(sentence, figures):
    assert [f.value for f in find_figures(sentence)] == figures


def test_light_years_are_a_length():
    (distance,) = find_figures("The cluster is 2.6 billion light years from Earth.")
    assert distance.unit == "light years" and distance.dimension == "length" and distance.value == 2.6e9


def test_no_blank_on_a_total_or_a_part_the_others_add_up_to():
    sentence = ("According to contemporary estimations, the siege resulted in 714,321 casualties, 377,231 on the "
                "French side and 337,000 on the German one.")
    figures = find_figures(sentence)
    assert len(figures) == 3 and all(sum_of_its_parts(figures, f) for f in figures)
    other = "The army lost 5,000 men in May, 7,000 in June and 20,000 in all."
    assert not any(sum_of_its_parts(find_figures(other), f) for f in find_figures(other))


def test_in_particular_leans_on_the_sentence_before():
    text = ("1936 Summer Games\n\n"
            "The 1936 Summer Games were held in Berlin, with 49 nations taking part. Several athletes broke world "
            "records. In particular, the sprinter Jesse Owens won 4 gold medals. The Games cost 42 million "
            "Reichsmarks.\n")
    assert not [p for p in prompts_of(text) if "in particular" in p.lower() or "Owens" in p], prompts_of(text)


def test_a_price_restated_in_today_s_money_is_not_asked():
    text = ("Orrin Purchase\n\n"
            "The Orrin Purchase was the sale of the Orrin territory by Valdoria to Ostmark in 1867, for $7.2 million. "
            "In modern terms, the cost was equivalent to $140 million in 2021 dollars or $0.39 per acre. "
            "The territory covered 586,412 square miles.")
    prompts = prompts_of(text)
    assert prompts
    assert not [p for p in prompts if "In modern terms" in p], prompts


def test_declared_as_is_not_cut_before_the_as():
    text = ("Great Orrin earthquake\n\n"
            "The Great Orrin earthquake struck the Orrin plain on September 1, 1923, killing about 105,000 people. "
            "In 1960, the government of Valdoria declared September 1, the anniversary of the quake, as an annual "
            "Disaster Prevention Day. The quake lasted between 4 and 10 minutes.")
    prompts = prompts_of(text)
    assert not [p for p in prompts if p.startswith("In what year") and "declare" in p], prompts


def test_it_after_the_sentence_s_own_subject_is_not_the_page_s_subject():
    from studydesk.core.generate.quality import References

    refs = References(it="Mount Pelée")
    sentence = "The massive flow buried ____ people and generated three tsunamis as it hit the sea."
    assert "[Mount Pelée]" not in resolve(sentence, refs)
    assert resolve("It buried ____ people.", refs).startswith("[Mount Pelée]")


def test_one_country_s_long_name_is_not_two_places():
    text = ("Valdoria feared being conquered by its archrival, the United Kingdom of Great Britain and Ireland.")
    analysis = analyse(parse_article(text))
    info = analysis.sentences[0]
    places = [m for m in info.mentions if m.entity.kind in ("place", "name")]
    assert _coordinated(info.text, info, places) == []
