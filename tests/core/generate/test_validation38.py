"""What the thirty-eighth validation set showed (2026-12-07) that was mechanical. The rest is in docs/generator.md."""

from studydesk.core.generate.entities import EntityIndex

from .helpers import page_text, prompts_of


def test_a_name_ending_in_a_number_is_no_person():
    entities = EntityIndex(["RMS Queen Mary 2 is a British ocean liner.", "Queen Mary 2 sailed from Southampton.",
                            "She has served as the flagship of the Cunard Line since January 2004."]).entities
    assert all(e.kind != "person" and e.short != "2" for e in entities.values())


def test_the_party_on_a_party_s_page_is_never_another_party_just_named():
    prompts = prompts_of(page_text("wp-peoples-progressive-party-guyana-1950-ipfs"))
    assert not any("British Guiana Labour Party] went on to win" in p for p in prompts)
    assert any("went on to win" in p for p in prompts)  # still asked, as the page has it
