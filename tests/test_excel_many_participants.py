"""10,000 participants: every one reaches the event workbook, and the service reports the count.

How fast: benchmarks/run.py's export figure (10,000 participants beside a bare openpyxl
write-only workbook of the same cells), not a clock in a test.
"""

import pytest
from python_calamine import CalamineWorkbook
from test_excel_event_workbook import kickoff, people

from app.services.excel import write_event_workbook
from app.services.excel.event_workbook import build_event_workbook, load_event


@pytest.mark.slow
def test_ten_thousand_participants_are_all_in_the_sheet(sample_project, tmp_path):
    event = kickoff(sample_project)
    sample_project.registrations.add_many(people(event.id, 10_000))
    ctx = load_event(sample_project, event.id)
    build_event_workbook(ctx).save(tmp_path / "ours.xlsx")
    rows = (
        CalamineWorkbook.from_path(str(tmp_path / "ours.xlsx"))
        .get_sheet_by_name("Deltagere")
        .to_python()
    )
    assert len(rows) == 4 + 10_001


def test_export_through_the_service_reports_the_count(sample_project, tmp_path):
    event = kickoff(sample_project)
    sample_project.registrations.add_many(people(event.id, 500))
    result = write_event_workbook(sample_project, event.id, tmp_path / "k.xlsx")
    assert result["participants"] == 501 and result["sheets"] == 7
