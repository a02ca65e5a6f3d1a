"""The Venues and Events pages: which list, which editor, and their warnings."""

from __future__ import annotations

from ..domain import Event, EventKind, Language, SeatingLayout, Venue
from ..storage import Project
from .edit_history import EditHistory
from .event_editor import EventEditor
from .list_models import EventListModel, VenueListModel
from .record_page import RecordPage
from .venue_editor import VenueEditor


class VenuesPage(RecordPage):
    def __init__(self, project: Project, history: EditHistory, parent=None):
        super().__init__(
            project.venues,
            "venue",
            VenueListModel(),
            VenueEditor(),
            history,
            parent,
        )
        self.setObjectName("venuesPage")
        # The venue's map shows its stored streets wherever the tiles do not (issue 18).
        self.editor.map_tab.map.surroundings_for = project.surroundings.get
        self.search.setPlaceholderText(self.tr("Search by name, city or postal code"))
        self.new_button.setText(self.tr("New venue"))
        self.view.setAccessibleName(self.tr("Venues"))
        self.delete_button.setText(self.tr("Delete venue"))

    def new_record(self) -> Venue:
        return Venue(name=self.tr("New venue"))

    def record_name(self, record) -> str:
        return record.name if record is not None else self.tr("venue")

    def after_reload(self, records: list) -> None:
        self.editor.map_tab.catalogue = list(records)

    def show_record(self, record) -> None:
        self.editor.set_venue(record)
        others = self.list_model.shares_address(record.id) if record is not None else []
        self.editor.set_warning(
            self.tr("Same address as: %1").replace("%1", ", ".join(v.name for v in others))
            if others
            else ""
        )


class EventsPage(RecordPage):
    def __init__(self, project: Project, history: EditHistory, parent=None):
        super().__init__(
            project.events,
            "event",
            EventListModel(),
            EventEditor(),
            history,
            parent,
        )
        self.setObjectName("eventsPage")
        self.project = project
        self.search.setPlaceholderText(self.tr("Search events"))
        self.new_button.setText(self.tr("New event"))
        self.view.setAccessibleName(self.tr("Events"))
        self.delete_button.setText(self.tr("Delete event"))
        self._flags: dict[int, str] = {}

    def new_record(self) -> Event:
        from PySide6.QtCore import QSettings

        from .preferences import DEFAULT_LAYOUT_KEY

        layout = str(QSettings().value(DEFAULT_LAYOUT_KEY, "") or "")
        return Event(
            title=self.tr("New event"),
            kind=EventKind.OTHER,
            organiser=self.project.default_organiser,
            language=Language.DA,
            layout=SeatingLayout(layout) if layout in set(SeatingLayout) else None,
            no_show_rate=self.editor.learned_rate(EventKind.OTHER) or 0.0,
        )

    def record_name(self, record) -> str:
        return record.title if record is not None else self.tr("event")

    def set_venues(self, venues: list[Venue]) -> None:
        self.editor.set_venues(venues)
        self._show_context()

    def set_flags(self, flags: dict[int, str]) -> None:
        """Warnings per event id (double bookings), shown in the list and the editor."""
        self._flags = dict(flags)
        self._show_context()
        self.editor.set_warning(self._warning(self.current_record()))

    def after_reload(self, records: list) -> None:
        from ..services.attendance import learned_rates

        self._show_context()
        # Read once per change of the events (not again for new venue names or flags).
        self.editor.set_learned_rates(learned_rates(self.project))

    def _show_context(self) -> None:
        """The venue names and double-booking flags the list shows beside each event."""
        self.list_model.set_context(self.editor.venue_names(), self._flags)

    def _warning(self, record) -> str:
        if record is None:
            return ""
        lines = [self._flags.get(record.id, "")]
        if self.project.people_hidden(record.organiser):
            lines.append(
                self.tr(
                    "This event is organised by %1; on this server only that organisation's "
                    "coordinators can change it."
                ).replace("%1", record.organiser or self.tr("no organisation"))
            )
        return "\n".join(line for line in lines if line)

    def show_record(self, record) -> None:
        self.editor.set_event(record)
        self.editor.set_warning(self._warning(record))
        if not self.project.read_only:
            # On a team server another organisation's event is shown, never changed (the
            # server would refuse the save): its fields and Delete are off, as read-only.
            kept = record is not None and self.project.people_hidden(record.organiser)
            self.set_read_only(kept)
            self.new_button.setEnabled(True)
