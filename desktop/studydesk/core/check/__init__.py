"""Check a bank: its TOML text to a Bank, or every problem in it at once.

    result = load_bank("bank.toml")   # LoadResult: .bank (None on errors), .problems

Each rule is stated once, in the module for what it checks: the [bank]
table and its article (bank_table), what every question has (questions),
each kind's own fields (kinds), charts (charts). Each problem names the file,
line, column, the question or chart it is in, and what to do about it.
Nothing here raises on bad input.
"""

from .load import load_bank, load_bank_text
from .result import BankError, LoadResult, problem_count

__all__ = ["BankError", "LoadResult", "load_bank", "load_bank_text", "problem_count"]
