"""The Participants sheet (an Excel table) and the printed sign-in sheet of an event."""

from __future__ import annotations

from ...domain.attendance import attendance_taken
from ...domain.day_text import TEXT as DAY_TEXT
from ...domain.day_text import attended_cell, day_text
from ...domain.document_text import t
from ...domain.door_list import door_list, listing_order
from ...domain.enums import RegistrationStatus, WaitingFor
from ...domain.formatting import format_phone
from ...domain.registration import Registration
from ...domain.workbook_text import status_name, wt, yes_no
from .list_sheet import REPORT_EVERY, list_sheet
from .styles import row_height

_WRAPPED = {
    "col_name",
    "col_organisation",
    "col_role",
    "col_group",
    "col_status_note",
    "col_dietary",
    "col_accessibility",
    "col_comment",
}
_STATUS_STYLE = {
    RegistrationStatus.WAITLISTED: "cell_waiting",
    RegistrationStatus.CANCELLED: "cell_cancelled",
}


def heading(key: str, lang) -> str:
    """A column heading from the workbook's words or the meeting day's."""
    return day_text(key, lang) if key in DAY_TEXT else wt(key, lang)


def _columns(ctx) -> list[tuple[str, str]]:
    """(heading key, style) of the Participants columns; the sharing export has fewer."""
    cols = [
        ("col_no", "cell_number"),
        ("col_name", "cell"),
        ("col_organisation", "cell"),
        ("col_role", "cell"),
        ("col_group", "cell"),
        ("col_status", "cell"),
        ("col_status_note", "cell"),
        ("col_registered_at", "cell_datetime"),
    ]
    if ctx.tables:
        cols.insert(5, ("col_table", "cell_number"))
    if attendance_taken(ctx.registrations):
        cols.insert(cols.index(("col_status", "cell")) + 1, ("col_attended", "cell"))
    if ctx.sensitive:
        cols += [
            ("col_email", "cell"),
            ("col_phone", "cell"),
            ("col_dietary", "cell"),
            ("col_accessibility", "cell"),
        ]
    cols.append(("col_by_car", "cell_centre"))
    if ctx.sensitive:
        # Needing accessible parking says something about health: full export only.
        cols += [("col_accessible_parking", "cell_centre"), ("col_comment", "cell")]
    return cols


def _status_notes(ctx) -> dict[int, str]:
    """Why each waitlisted registration waits, in the workbook's language."""
    lang, notes = ctx.lang, {}
    for v in ctx.report.quota_violations:
        notes[v.registration_id] = wt(
            "quota_note", lang, organisation=v.organisation, quota=v.quota, group=v.group
        )
    for r in ctx.registrations:
        if (
            r.id not in notes
            and r.status == RegistrationStatus.WAITLISTED
            and r.waiting_for == WaitingFor.SEAT
        ):
            notes[r.id] = wt("capacity_note", lang)
    return notes


def _row(number: int, r: Registration, ctx, notes: dict, columns: list[str]) -> list:
    lang = ctx.lang
    row = [
        number,
        r.name,
        r.organisation,
        r.role,
        r.invitee_group,
        status_name(r.status, lang),
        notes.get(r.id, ""),
        r.registered_at,
    ]
    if "col_table" in columns:
        row.insert(5, ctx.tables.get(r.id))
    if "col_attended" in columns:
        cell = attended_cell(r, ctx.event.date, ctx.today, lang)
        row.insert(columns.index("col_attended"), cell)
    if ctx.sensitive:
        row += [r.email, format_phone(r.phone), r.dietary, r.accessibility]
    row.append(yes_no(r.by_car, lang))
    if ctx.sensitive:
        row += [yes_no(r.accessible_parking, lang), r.comment]
    return row


def participants_sheet(book, ctx, progress) -> None:
    """One row per registration as a sortable, filterable table: the people expected first,
    numbered as on the sign-in sheet and participant list, then the waiting list and
    cancellations."""
    lang = ctx.lang
    columns = _columns(ctx)
    notes = _status_notes(ctx)
    ordered = listing_order(ctx.registrations)
    keys = [key for key, _ in columns]
    rows = [_row(i, r, ctx, notes, keys) for i, r in enumerate(ordered, start=1)]
    status_col = keys.index("col_status")

    def status_style(index: int, styles: list[str]) -> list[str]:
        special = _STATUS_STYLE.get(ordered[index].status)
        if special is None:
            return styles
        styles = list(styles)
        styles[status_col] = special
        return styles

    list_sheet(
        book,
        name=wt("sheet_participants", lang),
        table="Participants",
        title=ctx.event.title,
        subtitle=f"{ctx.when} \u00b7 {wt('participants_count', lang, count=len(rows))}",
        notice=privacy_notice(ctx, counts_hint=True),
        headings=[heading(key, lang) for key, _ in columns],
        rows=rows,
        styles=[style for _, style in columns],
        wrap={i for i, (key, _) in enumerate(columns) if key in _WRAPPED},
        row_styles=status_style,
        freeze_column="C",
        progress=progress,
    )


def privacy_notice(ctx, counts_hint: bool = False) -> str:
    """The line under a title saying what personal data the file holds."""
    text = wt("personal_data" if ctx.sensitive else "for_sharing", ctx.lang)
    if counts_hint and not ctx.sensitive:
        text += " " + wt("counts_elsewhere", ctx.lang, sheet=wt("sheet_logistics", ctx.lang))
    return text


def sign_in_sheet(book, ctx, progress) -> None:
    """Name, organisation and a signature box per person: A4 portrait, headers on every page."""
    lang = ctx.lang
    people = door_list(ctx.registrations)
    widths = [6, 30, 7, 29, 30] if ctx.tables else [6, 34, 32, 30]
    s = book.sheet(wt("sheet_sign_in", lang), widths, title_rows="1:3", freeze="A4")
    s.title(ctx.event.title)
    where = ", ".join(
        p for p in ((ctx.room.name if ctx.room else ""), (ctx.venue.name if ctx.venue else "")) if p
    )
    s.subtitle(
        " \u00b7 ".join(
            p
            for p in (
                t("sign_in", lang),
                ctx.when,
                where,
                wt("sign_in_count", lang, count=len(people)),
            )
            if p
        )
    )
    headings = [
        wt("col_no", lang),
        wt("col_name", lang),
        wt("col_organisation", lang),
        wt("col_signature", lang),
    ]
    styles = ["sign_number", "sign", "sign", "sign"]
    if ctx.tables:  # "Bord" beside the name, so the door can point the way
        headings.insert(2, day_text("col_table", lang))
        styles.insert(2, "sign_number")
    s.header(headings, height=20)
    for i, r in enumerate(people, start=1):
        # 28 points leave room to sign; two-line names or organisations get more.
        height = max(28.0, row_height([r.name, r.organisation], [widths[1], widths[-2]]) or 0)
        row = [i, r.name, r.organisation, None]
        if ctx.tables:
            row.insert(2, ctx.tables.get(r.id))
        s.append(row, styles, height=height)
        if i % REPORT_EVERY == 0:
            progress.step(REPORT_EVERY)
    progress.step(len(ctx.registrations) - (len(people) // REPORT_EVERY) * REPORT_EVERY)
