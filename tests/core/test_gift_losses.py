"""GIFT import loses nothing without saying so (issue 15, item 7): what
plain text cannot hold is named in the report, link targets stay in the
text where they help, Moodle's names come back as they were, and "~=" and
Cloze marks are read as Moodle reads them or refused for the real reason."""

import pytest

from studydesk.core.gift import CHANGED, NOTE, SKIPPED, export_gift, import_gift


def imported(text):
    result = import_gift(text)
    return result, [(r.level, r.message) for r in result.reports]


def test_a_link_to_the_sound_a_question_needs_is_named_and_an_image_only_feedback_too():
    result, reports = imported('::Listening 1::[html]<p>Listen to <a href="@@PLUGINFILE@@/track%201.mp3">the '
                               'recording</a>. Who speaks first?</p>{=Ann ~Bob ####<img src="@@PLUGINFILE@@/key.png">}')
    q, = result.bank.questions
    assert q.prompt == "Listen to the recording. Who speaks first?" and q.explain == ""
    assert (CHANGED, '[html] question text made plain text: the link to "track 1.mp3" left out') in reports
    assert (CHANGED, '[html] general feedback made plain text: the image "key.png" left out') in reports
    toml = result.toml()
    assert 'Not kept: [html] question text made plain text: the link to "track 1.mp3" left out' in toml


def test_a_link_to_a_web_page_keeps_its_target_in_the_text():
    result, reports = imported('[html]Read <a href="https://example.org/r">the report</a> or write to '
                               '<a href="mailto:desk@example.org">us</a>.{T}')
    assert result.bank.questions[0].prompt == "Read the report (https://example.org/r) or write to us (desk@example.org)."
    assert not [m for level, m in reports if level == CHANGED]


@pytest.mark.parametrize("markup, lost", [
    ('<audio controls><source src="@@PLUGINFILE@@/a.ogg"><source src="@@PLUGINFILE@@/a.mp3"></audio>',
     'the sound "a.ogg", the sound "a.mp3"'),
    ('<video src="clip.mp4"></video>', 'the video "clip.mp4"'),
    ('<iframe src="https://maps.example.org/x"></iframe>', 'the embedded page "https://maps.example.org/x"'),
    ('<img src="@@PLUGINFILE@@/graph.png" alt="A rising line">', 'the image "graph.png"'),
])
def test_each_kind_of_media_is_named(markup, lost):
    _, reports = imported(f"[html]What does it show? {markup}{{=Growth ~Decline}}")
    assert (CHANGED, f"[html] question text made plain text: {lost} left out") in reports


def test_markdown_images_and_links_alike():
    result, reports = imported("[markdown]See ![the map](map.png) and [the notes](notes.pdf) or "
                               "[the site](https://example.org).{T}")
    assert result.bank.questions[0].prompt == "See the map and the notes or the site (https://example.org)."
    assert (CHANGED, '[markdown] question text made plain text: the image "map.png", the link to "notes.pdf" '
                     "left out") in reports


def test_moodle_names_come_back_as_they_were():
    text = "::2-08 TSL::TSL is blablabla.{T}\n\n::Kanji Origins::Where do kanji come from?{=China ~Korea}"
    result = import_gift(text)
    assert [q.id for q in result.bank.questions] == ["2-08 TSL", "Kanji Origins"]
    exported = export_gift(result.bank).text
    assert "::2-08 TSL::TSL is blablabla." in exported and "::Kanji Origins::" in exported
    assert "studydesk: id" not in exported
    assert [q.id for q in import_gift(exported).bank.questions] == ["2-08 TSL", "Kanji Origins"]


@pytest.mark.parametrize("answers", ["{~=x ~y ~z}", "{~=x~y~z}", "{~ =x ~y ~z}"])
def test_a_right_answer_after_a_tilde_is_read_as_moodle_reads_it(answers):
    result, reports = imported(f"Which one?{answers}")
    q, = result.bank.questions
    assert (q.kind, q.choices, q.answer) == ("choice", ("x", "y", "z"), "x")
    assert [level for level, _ in reports] == [NOTE] and "left out, as Moodle leaves it out" in reports[0][1]


@pytest.mark.parametrize("cloze", ["{1:MC:~a~=b}", "{:SHORTANSWER:=Paris}", "{2:NM:=42:1}", "{1:MULTICHOICE_V:~a~=b}"])
def test_cloze_marks_are_refused_for_what_they_are(cloze):
    result, reports = imported(f"The capital is {cloze}.")
    assert result.bank.questions == ()
    (level, message), = reports
    assert level == SKIPPED and "is Cloze, the syntax of Moodle's \"Embedded answers\" questions" in message


def test_an_emptied_right_answer_leaves_nothing_right_and_says_so():
    result, reports = imported("Which?{~a ~b ~=}")
    assert result.bank.questions == ()
    assert (SKIPPED, "no answer is fully right: the one marked with = is empty") in reports
