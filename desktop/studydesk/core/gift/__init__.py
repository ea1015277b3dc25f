"""Moodle GIFT import and export: the API the commands and the window use.

    result = import_gift(text, title="Unit 3")   # GiftImport: bank, reports, notes, header
    path.write_text(result.toml())                # the bank as TOML, notes as comments
    out = export_gift(bank)                       # GiftExport: text, reports

The work is split by step: text (escapes, formats, plain text), parse
(Moodle's reader), convert (GIFT -> Bank), export (Bank -> GIFT), notes and
names (the conventions both directions share), report (results and reports).
docs/gift.md has the mapping table.
"""

from .convert import import_gift
from .export import export_gift
from .report import CHANGED, NOTE, SKIPPED, GiftExport, GiftImport, Report, at_bank_lines

__all__ = ["import_gift", "export_gift", "at_bank_lines", "GiftImport", "GiftExport", "Report", "SKIPPED",
           "CHANGED", "NOTE"]
