"""The Edit tab: the bank's TOML, checked as the teacher types."""
