"""Excel workbooks of Venueplan: an event's logistics, the venue catalogue, the events overview."""

from .catalogue_workbook import write_catalogue_workbook
from .event_workbook import write_event_workbook
from .events_workbook import write_events_workbook
from .sheet import ExportCancelled

__all__ = [
    "ExportCancelled",
    "write_catalogue_workbook",
    "write_event_workbook",
    "write_events_workbook",
]
