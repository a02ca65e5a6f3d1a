"""What the fuzz tests share: their settings (few examples in CI, many in the long
profile) and a strategy for any JSON value."""

import os

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st


def examples(ci: int) -> int:
    """`ci` examples in CI; the long profile's count with VENUEPLAN_FUZZ=long."""
    return settings.default.max_examples if os.environ.get("VENUEPLAN_FUZZ") == "long" else ci


# A test's fixtures (a project, a folder, capsys) serve all its examples on purpose; each
# example puts back what it changes.
FUZZ = dict(
    deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)

json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=12,
)
