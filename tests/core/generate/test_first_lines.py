"""A year or date in the page's first lines is given away (a news story's dateline), but not by the
sentence asked on itself: an encyclopedia's lead holds its subject's central date."""

from tests.core.generate.helpers import drafted


def _asked(text: str) -> list[str]:
    return [f"{q.prompt} || {getattr(q, 'answer', '')}" for q in drafted(text)]


def test_the_lead_sentence_is_asked_its_own_date():
    text = ("Voyager 1 is a space probe launched by NASA on September 5, 1977, as part of the Voyager program to "
            "study the outer Solar System. Launched 16 days after its twin Voyager 2, Voyager 1 has been operating "
            "for 45 years. It is the most distant human-made object from Earth.")
    assert any("September 5, 1977" in q.split(" || ")[1] for q in _asked(text)), _asked(text)


def test_a_dateline_run_into_the_first_sentence_is_not_asked():
    text = ("Wednesday, November 9, 2005European Space Agency's probe to Venus was successfully launched on "
            "Wednesday, November 9, at 0333 GMT from the Baikonur Cosmodrome in Kazakhstan. The probe, entitled "
            "Venus Express, separated from its Soyuz Fregat carrier 9 minutes later. Venus Express is a clone of "
            "Mars Express, which has been orbiting Mars since December 2003.")
    asked = _asked(text)
    assert asked, "the story itself still gives questions"
    assert not any("November 9, 2005" in q for q in asked), asked


def test_half_a_date_after_an_ordinal_day_is_not_blanked():
    text = ("The Chernobyl disaster began on the 26th April 1986 with the explosion of the 4th reactor of the "
            "Chernobyl Nuclear Power Plant, near the city of Pripyat in the north of Ukraine, close to the border "
            "with Belarus, in the Soviet Union. Some 350,000 people were moved from the area in the years that "
            "followed.")
    asked = _asked(text)
    assert not any("the 26th ____" in q for q in asked), asked
