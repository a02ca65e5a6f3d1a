"""The event editor: when and where, registration, programme, catering, signatories, quotas."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..domain import Event, EventKind, Language, SeatingLayout, Venue, validate_event
from ..domain.attendance import MeasuredEvent
from ..domain.event_place import settle_place
from .child_table_models import (
    AttachmentTableModel,
    CateringTableModel,
    InviteeGroupTableModel,
    ProgrammeTableModel,
    SignatoryTableModel,
)
from .form import Form
from .labels import event_kind_label, language_label, layout_label, short_date
from .record_editor import RecordEditor


class EventEditor(RecordEditor):
    """Edits one event; every finished edit is offered as a whole new snapshot.

    Signals: save_requested(object before, object after, str description).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._event: Event | None = None
        self._venues: dict[int | None, Venue] = {}  # None: no venue chosen
        # The last measured no-show rate per kind of event (services.attendance).
        self._learned: dict[EventKind, MeasuredEvent] = {}
        self.heading.setWordWrap(True)
        self.tabs.addTab(self._general_tab(), self.tr("&Event"))
        self.programme = self._part_table(ProgrammeTableModel(self), self.tr("Add programme item"))
        self.tabs.addTab(self.programme, self.tr("P&rogramme"))
        self.catering = self._part_table(CateringTableModel(self), self.tr("Add catering"))
        self.tabs.addTab(self.catering, self.tr("&Catering"))
        self.groups = self._part_table(InviteeGroupTableModel(self), self.tr("Add invitee group"))
        self.tabs.addTab(self.groups, self.tr("&Invitees and quotas"))
        self.signatories = self._part_table(SignatoryTableModel(self), self.tr("Add signatory"))
        self.tabs.addTab(self.signatories, self.tr("&Signatories"))
        self.attachments = self._part_table(AttachmentTableModel(self), self.tr("Add attachment"))
        self.letter_tab = self._letter_tab()
        self.tabs.addTab(self.letter_tab, self.tr("Invitation &letter"))
        self._finish_layout()
        self.set_event(None)

    def _general_tab(self) -> QWidget:
        f = self.form
        what = QGroupBox(self.tr("What"))
        form = QFormLayout(what)
        form.addRow(self.tr("Title"), f.text("title"))
        form.addRow(
            self.tr("Kind"), f.choice("kind", [(event_kind_label(k), k) for k in EventKind])
        )
        form.addRow(self.tr("Organiser"), f.text("organiser"))
        form.addRow(
            self.tr("Document language"),
            f.choice("language", [(language_label(x), x) for x in Language]),
        )
        form.addRow(self.tr("Description"), f.plain_text("description"))

        when = QGroupBox(self.tr("When"))
        wform = QFormLayout(when)
        wform.addRow(self.tr("Date"), f.date("date"))  # its calendar opens on today
        times = QHBoxLayout()
        for label, attr in (
            (self.tr("Doors"), "doors_time"),
            (self.tr("Start"), "start_time"),
            (self.tr("End"), "end_time"),
        ):
            # Top-aligned, so a message under one time leaves the row where it was; each
            # label as tall as its field, so it stays level with the field's text.
            holder = f.time(attr)
            caption = QLabel(label)
            caption.setMinimumHeight(f.widget(attr).sizeHint().height())
            times.addWidget(caption, 0, Qt.AlignmentFlag.AlignTop)
            times.addWidget(holder, 0, Qt.AlignmentFlag.AlignTop)
        times.addStretch(1)
        wform.addRow(self.tr("Times"), times)

        where = QGroupBox(self.tr("Where"))
        pform = QFormLayout(where)
        self.venue_label = QLabel()
        pform.addRow(self.tr("Venue"), f.choice("venue_id", []))
        pform.addRow(self.tr("Room"), f.choice("room_id", []))
        pform.addRow(self.tr("Seating layout"), f.choice("layout", []))
        pform.addRow("", self.venue_label)
        pform.addRow(self.tr("Expected attendance"), f.optional_int("expected_attendance"))
        pform.addRow(self.tr("Attendance limit"), f.optional_int("capacity_limit"))
        pform.addRow(self.tr("Expected no-shows"), f.percent("no_show_rate"))
        self.no_show_hint = QLabel()
        self.no_show_hint.setObjectName("noShowHint")
        self.no_show_hint.setWordWrap(True)
        pform.addRow("", self.no_show_hint)

        registration = QGroupBox(self.tr("Registration"))
        rform = QFormLayout(registration)
        rform.addRow(
            self.tr("Deadline"),
            f.date("registration_deadline", lambda: self._event.date if self._event else None),
        )
        rform.addRow(self.tr("Link"), f.text("registration_url"))
        rform.addRow(self.tr("E-mail"), f.text("registration_email"))
        rform.addRow(self.tr("Phone"), f.text("registration_phone"))
        channel = f.text("registration_channel")
        f.line_edit("registration_channel").setPlaceholderText(
            self.tr("for example: to the secretariat")
        )
        rform.addRow(self.tr("Channel in words"), channel)
        rform.addRow(self.tr("Price"), f.text("price"))
        rform.addRow("", f.check("free_of_charge", self.tr("Free of charge")))

        # One column: the fields get the full width and the form reads top to bottom.
        column = QVBoxLayout()
        for box in (what, when, where, registration):
            column.addWidget(box)
        column.addStretch(1)
        page = QWidget()
        page.setMaximumWidth(900)
        page.setLayout(column)
        return self._scrolling(page)

    def _letter_tab(self) -> QWidget:
        """The invitation's letter; fields left empty get the default letter."""
        f = self.form
        page = QWidget()
        form = QFormLayout(page)
        hint = QLabel(
            self.tr(
                "Fields left empty get a letter made from the event's kind, title, organiser "
                "and invitee groups, in the document language."
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        form.addRow(self.tr("Salutation"), f.text("letter_salutation"))
        form.addRow(self.tr("Letter"), f.plain_text("letter_body"))
        f.widget("letter_body").setFixedHeight(200)
        form.addRow(self.tr("Closing"), f.text("letter_closing"))
        form.addRow("", f.check("programme_preliminary", self.tr("The programme is preliminary")))
        form.addRow(self.tr("Attachments and links"), self.attachments)
        return self._scrolling(page)

    # -- choices that depend on the venue --------------------------------
    def set_venues(self, venues: list[Venue]) -> None:
        self._venues = {v.id: v for v in venues}
        combo = self.form.combo("venue_id")
        Form.set_choices(
            combo,
            [(self.tr("No venue"), None)]
            + [(f"{v.name}, {v.city}" if v.city else v.name, v.id) for v in venues],
        )
        if self._event is not None:
            self.set_event(self._event)

    def venue_names(self) -> dict[int, str]:
        return {v.id: v.name for v in self._venues.values() if v.id is not None}

    def _fill_rooms(self, event: Event) -> None:
        venue = self._venues.get(event.venue_id)
        rooms = venue.rooms if venue else []
        Form.set_choices(
            self.form.combo("room_id"),
            [(self.tr("No room chosen"), None)] + [(r.name, r.id) for r in rooms],
        )
        room = venue.room_by_id(event.room_id) if venue else None
        layouts: list[tuple[str, object]] = [(self.tr("No layout chosen"), None)]
        for layout in SeatingLayout:
            seats = room.capacity(layout) if room else None
            if room is None or seats is not None:
                label = layout_label(layout)
                layouts.append((f"{label} ({seats})" if seats is not None else label, layout))
        Form.set_choices(self.form.combo("layout"), layouts)
        if event.venue_id is None:
            self.venue_label.setText(self.tr("This event has no venue yet."))
        elif venue is not None:
            self.venue_label.setText(venue.address_line)
        else:
            self.venue_label.setText("")

    # -- data ------------------------------------------------------------
    def current_event(self) -> Event | None:
        return copy.deepcopy(self._event)

    def adopt(self, event: Event) -> None:
        """Take `event`, just offered for saving, as the one edited: the next edit builds
        on it while the save runs (the form already shows it)."""
        self._event = copy.deepcopy(event)

    def set_event(self, event: Event | None) -> None:
        new_record = (event.id if event else None) != (self._event.id if self._event else None)
        self._event = copy.deepcopy(event)
        self.setEnabled(event is not None)
        shown = event or Event()
        self.heading.setText(shown.title or (self.tr("No event selected") if event is None else ""))
        self._fill_rooms(shown)
        self.form.load(shown)
        self._load_tables(
            [
                (self.programme, shown.programme),
                (self.catering, shown.catering),
                (self.groups, shown.invitee_groups),
                (self.signatories, shown.signatories),
                (self.attachments, shown.attachments),
            ],
            new_record,
        )
        self._show_banner([])
        self._show_learned(shown)

    def set_learned_rates(self, learned: dict[EventKind, MeasuredEvent]) -> None:
        """What past events measured; a new kind chosen takes its last rate as default."""
        self._learned = dict(learned)
        self._show_learned(self._event or Event())

    def learned_rate(self, kind: EventKind) -> float | None:
        found = self._learned.get(kind)
        return found.no_show_rate if found is not None else None

    def _show_learned(self, event: Event) -> None:
        found = self._learned.get(event.kind)
        if found is None or found.event_id == event.id:
            self.no_show_hint.setText("")
            return
        self.no_show_hint.setText(
            self.tr("Measured at the last event of this kind: %1 % (%2, %3)")
            .replace("%1", f"{found.no_show_rate * 100:.0f}")
            .replace("%2", found.title)
            .replace("%3", short_date(found.date))
        )

    def _on_edited(self, attr: str = "") -> None:
        if self._event is None:
            return
        after = copy.deepcopy(self._event)
        problems = self.form.store(after)
        settle_place(self._event, after, self._venues.get(after.venue_id))
        if attr == "kind" and after.kind != self._event.kind:
            # Capacity planning learns from real meetings: a rate nobody set by hand (none,
            # or the one learned for the kind before) becomes the new kind's measured one.
            learned = self.learned_rate(after.kind)
            untouched = after.no_show_rate in (0.0, self.learned_rate(self._event.kind))
            if learned is not None and untouched:
                after.no_show_rate = learned
        after.programme = self.programme.model.items()
        after.catering = self.catering.model.items()
        after.invitee_groups = self.groups.model.items()
        after.signatories = self.signatories.model.items()
        after.attachments = self.attachments.model.items()
        problems += validate_event(after, self._venues.get(after.venue_id))
        self._offer(
            self._event, after, problems, self.tr("Edit event %1").replace("%1", after.title)
        )
