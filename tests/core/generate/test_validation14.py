"""What the fourteenth validation set's readers failed (2026-12-06), each with a
made-up text of the same shape: a page on a flu whose questions said only "the
outbreak" (its lead opened with a stray quote mark, and "Hong Kong" was taken
for naming the flu), title lines given again shortened or lengthened, a
section heading taken for the title, "[Frazier] was the first time", "named
to the post", "the committee's session" given to another committee, stems
that give a length of time or a rank away, "losses totalling ____" without
its "£" and "million", a count in a list of parts, and a reviewer's sheet
without the unit the quiz shows."""

from studydesk.core.article import parse_article
from studydesk.core.bank import NumericQuestion
from studydesk.core.generate.analysis import analyse
from studydesk.core.generate.giveaways import span_in_view
from studydesk.core.generate.quantities import find_figures
from studydesk.core.generate.sheet import question_text

from tests.core.generate.helpers import drafted, prompts_of

FLU = ('"The Port Vell flu, also known as the 1968 flu pandemic, was a flu pandemic whose outbreak in 1968 and 1969 '
       "killed an estimated one to four million people globally. It was caused by an H3N2 strain of the influenza A "
       "virus.\n\n"
       "The first recorded instance of the outbreak appeared on 13 July 1968 in Port Vell. By the end of July 1968, "
       "extensive outbreaks were reported in Vietnam and Singapore. The outbreak lasted six months in total, from "
       "July to December 1968. In total, East and West Germany registered 60,000 estimated deaths.\n")


def test_a_stray_quote_opening_the_page_does_not_hold_its_paragraph_in_one_sentence():
    sentences = [s.text for s in parse_article(FLU).sentences]
    assert sentences[0].endswith("globally.") and sentences[1].startswith("It was caused")


def test_a_question_naming_the_place_of_a_flu_still_names_the_flu():
    analysis = analyse(parse_article(FLU))
    assert analysis.topic == "the Port Vell flu"
    first = next(i for i in analysis.sentences if i.text.startswith("The first recorded instance"))
    assert analysis.from_the_article(first.text) == "from the article on the Port Vell flu"


def test_a_direct_question_that_does_not_name_the_page_is_asked_as_its_blank():
    prompts = prompts_of(FLU)
    assert not [p for p in prompts if p.startswith("East and West Germany registered how many")], prompts
    assert any('from the article on the Port Vell flu: "In total, East and West Germany registered ____ estimated deaths."'
               in p for p in prompts), prompts


def test_a_length_of_time_beside_the_dates_it_runs_between_gives_itself_away():
    def lasted(sentence):
        return next(f for f in find_figures(sentence) if f.dimension == "duration")

    given = "The outbreak lasted six months in total, from July to December 1968."
    assert span_in_view(given, lasted(given))
    given = "The battle lasted for five weeks from 16 December 1944 to 28 January 1945, towards the end of the war."
    assert span_in_view(given, lasted(given))
    assert not span_in_view("The outbreak lasted six months in 1968.", lasted("The outbreak lasted six months in 1968."))


BODY = ("A referendum on independence took place on 18 September 2014. The turnout of 84.6% was the highest recorded "
        "for an election in Valdoria. All citizens resident in Orrin aged 16 or over could vote, a total of 4,300,000 "
        "people.\n")


def test_a_title_line_given_again_shortened_or_lengthened_names_the_page():
    shortened = "Orrin independence referendum, 2014\n\nOrrin independence referendum\nDate 18 September 2014\n\n"
    lengthened = "2014 Orrin referendum\n\n2014 Orrin independence referendum\n\n"
    assert analyse(parse_article(shortened + BODY)).topic == '"Orrin independence referendum, 2014"'
    assert analyse(parse_article(lengthened + BODY)).topic == '"2014 Orrin referendum"'


def test_a_section_heading_that_opens_an_excerpt_is_no_title():
    text = ("Kobe earthquake\nUsing a hidden account, Leeson began to trade futures on the Singapore exchange. His "
            "luck ran out when the Kobe earthquake sent the Asian markets into a tailspin.\nDiscovery\nOn 23 February "
            "1995, Leeson left Singapore to fly to Kuala Lumpur. Barings was declared insolvent on 26 February 1995.\n")
    assert analyse(parse_article(text)).topic != '"Kobe earthquake"'
    assert not [p for p in prompts_of(text) if "Kobe earthquake" in p.split("?")[0]], prompts_of(text)


def test_it_of_a_first_time_is_no_name():
    text = ("Fight of the Century\n\nThe Fight of the Century is the boxing match between Joe Frazier and Muhammad Ali "
            "held on March 8, 1971, at Madison Square Garden. Frazier won in 15 rounds by unanimous decision. It was "
            "the first time that two undefeated boxers fought each other for the heavyweight title.\n")
    assert not [p for p in prompts_of(text) if "[Frazier] was the first time" in p], prompts_of(text)


def test_the_post_someone_was_named_to_is_named_or_not_asked():
    text = ("2009 Orrin general election\n\nA general election was held in Orrin on 30 August 2009. The opposition "
            "won 308 of the 480 seats. Its leader, Hatoyama, became Prime Minister. Hatoyama was formally named to "
            "the post on September 16, 2009.\n")
    assert not [p for p in prompts_of(text) if "named to the post on ____" in p], prompts_of(text)


def test_the_committee_of_a_sentence_that_names_one_is_that_one():
    text = ("1924 Winter Olympics\n\nThe 1924 Winter Olympics were a winter multi-sport event held in Chamonix. "
            "Organized by the French Olympic Committee, the competitions took place from 25 January to 5 February "
            "1924. The International Olympic Committee (IOC) granted the Chamonix competitions the status of the first "
            "Winter Olympic Games at the committee's 26th session on May 6, 1926.\n")
    refs = {i.text: i.refs for i in analyse(parse_article(text)).sentences}
    last = next(t for t in refs if t.startswith("The International Olympic Committee"))
    assert refs[last].things == ()


def test_a_rank_beside_what_is_ranked_before_it_is_not_asked():
    text = ("The Orrin oil spill was a major oil spill in Prince Vell Sound in March 1989. The Orrin spill is the "
            "second largest in Valdorian waters, after the 2010 Deepwater Horizon oil spill, in terms of volume "
            "released. The tanker spilled 10.8 million US gallons of crude oil over the next few days.\n")
    assert not [p for p in prompts_of(text) if "____ largest" in p], prompts_of(text)


def test_a_sum_of_money_in_millions_is_asked_with_its_currency_and_scale():
    text = ("Barings Bank collapse\n\nBarings Bank collapsed in 1995 after its trader Leeson lost the bank's money. "
            "Leeson's activities had generated losses totalling £827 million, twice the bank's available trading "
            "capital. The bank had been founded in 1762.\n")
    losses = [q for q in drafted(text) if "losses totalling ____" in q.prompt]
    assert losses and not [q for q in losses if isinstance(q, NumericQuestion)], [q.prompt for q in losses]
    assert all("827 million" in q.answer for q in losses), [q.answer for q in losses]
    # Its conversion in brackets would give the blank away: in the opening paragraph the blanked sentence
    # leaves it out (set 21); further down, where lengths and sums were read as trivia, it is not blanked.
    converted = text.replace("£827 million,", "£827 million (US$1.3 billion),")
    blanks = [q.prompt for q in drafted(converted) if "losses totalling ____" in q.prompt]
    assert blanks and not [p for p in blanks if "1.3 billion" in p], blanks
    later = converted.replace("money. Leeson's", "money.\n\nLeeson's")
    assert not [q for q in drafted(later) if "losses totalling ____" in q.prompt]


def test_a_count_in_a_list_of_parts_is_not_asked():
    text = ("The Orrin Pipeline System (OPS) is an oil transportation system spanning Valdoria, including the crude-oil "
            "pipeline, 11 pump stations, several hundred miles of feeder pipelines, and the Port Vell Marine Terminal. "
            "The pipeline was built between 1975 and 1977.\n")
    assert not [p for p in prompts_of(text) if "pump stations" in p and "____" in p], prompts_of(text)


def test_a_name_of_two_capitalised_words_keeps_its_case_in_a_direct_question():
    text = ("Mount Orrin is an active volcano on the island of Valdoria. Mount Orrin is about 100 km southwest of "
            "Port Vell and rises to 3,776 metres. It last erupted in 1707.\n")
    assert not [p for p in prompts_of(text) if "mount Orrin" in p], prompts_of(text)


def test_the_sheet_shows_the_unit_the_quiz_shows_beside_the_answer_box():
    q = NumericQuestion(id="far", prompt="How far is Mount Orrin from Port Vell?", answer=100, unit="km",
                        evidence=("Mount Orrin is about 100 km southwest of Port Vell.",))
    assert "(answer box: ____ km)" in question_text(q)


HEYSEL = ("Heysel Stadium Disaster\n\nHeysel Stadium disaster\nEvent 1985 European Cup Final\nDate 29 May 1985\n"
          "Location Heysel Stadium, Brussels\nResult 39 dead.\n600 injured.\n\n"
          "The Heysel Stadium disaster occurred on 29 May 1985 when escaping fans were pressed against a collapsing "
          "wall in the Heysel Stadium in Brussels, before the start of the 1985 European Cup Final. 39 people—mostly "
          "Italians and Juventus fans—were killed and 600 were injured in the confrontation. English clubs were "
          "banned from European competitions for five years.\n")


def test_a_sentence_may_open_with_its_figure_and_an_infobox_is_no_headline():
    prompts = prompts_of(HEYSEL)
    assert any("____ people—mostly Italians and Juventus fans—were killed" in p for p in prompts), prompts


def test_a_possessive_name_names_something():
    analysis = analyse(parse_article("Pokrovsk is a city in Donetsk Oblast. Russian forces are near Pokrovsk, 50 km "
                                     "from Kramatorsk.\n"))
    assert analysis.names_a_name("Roughly what was Pokrovsk's population before the war?")


def test_a_name_with_a_possessive_is_not_given_an_article():
    text = ("NASA's Mars Reconnaissance Orbiter reached Mars on Friday after a seven-month journey. On Friday, the "
            "orbiter made a 27-minute engine burn to slow itself into orbit around the planet.\n")
    prompts = prompts_of(text)
    assert not [p for p in prompts if "the NASA's" in p], prompts
    assert any("[NASA's Mars Reconnaissance Orbiter]" in p for p in prompts), prompts
