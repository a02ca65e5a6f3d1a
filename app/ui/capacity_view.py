"""The capacity view: does the event fit, quotas, parking, catering and warnings at a glance."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import SeatingLayout
from ..services.capacity_report import build_report
from ..services.capacity_types import CapacityReport, CateringLine, GroupQuota, Parking
from ..storage import Project, ProjectError
from .capacity_bar import AMBER, GREEN, INK, RED, SLATE, CapacityBar
from .capacity_texts import diet_label, warning_text
from .labels import layout_label, status_label
from .quota_table_model import QuotaTableModel, QuotaViolationModel
from .typed_fields import show_time
from .workers import Worker, run_in_pool


def _fit_height(view: QTableView, max_rows: int) -> None:
    """Make a short table just tall enough for its rows, so the space goes to the quota table."""
    rows = min(view.model().rowCount(), max_rows)
    height = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
    height += sum(view.verticalHeader().sectionSize(i) for i in range(rows))
    view.setFixedHeight(height + 2)


def _section(title: str) -> tuple[QGroupBox, QVBoxLayout]:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    return box, layout


def _table(model, *stretch: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # The long columns share what is left and elide, so the numbers always show.
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    return view


class CapacityView(QWidget):
    """One event's fit, quotas, parking, catering and warnings.

    The report is built off the UI thread; `refresh()` may be called as often as
    registrations change (connect a `registrations_changed(int)` signal to it).

    Signals: report_shown(object report), failed(str message).
    """

    report_shown = Signal(object)
    failed = Signal(str)

    def __init__(self, project: Project, parent=None):
        super().__init__(parent)
        self.project = project
        self.event_id: int | None = None
        self.report: CapacityReport | None = None
        self._running = False
        self._again = False
        self._build()
        self._show_empty(self.tr("Choose an event to see whether it fits."))

    # -- building -----------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.headline = QLabel()
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.bar = CapacityBar()
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.warnings = QLabel()
        self.warnings.setObjectName("capacityWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.RichText)
        self.warnings.setStyleSheet(
            "QLabel#capacityWarnings { background: #fff4e0; border: 1px "
            "solid #f0c36d; border-radius: 4px; padding: 6px; }"
        )
        self.quota_model = QuotaTableModel(self)
        self.violation_model = QuotaViolationModel(status_label, self)
        self.quota_table = _table(self.quota_model, QuotaTableModel.GROUP)
        self.violation_table = _table(
            self.violation_model, QuotaViolationModel.GROUP, QuotaViolationModel.REASON
        )
        self.violation_label = QLabel(self.tr("Over a quota (first come, first served):"))
        self.parking = QLabel()
        self.access = QLabel()
        self.catering = QLabel()
        for label in (self.parking, self.access, self.catering, self.subtitle):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)

        quota_box, quota_layout = _section(self.tr("Invitee group quotas"))
        self.quota_empty = QLabel()
        self.quota_empty.setWordWrap(True)
        for w in (self.quota_empty, self.quota_table, self.violation_label, self.violation_table):
            # The quota table takes the height; without it the spacer keeps the note on top.
            quota_layout.addWidget(w, 1 if w is self.quota_table else 0)
        quota_layout.addStretch(0)
        side = QVBoxLayout()
        for title, label in (
            (self.tr("Accessibility"), self.access),
            (self.tr("Parking"), self.parking),
            (self.tr("Catering"), self.catering),
        ):
            box, layout = _section(title)
            layout.addWidget(label)
            side.addWidget(box)
        side.addStretch(1)

        self.body = QWidget()
        grid = QGridLayout(self.body)
        grid.addWidget(self.title, 0, 0, 1, 2)
        grid.addWidget(self.subtitle, 1, 0, 1, 2)
        grid.addWidget(self.headline, 2, 0, 1, 2)
        grid.addWidget(self.bar, 3, 0, 1, 2)
        grid.addWidget(self.legend, 4, 0, 1, 2)
        grid.addWidget(self.warnings, 5, 0, 1, 2)
        grid.addWidget(quota_box, 6, 0)
        grid.addLayout(side, 6, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(6, 1)
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.message)
        outer.addWidget(scroll)
        self._scroll = scroll

    # -- public -------------------------------------------------------------
    def set_project(self, project: Project) -> None:
        """Show another open project (after File > Open); no event is chosen then."""
        self.project = project
        self.set_event(None)

    def set_event(self, event_id: int | None) -> None:
        self.event_id = event_id
        self.report = None
        if event_id is None:
            self._show_empty(self.tr("Choose an event to see whether it fits."))
            return
        self._show_empty(self.tr("Counting…"))
        self.refresh()

    def refresh(self, event_id: int | None = None) -> None:
        """Rebuild the report; a changed event other than the shown one is ignored."""
        if self.event_id is None or (event_id is not None and event_id != self.event_id):
            return
        if self._running:
            self._again = True  # one more run once the current one reports
            return
        self._running, self._again = True, False
        worker = Worker(_report_job, self.project, self.event_id)
        worker.signals.finished.connect(self._on_finished)
        worker.signals.failed.connect(self._on_failed)
        run_in_pool(worker)

    # -- results ------------------------------------------------------------
    def _on_finished(self, result) -> None:
        self._running = False
        event_id, report = result
        if self._again or event_id != self.event_id:
            self.refresh()
            return
        if isinstance(report, str):
            self._show_empty(
                self.tr(
                    "This event is organised by %1. On this server its registrations, and so "
                    "what it needs, are shown only to that organisation's coordinators."
                ).replace("%1", report or QCoreApplication.translate("messages", "no organisation"))
            )
            return
        self.report = report
        self._show(report)
        self.report_shown.emit(report)

    def _on_failed(self, message: str) -> None:
        self._running = False
        if self._again:
            self.refresh()
            return
        self._show_empty(self.tr("The capacity could not be counted: %1").replace("%1", message))
        self.failed.emit(message)

    def _show_empty(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self._scroll.hide()

    def _show(self, r: CapacityReport) -> None:
        self.message.hide()
        self._scroll.show()
        self.title.setText(r.event.title)
        self.subtitle.setText(self._where(r))
        self.headline.setText(self._headline(r))
        self.bar.set_numbers(r.registered, r.waitlisted, r.capacity)
        self.legend.setText(self._legend(r))
        self.bar.setToolTip(self._headline(r, rich=False))
        warnings = [warning_text(w) for w in r.warning_codes]
        self.warnings.setText("<br>".join("⚠ " + html.escape(w) for w in warnings))
        self.warnings.setVisible(bool(warnings))
        self.quota_model.set_rows(r.quotas)
        self.violation_model.set_rows(r.quota_violations)
        has_quotas = bool(r.quotas)
        self.quota_table.setVisible(has_quotas)
        self.quota_empty.setVisible(not has_quotas)
        self.quota_empty.setText(self._no_quota_rows(r.invitee_groups))
        for w in (self.violation_label, self.violation_table):
            w.setVisible(bool(r.quota_violations))
        _fit_height(self.violation_table, max_rows=8)
        places, needed = r.accessible.places, str(r.accessible.needed)
        if places is None:
            self.access.setText(
                self.tr("Need a wheelchair space: %1; no room is chosen.").replace("%1", needed)
            )
        else:
            self.access.setText(
                self.tr("Need a wheelchair space: %1; wheelchair spaces in the room: %2.")
                .replace("%1", needed)
                .replace("%2", str(places))
            )
        self.parking.setText(self._parking(r.parking, has_venue=r.venue is not None))
        self.catering.setText(self._catering(r.catering))

    def _where(self, r: CapacityReport) -> str:
        parts = []
        if r.room and r.venue:
            parts.append(f"{r.room.name}, {r.venue.name}")
        elif r.venue:
            parts.append(r.venue.name)
        if r.layout:
            parts.append(layout_label(SeatingLayout(r.layout)))
        if r.event.date:
            date = QDate.fromString(r.event.date, Qt.DateFormat.ISODate)
            parts.append(QLocale().toString(date, QLocale.FormatType.ShortFormat))
        return html.escape(" · ".join(parts) or self.tr("No venue chosen"))

    # -- texts in the user's language -----------------------------------------
    def _headline(self, r: CapacityReport, rich: bool = True) -> str:
        free, capacity = r.free, r.capacity
        if capacity is None:
            seats = self.tr("capacity unknown")
        elif free is not None and free < 0:
            seats = ", ".join(
                [self.tr("%Ln seat(s)", "", capacity), self.tr("%Ln too many", "", -free)]
            )
        else:
            seats = ", ".join(
                [self.tr("%Ln seat(s)", "", capacity), self.tr("%Ln free", "", free or 0)]
            )
        text = " · ".join(
            [
                self.tr("%Ln registered", "", r.registered),
                self.tr("%Ln waitlisted", "", r.waitlisted),
                self.tr("%Ln cancelled", "", r.cancelled),
                seats,
            ]
        )
        if r.no_show_rate:
            text += " · " + self.tr("Expected attendance: %1 (at %2 % no-shows)").replace(
                "%1", QLocale().toString(r.expected_present or 0)
            ).replace("%2", QLocale().toString(float(r.no_show_rate * 100), "g", 3))
        if not rich:
            return text
        status, colour = {
            "fits": (self.tr("Fits"), GREEN),
            "full": (self.tr("Full"), AMBER),
            "overbooked": (self.tr("Overbooked"), AMBER),
            "over": (self.tr("Over capacity"), RED),
            "unknown": (self.tr("Capacity unknown"), SLATE),
        }[r.status]
        badge = (
            f'<span style="background:{colour}; color:white; font-weight:600;">'
            f"&nbsp;{html.escape(status)}&nbsp;</span>"
        )
        return f'{badge}&nbsp;&nbsp;<span style="font-size:large;">{html.escape(text)}</span>'

    def _no_quota_rows(self, groups: list[GroupQuota]) -> str:
        if not groups:
            return self.tr("This event has no invitee groups.")
        limits = [
            f"{g.name}: "
            + (
                self.tr("no limit")
                if g.quota is None
                else self.tr("%1 per organisation").replace("%1", str(g.quota))
            )
            for g in groups
        ]
        return self.tr("Nobody has registered in an invitee group yet.") + "\n" + "\n".join(limits)

    def _legend(self, r: CapacityReport) -> str:
        def swatch(colour, text):
            return f'<span style="color:{colour};">■</span>&nbsp;{html.escape(text)}'

        items = [swatch(GREEN, self.tr("registered")), swatch(AMBER, self.tr("waitlisted"))]
        if r.free is not None and r.free < 0:
            items.insert(1, swatch(RED, self.tr("over the seats")))
        if r.capacity is not None:
            items.append(
                f'<b style="color:{INK};">|</b>&nbsp;'
                + html.escape(self.tr("%Ln seat(s)", "", r.capacity))
            )
        return "&nbsp;&nbsp;&nbsp;".join(items)

    def _parking(self, p: Parking, has_venue: bool) -> str:
        lines = [
            self.tr("Arriving by car: %1; needing accessible parking: %2.")
            .replace("%1", str(p.demand))
            .replace("%2", str(p.accessible_demand))
        ]
        if not has_venue:
            lines.append(self.tr("No venue is chosen."))
        elif p.all_zones == 0:
            lines.append(self.tr("No parking entered for the venue."))
        elif p.zones == 0:
            lines.append(self.tr("No zone where guests may park."))
        elif p.spaces is None:
            lines.append(self.tr("Guest spaces: not entered (%n zone(s)).", "", p.zones))
        else:
            lines.append(
                self.tr("Guest spaces: %1, of which accessible: %2.")
                .replace("%1", str(p.spaces))
                .replace("%2", str(p.accessible_spaces))
            )
        if p.permit_zones:
            lines.append(self.tr("Permit only: %n zone(s), counted apart.", "", p.permit_zones))
        return "<br>".join(html.escape(line) for line in lines)

    def _catering(self, items: list[CateringLine]) -> str:
        if not items:
            return html.escape(self.tr("No catering planned."))
        out = []
        for c in items:
            time = show_time(dt.time.fromisoformat(c.time)) if c.time else ""
            head = f"<b>{html.escape(time)} {html.escape(c.name)}</b>: " + html.escape(
                self.tr("%n people", "", c.count)
            )
            # "Other" answers are listed as written instead of as a count; a need is named
            # before its count ("vegetarisk: 19"), which reads right in both languages.
            diets = [f"{diet_label(kind)}: {n}" for kind, n in c.dietary.items() if kind != "other"]
            diets += [f"{n} × {note}" for note, n in c.other_notes.items()]
            # Wrap between needs, never inside one ("1 | lactose-free" reads wrong).
            diets = [d.replace(" ", "\u00a0").replace("-", "\u2011") for d in diets]
            if diets:
                head += "<br>&nbsp;&nbsp;" + html.escape(" · ".join(diets))
            out.append(head)
        return "<br>".join(out)

    def sizeHint(self) -> QSize:
        return QSize(900, 640)


def _report_job(project: Project, event_id: int, cancelled=None, report=None):
    """Runs on a pool thread: read and count, touch no widget."""
    try:
        organiser = project.events.get(event_id).organiser
        if project.people_hidden(organiser):
            # A team server shows none of the people: counting them would say "nobody".
            return event_id, organiser
        return event_id, build_report(project, event_id)
    except ProjectError as exc:
        # Its text is written for users (a deleted event, a damaged file): show it as it is.
        raise ValueError(str(exc)) from exc
