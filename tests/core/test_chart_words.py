from studydesk.core.bank import Chart
from studydesk.core.chart_words import amount_text, hover_text, ratio_text, values
from studydesk.core.check import load_bank
from tests.support import SEED_BANK

BANK = load_bank(SEED_BANK).bank
CHARTS = {c.id: c for c in BANK.charts}


def test_ratios_are_honest_about_bounds():
    assert ratio_text(CHARTS["force-ratio"]) == "8 to 1"
    assert ratio_text(CHARTS["losses"]) == "more than 2 to 1"  # "may exceed" over "less than"
    assert ratio_text(CHARTS["population"]) == "more than 46 times fewer"  # 60,000 to "fewer than 1,300"
    assert ratio_text(CHARTS["scale"]) == ""  # a bar chart draws no ratio


def test_values_carry_qualifiers_and_derivation():
    population = values(CHARTS["population"])
    assert amount_text(population[1], "residents") == "fewer than 1,300 residents"
    assert population[1].bound == "upper" and population[0].bound == ""
    ukraine = values(CHARTS["losses"])[1]
    # "may exceed 900,000 ... more than twice Ukraine's": a share of Russia's losses, not a number of its own.
    assert ukraine.derived and amount_text(ukraine, "percent of Russia's losses") == \
        "less than 50 percent of Russia's losses (implied)"
    assert values(CHARTS["distances"])[1].bound == "lower"
    assert amount_text(values(CHARTS["shares"])[0], "%") == "nearly 33.3%"


def test_hover_text_quotes_the_evidence_and_explains_derived_values():
    ukraine = values(CHARTS["losses"])[1]
    text = hover_text(ukraine, CHARTS["losses"].unit)
    assert text.splitlines()[0] == "Ukraine (implied): less than 50 percent of Russia's losses (implied)"
    assert "no number follows" in text
    assert "more than twice" in text and "\u201cmay now exceed 900,000" in text


def test_ratio_of_an_exact_change():
    chart = Chart(id="c", title="t", kind="change", labels=("a", "b"), values=(100.0, 25.0))
    assert ratio_text(chart) == "4 times fewer"


def test_extreme_values_give_no_ratio_and_are_refused_by_the_loader(tmp_path):
    from studydesk.core.check import load_bank_text

    huge = Chart(id="c", title="t", kind="compare", labels=("a", "b"), values=(1e300, 1e-300))
    assert ratio_text(huge) == ""
    text = ('[bank]\ntitle = "t"\n\n[[question]]\nid = "q"\nkind = "truefalse"\nprompt = "?"\nanswer = true\n\n'
            '[[chart]]\nid = "c"\ntitle = "t"\nkind = "bar"\nlabels = ["a"]\nvalues = [1e300]\n')
    (error,) = load_bank_text(text, tmp_path / "b.toml").errors
    assert error.message == "values must be within \u00b11e+15"
