"""The Quiz tab: the start page, one question at a time, and the results."""
