"""Where tables, keys and values are in a TOML text (core/toml_positions.py):
the places a problem is shown at. The scan passes plain lines at C speed and
reads a table's keys only when a place in it is asked for, so places are
asked for here in any order, each against where the text was written."""

import bisect
import json

import tomli
from hypothesis import given, settings
from hypothesis import strategies as st

from studydesk.core.toml_positions import TomlPositions

# Characters that look like structure to a scan that does not follow strings.
TRICKY = st.text(alphabet="ab [ ] { } # = , ' . x\u00e9", max_size=12)

# A value's text, one line or several, each with brackets, quotes or comment
# signs inside strings; and lines that start with "[" inside a value.
VALUES = st.one_of(
    TRICKY.map(json.dumps),
    TRICKY.map(lambda s: json.dumps(s + '"\\')),  # escaped quote and backslash
    TRICKY.filter(lambda s: "'" not in s).map(lambda s: f"'{s}'"),
    TRICKY.map(lambda s: '"""\n[not.a.header]\n' + s.replace('"', "") + '\nx = 1\n"""'),
    TRICKY.filter(lambda s: "'" not in s).map(lambda s: f"'''\n[[question]]\n{s}'''"),
    st.integers(-10**6, 10**6).map(str), st.sampled_from(["true", "false", "1.5e3", "-inf", "1979-05-27",
                                                          "1979-05-27 07:32:00", "0x1F", "1_000"]),
    st.lists(TRICKY.map(json.dumps), max_size=4).map(lambda xs: "[" + ", ".join(xs) + "]"),
    st.lists(st.lists(TRICKY.map(json.dumps), max_size=3), max_size=3).map(
        lambda xss: "[" + ", ".join("[" + ", ".join(xs) + "]" for xs in xss) + "]"),
    st.just("[[[1, 2]], [[3]]]"),  # nested deeper than the plain-line run follows
    st.lists(TRICKY.map(json.dumps), max_size=3).map(lambda xs: "[\n" + "".join(f"  [{x}],\n" for x in xs) + "]"),
    TRICKY.map(lambda s: "{ a = " + json.dumps(s) + ", b = [1, {c = 2}] }"),
)
KEYS = st.one_of(st.sampled_from(["id", "kind", "prompt", "answer", "k-1", "k_2"]),
                 st.sampled_from(['"a key"', "'lit.key'", "dotted.part", '"q".x']))
FILLER = st.lists(st.sampled_from(["", "# a comment [x]", "   ", "\t# [[question]]"]), max_size=2)


def _key_path(key: str) -> tuple:
    return tuple(tomli.loads(f"{key} = 1").keys()) + _inner(tomli.loads(f"{key} = 1"))


def _inner(doc) -> tuple:
    (_, value), = doc.items()
    return tuple(value.keys()) + _inner(value) if isinstance(value, dict) else ()


@st.composite
def documents(draw):
    """A TOML text, and where each table, key and value in it starts."""
    text: list[str] = []
    size = 0
    tables: dict[tuple, int] = {}
    keys: dict[tuple, tuple[int, int]] = {}

    def write(s: str) -> None:
        nonlocal size
        text.append(s)
        size += len(s)

    def body(table: tuple) -> None:
        used: set[str] = set()
        for key, value in draw(st.lists(st.tuples(KEYS, VALUES), max_size=4)):
            head = key.split(".")[0]
            if head in used or any(k.split(".")[0] == head for k in used):
                continue
            used.add(key)
            for line in draw(FILLER):
                write(line + "\n")
            indent, before, after = draw(st.sampled_from(["", "  "])), draw(st.sampled_from(["", " "])), " "
            write(indent)
            at_key = size
            write(f"{key}{before}={after}")
            keys[table + _key_path(key)] = (at_key, size)
            write(value)
            write(draw(st.sampled_from(["", "  # after [a] value"])) + "\n")

    body(())
    questions = 0
    for shape in draw(st.lists(st.sampled_from(["bank", "question", "points", "extra"]), max_size=6)):
        if shape == "bank" and ("bank",) not in tables:
            path, header = ("bank",), "[bank]"
        elif shape == "question" or (shape in ("points", "extra") and not questions):
            path, header = ("question", questions), "[[question]]"
            questions += 1
        elif shape == "points":
            n = sum(1 for t in tables if t[:3] == ("question", questions - 1, "key_points"))
            path, header = ("question", questions - 1, "key_points", n), "[[question.key_points]]"
        elif shape == "extra" and ("question", questions - 1, "extra") not in tables:
            path, header = ("question", questions - 1, "extra"), "[ question . extra ]"
        else:
            continue
        for line in draw(FILLER):
            write(line + "\n")
        tables[path] = size
        write(header + draw(st.sampled_from(["", "  # [a comment]"])) + "\n")
        body(path)
    return "".join(text), tables, keys


def _place(text: str, offset: int) -> tuple[int, int]:
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    line = bisect.bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1


@settings(max_examples=300)
@given(documents(), st.randoms(use_true_random=False))
def test_every_table_key_and_value_is_found_where_it_was_written_asked_in_any_order(doc, rnd):
    text, tables, keys = doc
    tomli.loads(text)  # the text is valid TOML, as the scan assumes
    asks = [("table", path) for path in tables] + [(a, path) for path in keys for a in ("key", "value")]
    rnd.shuffle(asks)
    positions = TomlPositions(text)
    for anchor, path in asks:
        offset = tables[path] if anchor == "table" else keys[path][anchor == "value"]
        assert getattr(positions, anchor)(path) == _place(text, offset), (anchor, path)


def test_a_place_not_in_the_text_falls_back_to_its_table_then_to_the_start():
    text = '[bank]\ntitle = "T"\n\n[[question]]\nid = "a"\n[[question]]\nid = "b"\n'
    positions = TomlPositions(text)
    assert positions.value(("question", 1, "answer")) == (6, 1)  # no answer: its question
    assert positions.key(("question", 7, "id")) == (1, 1)  # no such question
    assert positions.value(("question", 0, "id")) == (5, 6)  # still found after a miss scanned to the end
