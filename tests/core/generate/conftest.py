"""A "long" Hypothesis profile for the generator's property tests:
    pytest tests/core/generate --hypothesis-profile=long
(registered here, so the option works when this folder is among the paths given)."""

from hypothesis import HealthCheck, settings

settings.register_profile("long", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
