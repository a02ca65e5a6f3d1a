"""Hypothesis settings the fuzz tests share: a few examples in CI, many in the long profile."""
import os

from hypothesis import HealthCheck, settings


def examples(ci: int) -> int:
    """`ci` examples in CI; the long profile's count with VENUEPLAN_FUZZ=long."""
    return settings.default.max_examples if os.environ.get("VENUEPLAN_FUZZ") == "long" else ci


# A module-scoped fixture is shared by the examples on purpose (one project, one bridge).
FUZZ = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                  HealthCheck.function_scoped_fixture])
