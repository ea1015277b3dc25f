"""A word or number found whole, with each caller's edges, as the patterns built around it found it."""

import re

import pytest

from studydesk.core.generate.whole import NUMBER, SHOWN, WORD, occurs


@pytest.mark.parametrize("part, text, edges, found", [
    ("69", "it took 69 days", NUMBER, True),
    ("69", "it took 1,069 days", NUMBER, False),
    ("69", "some 69,000 people", NUMBER, False),
    ("69", "a 6.9 magnitude and then 69.", NUMBER, True),   # the first is refused, the second found
    ("69", "in 1969, the", NUMBER, False),
    ("69", "on day 69, the", NUMBER, False),  # a comma after a number in a title: refused
    ("69", "on day 69, the", SHOWN, True),    # but a sentence still shows it
    ("Akashi", "and Akashi was appointed", WORD, True),
    ("Akashi", "and Akashiya was appointed", WORD, False),
    ("", "anything", WORD, True),
])
def test_occurs(part, text, edges, found):
    assert occurs(part, text, edges) is found


@pytest.mark.parametrize("part", ["69", "1,069", "6.9", "2", "Akashi", "U.S."])
@pytest.mark.parametrize("text", ["it took 69 days", "1,069 and 2,000", "6.9 and 2.5 and 2.", "U.S. and Akashi,"])
def test_occurs_agrees_with_the_pattern_it_replaces(part, text):
    pattern = rf"(?<![\w.,]){re.escape(part)}(?![\w,]|\.\d)"
    assert occurs(part, text, NUMBER) is bool(re.search(pattern, text))
    assert occurs(part, text, WORD) is bool(re.search(rf"\b{re.escape(part)}\b", text))
