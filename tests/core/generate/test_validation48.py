"""What the forty-eighth validation set showed (2026-12-07) that was mechanical. The rest is in docs/generator.md."""

from studydesk.core.generate.page_marks import FOOTNOTE
from studydesk.core.generate.quality import leaning_opening

from .helpers import find_figures, page_text, prompts_of


def test_as_such_leans_on_the_sentence_before():
    assert leaning_opening("As such, there have been no border controls since 4 October 1967.") == "As such"
    assert leaning_opening("As such things go, it was cheap.") == ""
    assert not any(p.startswith("As such") or '"As such' in p
                   for p in prompts_of(page_text("wp-busingen-am-hochrhein-wikipedia")))


def test_a_coordinate_after_its_label_is_no_amount():
    assert not find_figures("The coordinates of the avalanche are Latitude: 47.2160 Longitude: 9.8160.")
    assert not any("Longitude: ____" in p for p in prompts_of(page_text("wp-blons-avalanches-1954-wikipedia")))


def test_a_pronunciation_bracket_the_copy_lost_is_dropped_whole():
    s = ("Büsingen am Hochrhein (/de/, ; Alemannic: Büesinge am Hochrhi, /gsw/), often known simply as Büsingen, "
         "is a German municipality.")
    assert FOOTNOTE.sub("", s) == "Büsingen am Hochrhein, often known simply as Büsingen, is a German municipality."
    assert not any("/de/" in p for p in prompts_of(page_text("wp-busingen-am-hochrhein-wikipedia")))


def test_a_year_in_a_list_of_three_is_not_asked():
    s = "The land was Sudanese territory in the 1902, 1907, and 1972 treaties."
    assert [f.kind for f in find_figures(s)] == ["year", "year", "year"]
    assert not any("1907, and ____" in p for p in prompts_of(page_text("wp-ilemi-triangle-wikipedia")))


def test_a_small_count_beside_a_date_does_not_make_the_date_a_frame():
    from studydesk.core.generate.quantities import find_figures as figures
    from studydesk.core.generate.worth import worth

    s = ("The Tri-State Tornado was a deadly tornado that struck parts of three states in the Central United States "
         "on the afternoon of Wednesday, March 18, 1925.")
    found = figures(s)
    (date,) = [f for f in found if f.kind == "date"]
    s9 = s.replace("three states", "nine states")
    found9 = figures(s9)
    (date9,) = [f for f in found9 if f.kind == "date"]
    assert worth(date, s, found)[0] > worth(date9, s9, found9)[0]
    assert any("Vietnamese Demilitarized Zone" in p
               for p in prompts_of(page_text("wp-vietnamese-demilitarized-zone-1954-nina")))


def test_a_standing_fact_of_a_place_is_background_on_an_event_s_page():
    from studydesk.core.generate.quantities import find_figures as figures
    from studydesk.core.generate.worth import worth

    title = "1954 Blons avalanches"
    for s in ("Bludenz is a mountainous region with 525 mountains.", "Falvkopf is 1849 meters above sea level.",
              "In Vorarlberg there are 1315 avalanche catchment zones."):
        (fig,) = figures(s)
        assert "a standing fact of a place the event touched" in worth(fig, s, [fig], title)[1], s
    for s in ("It is 1849 meters above sea level.", "Blons is a village of 300 people."):
        (fig,) = figures(s)
        assert not worth(fig, s, [fig], title)[1], s
    assert not any("525" in p or "____ mountains" in p
                   for p in prompts_of(page_text("wp-blons-avalanches-1954-wikipedia")))
