"""What the forty-seventh validation set showed (2026-12-07) that was mechanical. The rest is in docs/generator.md."""

from studydesk.core.article import parse_article, split_sentences
from studydesk.core.generate.distractors import range_choices
from studydesk.core.generate.sources import attributions
from studydesk.core.page_chrome import is_chrome

from .helpers import drafted, find_figures, page_text, prompts_of, why_not_asked_in


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_a_range_is_written_to_its_own_decimals():
    s = "The royalties for the gas transport received by Tunisia are 5.25 - 6.75 percent value of the transported gas."
    (fig,) = [f for f in find_figures(s) if f.high]
    answer, wrong = range_choices(fig)
    assert answer.startswith("5.25–6.75")
    assert all(w.split("–")[0].count(".") == 0 or len(w.split("–")[0].split(".")[1]) == 2 for w in wrong), wrong
    drafts = drafted(page_text("wp-trans-mediterranean-pipeline-1983-uncensored-wiki"))
    assert not any("5.2–6.8" in str(getattr(q, "choices", "")) for q in drafts)


def test_a_unit_letter_after_a_number_is_no_initial():
    text = ("Fort Roupel had been constructed at a height of 322 m. Illumination was initially mostly provided by "
            "oil-lamps. J. R. R. Tolkien wrote it.")
    assert _sentences(text)[0] == "Fort Roupel had been constructed at a height of 322 m."
    assert _sentences(text)[2] == "J. R. R. Tolkien wrote it."
    assert not any("oil-lamps" in p for p in prompts_of(page_text("wp-metaxas-line-1936-thefullwiki"))
                   if "independent clusters" in p)


def test_world_war_i_ends_a_sentence():
    text = ("The offensive took place in 1917 and was the last Russian offensive of World War I. After the "
            "abdication of Emperor Nicholas II, the government pledged an offensive.")
    assert len(_sentences(text)) == 2
    assert len(_sentences("I. M. Pei designed it. John F. Kennedy opened it.")) == 2


def test_a_passive_estimate_names_no_source_before_it():
    s = "Ultimate recovery of Samotlor, estimated by U.S. Geological Survey in 2000, is about 20 billion barrels."
    assert not any(a.source.startswith("Ultimate recovery") for a in attributions(s))
    assert not any(p.startswith("According to Ultimate recovery")
                   for p in prompts_of(page_text("wp-samotlor-field-1965-uncensored-wiki")))


def test_a_lowercase_war_of_years_is_a_duration_not_a_name():
    assert why_not_asked_in("A twenty year war between the government and the rebels entered a new stage today.",
                            "measure") != "part of a war's name"
    assert why_not_asked_in("The 100 Years War was long.", "measure") == "part of a war's name"


def test_maintenance_banners_and_hatnotes_are_page_chrome():
    for line in ("This article needs additional citations for verification. (August 2012) |",
                 "This article is about the place in northern Norway. For the district of Helsinki, see Suurmetsä.",
                 "For other uses, see Jambo (disambiguation)."):
        assert is_chrome(line), line
    assert not is_chrome("This article describes the war between the two states.")
    article = parse_article(page_text("wp-halfaya-pass-clateway"))
    assert not article.title.startswith("This article")


def test_a_singular_unit_before_a_noun_is_an_adjective():
    (fig,) = find_figures("A twenty year war between the government and the rebels entered a new stage today.")
    assert fig.adjective
    assert not find_figures("He walked 10 miles home.")[0].adjective
    assert not find_figures("The wall was 30 feet high.")[0].adjective
    assert not any("A ____ war" in p for p in prompts_of(page_text("wn-uganda-lra-ceasefire-2006")))


def test_a_point_grouping_thousands_is_not_read_as_a_decimal():
    s = "In 2013, 320.000[3] (in 2010, 141,000) crossings were made across the border at the Storskog border station."
    assert 320 not in [f.value for f in find_figures(s)]
    assert not any(getattr(q, "answer", None) == 320 for q in drafted(page_text("wp-storskog-ipfs")))


def test_a_sentence_that_lost_a_date_is_not_asked():
    prompts = prompts_of(page_text("wp-kerensky-offensive-1917-wikipedia"))
    assert not any("from to" in p for p in prompts)


def test_a_range_grouped_by_points_is_not_read_as_decimals():
    s = "The death toll was at least 71.000 people, of whom 11.000–12.000 were killed directly by the eruption."
    assert not [f for f in find_figures(s) if f.value in (11, 71)]
    (fig,) = find_figures("Emails regarding a 23 billion dollar deal with the manufacturer were released.")
    assert not fig.adjective


def test_a_count_followed_by_its_list_of_long_items_is_given_away():
    from studydesk.core.generate.giveaways import counts_its_list

    s = ("The accord consisted of four points: the establishment of relations between Russia and Chechnya, the "
         "creation of a joint committee to restore order and prevent crime, the ensurance of legislation "
         "guaranteeing rights, and a guarantee that problems would be solved by mutual agreement.")
    assert counts_its_list(s, find_figures(s)[0])
    s = "The river is shared among four countries: Tanzania, the DRC, Burundi and Zambia."
    assert counts_its_list(s, find_figures(s)[0])
    s = "The plan had six points: a ceasefire, talks between Russia and Chechnya, and elections."
    assert not counts_its_list(s, find_figures(s)[0])
    prompts = prompts_of(page_text("wp-khasavyurt-accord-1996-wikipedia"))
    assert not any("consisted of ____ points" in p for p in prompts)


def test_a_claim_of_rank_has_its_opposite_among_the_wrong_choices():
    from studydesk.core.bank import ChoiceQuestion

    text = ("Landi Kotal\n\nLandi Kotal is a town in Pakistan. Landi Kotal is the highest point along the Khyber Pass, "
            "at 1,072 metres. It had 35,000 residents in 1998 and 4,000 shops in its bazaar.\n")
    (q,) = [q for q in drafted(text) if isinstance(q, ChoiceQuestion) and q.answer == "highest"]
    assert "lowest" in q.choices and sum("-" not in c for c in q.choices) == 2, q.choices


def test_a_world_war_the_sentence_names_bounds_its_wrong_dates():
    import random

    from studydesk.core.generate.date_choices import date_choices, year_choices

    s = ("The Battle of Tannenberg was fought between Russia and Germany between 26 and 30 August 1914, the first "
         "month of World War I.")
    (fig,) = [f for f in find_figures(s) if f.kind == "date"]
    for seed in range(20):
        _, wrong = date_choices(fig, random.Random(seed))
        assert len(wrong) == 3 and all(1914 <= int(w.split()[-1]) <= 1918 for w in wrong), wrong
    s = "The ship was sunk in 1942, during the Second World War."
    (fig,) = [f for f in find_figures(s) if f.kind == "year"]
    for seed in range(20):
        _, wrong = year_choices(fig, random.Random(seed), [])
        assert len(wrong) == 3 and all(1939 <= int(w) <= 1945 for w in wrong), wrong
    s = "The museum opened in 1950, five years after World War II ended."
    (fig,) = [f for f in find_figures(s) if f.kind == "year"]
    assert any(int(w) > 1950 for seed in range(20) for w in year_choices(fig, random.Random(seed), [])[1])
    s = "The Sucre became inconvertible shortly after World War I began in 1914 due to international tension."
    (fig,) = [f for f in find_figures(s) if f.kind == "year"]
    assert any(int(w) < 1914 for seed in range(20) for w in year_choices(fig, random.Random(seed), [])[1])
    for s in ("At the end of World War I in 1918, the empire fell.", "Before World War II, in 1939, it was sold.",
              "The armistice that ended World War I was signed in 1918."):
        (fig,) = [f for f in find_figures(s) if f.kind == "year"]
        assert any(not 1914 <= int(w) <= 1918 and not 1939 <= int(w) <= 1945
                   for seed in range(20) for w in year_choices(fig, random.Random(seed), [])[1]), s
    s = "The ship was sunk in December 1914, during World War I."
    (fig,) = [f for f in find_figures(s) if f.kind == "date"]
    wrong = [w for seed in range(20) for w in date_choices(fig, random.Random(seed))[1]]
    assert "March 1914" not in wrong and all("1913" not in w for w in wrong)


def test_the_review_s_counter_examples_keep_their_old_reading():
    # a speech verb before "by" that is no participle keeps its source
    assert [a.source for a in attributions("The UN estimates by 2050 the population will reach 9.7 billion.")] \
        == ["the UN"]
    # an initial after a year is still an initial
    assert len(_sentences("In 1892 J. R. R. Tolkien was born in Bloemfontein.")) == 1
    # an article's own sentences that open like a banner or a hatnote are not chrome
    for line in ("This article relies on interviews with more than 40 soldiers.",
                 "This article is about the miners of Kolwezi, who earn little. Many of them are children.",
                 "For the full results, see the table below."):
        assert not is_chrome(line), line
    # each end of a range as the article writes it
    (fig,) = [f for f in find_figures("The repair took 2.5 to 3.75 hours.") if f.high]
    assert range_choices(fig)[0] == "2.5 to 3.75 hours"
