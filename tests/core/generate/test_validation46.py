"""What the forty-sixth validation set showed (2026-12-07) that was mechanical. The rest is in docs/generator.md."""

from studydesk.core.generate.quality import leaning_opening

from .helpers import page_text, prompts_of


def test_soon_after_leans_on_the_sentence_before():
    assert leaning_opening("Soon after however, the gold coins were struck in a lighter standard.") == "Soon after"
    assert leaning_opening("Soon afterwards the mint closed.") == "Soon afterwards"
    prompts = prompts_of(page_text("wp-croeseid-550-bc-owiki"))
    assert not any('"Soon after' in p for p in prompts)
