"""The domain: banks, articles, grading, attempts, generation. Never imports Qt."""
