"""Messages of the storage and import services (written in English for the CLI and the log)
in the user's language, as the window shows them.

A message is matched by its English shape; one that is not known here is shown as it
came, which is still a clear English line rather than nothing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ..domain import Event
    from ..storage import Project


def _file_messages() -> dict[str, str]:
    # "NAME: problem." from the readers; the window writes "NAME problem." without the colon.
    return {
        "no such file.": QCoreApplication.translate("messages", "%1 does not exist."),
        "is a folder, not a file.": QCoreApplication.translate(
            "messages", "%1 is a folder, not a file."
        ),
        "is empty (0 bytes).": QCoreApplication.translate("messages", "%1 is empty (0 bytes)."),
        "is a PDF document, not a spreadsheet.": QCoreApplication.translate(
            "messages", "%1 is a PDF document, not a spreadsheet."
        ),
        "is a web page or XML file, not a spreadsheet.": QCoreApplication.translate(
            "messages", "%1 is a web page or XML file, not a spreadsheet."
        ),
        "has no rows (the file holds no data).": QCoreApplication.translate(
            "messages", "%1 has no rows (the file holds no data)."
        ),
        "is not a spreadsheet or CSV text file.": QCoreApplication.translate(
            "messages", "%1 is not a spreadsheet or a CSV text file."
        ),
        "is damaged (broken UTF-16 text).": QCoreApplication.translate(
            "messages", "%1 is damaged (broken UTF-16 text)."
        ),
        "is not a Venueplan project.": QCoreApplication.translate(
            "messages", "%1 is not a Venueplan project."
        ),
    }


_CONFLICT = re.compile(
    r"^The (venue|event) was changed elsewhere since you opened it; "
    r"reload it and make your change again\.$"
)
_REGISTRATION = re.compile(
    r"^The registration of (?P<name>.+) was (?P<how>changed|deleted) elsewhere since you "
    r"opened it; your edit was not saved\.( Its current details are shown now\.)?$"
)
# Undo and redo of registration changes refused (application/registrations.py).
_RESTORE = re.compile(
    r"^(?P<names>.+) — changed since \(by an import, another window or a colleague\), so "
    r"this step cannot be undone or redone without overwriting that change\.$",
    re.S,
)
_PURGED = re.compile(
    r"^The personal data of “(?P<title>.+)” was deleted on (?P<date>\d\d-\d\d-\d{4}); "
    r"this step would bring some of it back, so it can no longer be undone or redone\.$",
    re.S,
)
# A team server's row-level security (storage/rows.refuse_unchanged, storage/server.py) and a
# bulk change of people no longer in the event (services/registration_changes.py).
_NOT_YOURS = re.compile(
    r"^Event \d+ belongs to another organisation; the server lets you change only your own "
    r"organisation's events\.$"
)
_POLICY = re.compile(
    r"^.+?: (?P<user>.+) may add and change only events and registrations of their own "
    r"organisation( \(in \w+\))?\.$"
)
_NOT_THERE = re.compile(
    r"^There is no registration with id \d+ in this event \(deleted elsewhere since\?\); "
    r"nothing was changed\.$"
)
# A child process that ended in the middle of a job (services/process_pool.py).
_CHILD_ENDED = re.compile(
    r"^The background process stopped unexpectedly \(exit code (?P<code>-?\d+|None)\)\.$"
)
_FILE = re.compile(r"^(?P<name>.+?): (?P<problem>[a-z].*)$", re.S)
# Refusals from a server (storage/server.py, storage/project.py): "kkr on db.example.dk: …"
_SERVER = re.compile(r"^(?P<db>.+?) on (?P<host>\S+): (?P<problem>[a-z].*)$", re.S)
_SERVER_DETAIL = re.compile(
    r"^(?P<problem>cannot reach the server|the server refused) \((?P<detail>.*)\)\.$", re.S
)


def _server_message(match: re.Match[str]) -> str | None:
    """A server's refusal in the UI's language; the server's own reason stays as it said it."""
    name = (
        QCoreApplication.translate("ConnectDialog", "%1 on %2")
        .replace("%1", match["db"])
        .replace("%2", match["host"])
    )
    problem = match["problem"]
    if detail := _SERVER_DETAIL.match(problem):
        text = (
            QCoreApplication.translate("messages", "%1: cannot reach the server (%2).")
            if detail["problem"] == "cannot reach the server"
            else QCoreApplication.translate("messages", "%1: the server refused (%2).")
        )
        return text.replace("%1", name).replace("%2", detail["detail"])
    if problem == "the server has no such database.":
        return QCoreApplication.translate(
            "messages", "%1: the server has no such database."
        ).replace("%1", name)
    for shape, text in (
        (
            r"the server did not accept the password for (.+)\.",
            QCoreApplication.translate(
                "messages", "%1: the server did not accept the password for %2."
            ),
        ),
        (
            r"the server asks for a password for (.+); none was given\.",
            QCoreApplication.translate(
                "messages", "%1: the server asks for a password for %2; none was given."
            ),
        ),
    ):
        if who := re.fullmatch(shape, problem, re.S):
            return text.replace("%1", name).replace("%2", who[1])
    if problem.startswith("holds no Venueplan project"):
        return QCoreApplication.translate(
            "messages",
            "%1 holds no Venueplan project yet (copy one there with “venueplan copy”).",
        ).replace("%1", name)
    if problem == "is not a Venueplan project.":
        return QCoreApplication.translate("messages", "%1 is not a Venueplan project.").replace(
            "%1", name
        )
    if who := re.fullmatch(r"the server does not let (.+) do this\.", problem, re.S):
        return (
            QCoreApplication.translate("messages", "%1: the server does not let %2 do this.")
            .replace("%1", name)
            .replace("%2", who[1])
        )
    return None


def message_text(message: str) -> str:
    """`message` in the UI's language when its shape is known, else as it came."""
    if match := _CONFLICT.match(message):
        if match[1] == "venue":
            return QCoreApplication.translate(
                "messages",
                "The venue was changed elsewhere (another window or a colleague) since you "
                "opened it; it has been reloaded, so make your change again.",
            )
        return QCoreApplication.translate(
            "messages",
            "The event was changed elsewhere (another window or a colleague) since you "
            "opened it; it has been reloaded, so make your change again.",
        )
    if match := _RESTORE.match(message):
        return QCoreApplication.translate(
            "messages",
            "%1 — changed since (by an import, another window or a colleague), so this "
            "step cannot be undone or redone without overwriting that change.",
        ).replace("%1", match["names"])
    if match := _PURGED.match(message):
        danish = QLocale().language() == QLocale.Language.Danish
        date = match["date"].replace("-", ".") if danish else match["date"]
        return (
            QCoreApplication.translate(
                "messages",
                "The personal data of “%1” was deleted on %2; this step would bring some of "
                "it back, so it can no longer be undone or redone.",
            )
            .replace("%1", match["title"])
            .replace("%2", date)
        )
    if match := _REGISTRATION.match(message):
        if match["how"] == "deleted":
            text = QCoreApplication.translate(
                "messages",
                "The registration of %1 was deleted elsewhere (another window or a colleague) "
                "since you opened it; your change was not saved.",
            )
        else:
            text = QCoreApplication.translate(
                "messages",
                "The registration of %1 was changed elsewhere (another window or a colleague) "
                "since you opened it; your change was not saved. Its current details are "
                "shown now.",
            )
        return text.replace("%1", match["name"])
    if _NOT_YOURS.match(message):
        return QCoreApplication.translate(
            "messages",
            "This event belongs to another organisation; the server lets you change only your "
            "own organisation's events.",
        )
    if match := _POLICY.match(message):
        return QCoreApplication.translate(
            "messages",
            "%1 may add and change only events and registrations of their own organisation "
            "on this server.",
        ).replace("%1", match["user"])
    if _NOT_THERE.match(message):
        return QCoreApplication.translate(
            "messages",
            "A registration you chose is no longer in this event (deleted elsewhere since?); "
            "nothing was changed.",
        )
    if match := _CHILD_ENDED.match(message):
        return QCoreApplication.translate(
            "messages",
            "The background process stopped unexpectedly (exit code %1); nothing was changed.",
        ).replace("%1", match["code"])
    if (match := _SERVER.match(message)) and (server_text := _server_message(match)):
        return server_text
    if (match := _FILE.match(message)) and match["problem"] in _file_messages():
        return _file_messages()[match["problem"]].replace("%1", match["name"])
    return message


def people_kept_text(organiser: str) -> str:
    """Why an event's people are not shown: on a team server they are its organiser's."""
    return QCoreApplication.translate(
        "messages",
        "This event is organised by %1. On this server its registrations are shown only to "
        "that organisation's coordinators.",
    ).replace("%1", organiser or QCoreApplication.translate("messages", "no organisation"))


def people_kept(parent: QWidget | None, project: Project, event: Event) -> bool:
    """On a team server, another organisation's event: say so in a message box and return
    True (a list, tags, a workbook or a door of its people would hold nobody)."""
    from PySide6.QtWidgets import QMessageBox

    if not project.people_hidden(event.organiser):
        return False
    QMessageBox.information(
        parent,
        QCoreApplication.translate("messages", "Registrations Not Shown"),
        people_kept_text(event.organiser),
    )
    return True


def format_label_text(label: str) -> str:
    """The import summary's name of the file's layout ("Google Forms", "columns as mapped")."""
    if label == "columns as mapped":
        return QCoreApplication.translate("messages", "columns as mapped")
    return label
