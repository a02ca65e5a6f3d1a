"""The main window's pages on an open project and what ties them together (part of MainWindow).

Nothing here is imported before the window paints: the page modules come in with the
project and after it, loaded on workers (project_opening.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidget, QStackedWidget
    from PySide6.QtWidgets import QMainWindow as _WindowBase

    from ..storage import Project
    from .capacity_view import CapacityView
    from .change_feed import ChangeFeed
    from .day_actions import DayActions
    from .edit_history import EditHistory
    from .event_documents import EventDocuments
    from .event_scope import EventScopedPage
    from .map_tab import MapPage
    from .pages import EventsPage, VenuesPage
    from .registrations_view import RegistrationsView
    from .surroundings_actions import SurroundingsActions
else:
    _WindowBase = object


class WindowPages(_WindowBase):
    """Venues, Events, Registrations, Capacity and Map on one project, and the chosen event
    they share (`current_event_id`)."""

    project: Project | None
    current_event_id: int | None
    nav: QListWidget
    stack: QStackedWidget
    pages_frame: QStackedWidget  # the stack, or "Opening…" in its place
    edits: EditHistory
    feed: ChangeFeed | None
    documents: EventDocuments
    day: DayActions
    surroundings: SurroundingsActions
    venues_page: VenuesPage
    events_page: EventsPage
    registrations_view: RegistrationsView
    registrations_page: EventScopedPage
    capacity_view: CapacityView
    capacity_page: EventScopedPage
    map_page: MapPage
    scoped_pages: list[EventScopedPage]

    def _build_record_pages(self, project: Project) -> None:
        """The Venues and Events pages of `project`, their lists filled, in place of all
        the pages shown before: what a window must show to be usable."""
        from .pages import EventsPage, VenuesPage

        if self.feed is not None:
            self.feed.stop()
            self.feed.deleteLater()
            self.feed = None
        # From the last page back: removing the current page would make the next one
        # current, so each old page (the Map among them, starting the web engine) would be
        # shown once on its way out.
        while self.stack.count():
            page = self.stack.widget(self.stack.count() - 1)
            if page is not None:  # within count(), never None
                self.stack.removeWidget(page)
                page.deleteLater()
        self.venues_page = VenuesPage(project, self.edits)
        self.events_page = EventsPage(project, self.edits)
        for record_page in (self.venues_page, self.events_page):
            self.stack.addWidget(record_page)  # first in the navigation
            record_page.set_read_only(project.read_only)
        self.venues_page.reload()
        self.events_page.set_venues(self.venues_page.list_model.records())
        self.events_page.reload()

    def _build_event_pages(self, project: Project) -> None:
        """Registrations, Capacity and Map, and what ties all the pages together."""
        from .capacity_view import CapacityView
        from .change_feed import ChangeFeed
        from .event_scope import EventScopedPage
        from .map_tab import MapPage
        from .registrations_view import RegistrationsView

        self.registrations_view = RegistrationsView(project, history=self.edits)
        self.registrations_page = EventScopedPage(self.registrations_view)
        self.capacity_view = CapacityView(project)
        self.capacity_page = EventScopedPage(self.capacity_view)
        self.map_page = MapPage()
        self.map_page.map.surroundings_for = project.surroundings.get
        for page in (self.registrations_page, self.capacity_page, self.map_page):
            self.stack.addWidget(page)  # after Venues and Events, as in the navigation
        self.map_page.venue_clicked.connect(self.open_venue)
        self.scoped_pages = [self.registrations_page, self.capacity_page]
        self.registrations_view.registrations_changed.connect(self.capacity_view.refresh)
        # Timed: the counts stay on the Registrations page itself, not over the other pages.
        self.registrations_view.status_message.connect(lambda text: self._page_message(text, 10000))
        for record_page in (self.venues_page, self.events_page):
            record_page.message.connect(lambda text: self._page_message(text, 8000))
        # Changes another window (or computer) made to this file show here without a reload.
        self.feed = ChangeFeed(project, parent=self)
        self.feed.venue_changed.connect(self.venues_page.changed_elsewhere)
        self.feed.event_changed.connect(self.events_page.changed_elsewhere)
        self.feed.registrations_changed.connect(self._registrations_changed_elsewhere)
        self.venues_page.records_changed.connect(self._venues_changed)
        self.events_page.records_changed.connect(self._events_changed)
        self.events_page.view.selectionModel().currentRowChanged.connect(
            lambda *_: self.set_current_event(self.events_page.current_id())
        )
        self.venues_page.view.selectionModel().currentRowChanged.connect(
            lambda *_: self._auto_fetch_surroundings()
        )
        for scoped in self.scoped_pages:
            scoped.event_chosen.connect(self.set_current_event)
        self.capacity_view.failed.connect(lambda text: self._page_message(text, 8000))
        self.set_current_event(self.events_page.current_id())  # the event listed first
        self._events_changed()

    def _page_message(self, text: str, timeout_ms: int) -> None:
        """A page's line in the status bar, unless the window is opening another project:
        then the pages are hidden behind "Opening…" and the bar names the file opening."""
        if self.pages_frame.currentWidget() is self.stack:
            self.statusBar().showMessage(text, timeout_ms)

    def _venues_changed(self) -> None:
        self.events_page.set_venues(self.venues_page.list_model.records())
        self.capacity_view.refresh()
        self._update_map_page()
        self._auto_fetch_surroundings()

    def _auto_fetch_surroundings(self) -> None:
        """The chosen venue's streets are fetched once it has coordinates (issue 18)."""
        chosen = self.venues_page.current_id()
        venue = next((v for v in self.venues_page.list_model.records() if v.id == chosen), None)
        self.surroundings.auto_fetch(venue)

    def _surroundings_fetched(self, venue_id: int, message: str) -> None:
        self.statusBar().showMessage(message, 10000)
        self._update_map_page()
        venue = self.venues_page.editor.current_venue()
        if venue is not None and venue.id == venue_id:
            self.venues_page.editor.map_tab.set_venue(venue)  # the page is made again

    def _update_map_page(self) -> None:
        event = next(
            (e for e in self.events_page.list_model.records() if e.id == self.current_event_id),
            None,
        )
        self.map_page.set_data(self.venues_page.list_model.records(), event)

    def open_venue(self, venue_id: int) -> None:
        """Show a venue in its editor (from a click on the overview map)."""
        self.nav.setCurrentRow(self.stack.indexOf(self.venues_page))
        self.venues_page.select(venue_id)

    def show_map_page(self):
        self.nav.setCurrentRow(self.stack.indexOf(self.map_page))
        return self.map_page.map

    def _events_changed(self) -> None:
        """Events were added, edited or removed: refresh pickers, flags and counts."""
        from ..domain.overlap import clashes_by_event

        events = self.events_page.list_model.records()
        flags = {
            event_id: self.tr("Double booking: the room is also booked for %1").replace(
                "%1", "; ".join(self.tr('"%1"').replace("%1", e.title) for e in clashes)
            )
            for event_id, clashes in clashes_by_event(events).items()
        }
        self.events_page.set_flags(flags)
        for page in self.scoped_pages:
            page.set_events(events, self.current_event_id)
        self.capacity_view.refresh()
        self._update_map_page()

    def _current_event(self):
        return next(
            (e for e in self.events_page.list_model.records() if e.id == self.current_event_id),
            None,
        )

    def _door_changed(self, event_id: int) -> None:
        """A door checked someone in: the lists of that event read the file again."""
        if event_id == self.current_event_id:
            self.registrations_view.reload()
            self.capacity_view.refresh()

    def set_current_event(self, event_id: int | None) -> None:
        """The event the event-scoped pages (registrations, capacity...) work on."""
        if event_id == self.current_event_id:
            return
        self.current_event_id = event_id
        self.documents.set_event_chosen(event_id is not None)
        self.day.set_event_chosen(event_id is not None)
        for page in self.scoped_pages:
            page.set_current(event_id)
        if event_id is not None and self.events_page.current_id() != event_id:
            self.events_page.select(event_id)
        self._update_map_page()

    def _registrations_changed_elsewhere(self, event_id: int, _ids) -> None:
        if event_id == self.registrations_view.event_id:
            self.registrations_view.reload()
        self.capacity_view.refresh(event_id)
