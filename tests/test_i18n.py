"""Danish and English UI: no English left in the Danish windows, the language choice, the tooling."""

from __future__ import annotations

import ast
import datetime as dt
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QThreadPool, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget
from ui_texts import (
    Translations,
    english_words,
    menu_clashes,
    mnemonic,
    mnemonic_clashes,
    visible_mnemonic_texts,
    widget_texts,
)

from app.domain import Registration, RegistrationStatus
from app.domain.waitlist import capacity_reason
from app.storage import Project
from app.ui.application import install_translations
from app.ui.main_window import MainWindow
from app.ui.preferences import LANGUAGE_KEY, PreferencesDialog
from app.ui.workers import active_workers

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "venueplan_da.ts"
# Danish in full; English (the sources' language) holds only plural forms.
ALL_TS = sorted(TS.parent.glob("venueplan_*.ts"))
TOOL = ROOT / "scripts" / "translations.py"
UI = ROOT / "app" / "ui"
S = RegistrationStatus
# Language names stay in their own language, so anyone can find theirs in a foreign UI.
ALLOWED = {("PreferencesDialog", "English")}


def _tool(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(TOOL), *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


@pytest.fixture(scope="module")
def built():
    result = _tool("build")
    assert result.returncode == 0, result.stderr


@pytest.fixture
def app_language(qapp, built):
    """Install the translations of a settings file; afterwards, English and the old locale again."""
    before = QLocale()

    def install(settings: QSettings) -> QLocale:
        return install_translations(qapp, settings)

    yield install
    for translator in getattr(qapp, "_venueplan_translators", []):
        qapp.removeTranslator(translator)
    qapp._venueplan_translators = []
    QLocale.setDefault(before)


def _settings(tmp_path, language: str) -> QSettings:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, language)
    return settings


def _settle(qtbot) -> None:
    qtbot.waitUntil(lambda: active_workers() == 0, timeout=20_000)
    assert QThreadPool.globalInstance().waitForDone(20_000)


# -- the .ts file itself ------------------------------------------------------------------------


@pytest.mark.parametrize("ts", ALL_TS, ids=lambda p: p.stem)
def test_every_message_has_a_finished_translation_with_the_same_placeholders(ts):
    problems = []
    for context, source, translation, message in Translations(ts).messages():
        texts = Translations.translations(message)
        if translation is None or translation.get("type") or not all(t.strip() for t in texts):
            problems.append(f"{context}: {source!r} is not translated")
            continue
        for text in texts:
            wanted = sorted(re.findall(r"%[0-9n]|\{\w+\}", source))
            if sorted(re.findall(r"%[0-9n]|\{\w+\}", text)) != wanted and not (
                message.get("numerus") == "yes" and "%n" not in text
            ):
                problems.append(f"{context}: {text!r} has other placeholders than {source!r}")
            if (mnemonic(source) is None) != (mnemonic(text) is None):
                problems.append(f"{context}: {text!r} and {source!r} differ in their Alt key")
    assert not problems, "\n".join(problems)


def _literal(node) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_every_translated_text_is_a_literal_lupdate_can_read():
    """tr(variable), tr(f"...") or tr() inside an f-string never reach the .ts file."""
    problems = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        in_fstring = {
            id(n) for j in ast.walk(tree) if isinstance(j, ast.JoinedStr) for n in ast.walk(j)
        }
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            name = node.func.attr
            if name == "tr" and node.args:
                texts = node.args[:1]
            elif (
                name == "translate"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "QCoreApplication"
            ):
                texts = node.args[:2]
            else:
                continue
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            if not all(_literal(t) for t in texts):
                problems.append(f"{where}: {name}() of a text that is not a string literal")
            elif id(node) in in_fstring:
                problems.append(f"{where}: {name}() inside an f-string (lupdate skips it)")
    assert not problems, "\n".join(problems)


# -- the walk through every window --------------------------------------------------------------


def _dialog_classes() -> set[str]:
    """Every QDialog subclass defined under app/ui, so a new dialog cannot be left out."""
    bases_of: dict[str, set[str]] = {}
    for path in UI.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases_of[node.name] = {getattr(b, "id", getattr(b, "attr", "")) for b in node.bases}
    dialogs = {
        "QDialog",
        "QProgressDialog",
        "QMessageBox",
        "QFileDialog",
        "QInputDialog",
        "QPrintDialog",
        "QPrintPreviewDialog",
        "QWizard",
    }
    found: set[str] = set()
    while True:
        more = {name for name, bases in bases_of.items() if bases & (dialogs | found)} - found
        if not more:
            return found
        found |= more


def _registrations(event_id: int) -> list[Registration]:
    at = dt.datetime(2024, 5, 1, 9)
    rows = [
        ("Åse", "Østergaard", "Greve Kommune", S.REGISTERED, False),
        ("Bjørn", "Mølgaard", "Køge Kommune", S.WAITLISTED, True),
        ("Søren", "Ærø", "Ringsted Kommune", S.CANCELLED, False),
        ("Mette", "Lund", "Sorø Kommune", S.ATTENDED, False),
        ("Inger", "Holm", "Næstved Kommune", S.NO_SHOW, False),
    ]
    return [
        Registration(
            event_id=event_id,
            first_name=first,
            last_name=last,
            email=f"{first.lower()}@kommune.dk",
            organisation=town,
            invitee_group="Politikere",
            status=status,
            late=late,
            by_car=True,
            dietary="vegetar",
            registered_at=at + dt.timedelta(hours=i),
            status_reason=capacity_reason(360) if status == S.WAITLISTED else "",
            source_file="tilmelding.xlsx",
            source_row=i + 2,
        )
        for i, (first, last, town, status, late) in enumerate(rows)
    ]


def _dialog_recipes(window: MainWindow, tmp_path: Path) -> dict:
    """How to open each dialog of app/ui as a user would meet it."""
    from gtfs_feed import write_zip
    from registration_exports import write_csv

    from app.services.geocoding import Geocoder
    from app.services.registration_import import prepare
    from app.services.stops_cache import StopsCache
    from app.ui.about_dialog import AboutDialog
    from app.ui.column_mapping_dialog import ColumnMappingDialog
    from app.ui.connect_dialog import ConnectDialog
    from app.ui.export_dialog import ExportDialog
    from app.ui.geocode_dialog import GeocodeDialog
    from app.ui.mail_dialog import MailDialog
    from app.ui.nearest_stations_dialog import NearestStationsDialog
    from app.ui.registration_dialog import RegistrationDialog
    from app.ui.user_guide import UserGuideDialog

    project, event_id = window.project, window.current_event_id
    venue = next(v for v in project.venues.all() if v.name == "Egedal Rådhus")

    def mapping():
        rows = [["Deltager", "Mail", "Noget"], ["Anna Berg", "a@x.dk", "1"]]
        prepared = prepare(write_csv(tmp_path / "liste.csv", rows))
        return ColumnMappingDialog(prepared.table, prepared.plan.mapping, window)

    def stations():
        cache = StopsCache(tmp_path / "stops")
        cache.import_feed(write_zip(tmp_path / "feed.zip"))
        return NearestStationsDialog(cache, venue, window)

    def registration():
        saved = project.registrations.for_event(event_id)
        imported = next(r for r in saved if r.source_row)
        return RegistrationDialog(imported, ["Politikere"], ["Køge Kommune"], window)

    return {
        "AboutDialog": [lambda: AboutDialog(window)],
        "UserGuideDialog": [lambda: UserGuideDialog(window)],
        "PreferencesDialog": [lambda: PreferencesDialog(window.settings, window)],
        "ExportDialog": [lambda: ExportDialog(project, event_id, window)],
        "ColumnMappingDialog": [mapping],
        "RegistrationDialog": [registration, lambda: RegistrationDialog(parent=window)],
        "GeocodeDialog": [
            lambda: GeocodeDialog(
                Geocoder(tmp_path / "geo"), "Dronning Dagmars Vej 200, 3650 Ølstykke", "dk", window
            )
        ],
        "NearestStationsDialog": [stations],
        "ConnectDialog": [
            lambda: ConnectDialog("postgresql://kkr@db.example.dk/kkr", window),
            lambda: ConnectDialog("", window),
        ],
        "MailDialog": [
            lambda: MailDialog(project, event_id, "invitation", window),
            lambda: MailDialog(project, event_id, "practical", window),
        ],
    }


class Walk:
    """Collects what the user reads, and the Alt keys that clash, while the test moves around."""

    def __init__(self, qtbot):
        self.qtbot = qtbot
        self.texts: list[tuple[str, str]] = []
        self.clashes: list[str] = []

    def look(self, widget, place: str) -> None:
        QApplication.processEvents()
        self.texts += [(f"{place}: {where}", text) for where, text in widget_texts(widget)]
        clashes = mnemonic_clashes(visible_mnemonic_texts(widget))
        if clashes:
            self.clashes.append(f"{place}: {clashes}")

    def tabs(self, widget, place: str, window=None) -> None:
        """`window` (or `widget`) with each tab of each tab widget in `widget` shown in turn."""
        window = window or widget
        self.look(window, place)
        for tabs in widget.findChildren(QTabWidget):
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                self.look(window, f"{place}, tab {tabs.tabText(i)}")
            tabs.setCurrentIndex(0)


def _walk_main_window(walk: Walk, window: MainWindow, tmp_path: Path) -> None:
    from registration_exports import MSFORMS_DA, write_xlsx

    qtbot = walk.qtbot
    kickoff = next(e for e in window.project.events.all() if e.title.startswith("Kickoff"))
    kickoff.capacity_limit = 4  # full, so the import puts someone on the waiting list
    window.project.events.save(kickoff)
    window.events_page.reload()
    window.project.registrations.add_many(_registrations(kickoff.id))
    window.set_current_event(kickoff.id)
    window.registrations_view.import_files([write_xlsx(tmp_path / "Tilmelding.xlsx", MSFORMS_DA)])
    qtbot.waitUntil(lambda: not window.registrations_view.is_busy(), timeout=20_000)
    _settle(qtbot)
    walk.look(window.menuBar(), "menus")
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        page = window.stack.currentWidget()
        if page is window.capacity_page:
            qtbot.waitUntil(lambda: window.capacity_view.report is not None, timeout=10_000)
        if page is window.venues_page:
            for venue_row in range(window.venues_page.list_model.rowCount()):
                window.venues_page.view.selectRow(venue_row)
                walk.tabs(page, f"venues page, row {venue_row}", window)
        else:
            walk.tabs(page, f"page {window.nav.item(row).text()}", window)
    # A document's print preview, as the Documents menu opens it.
    preview = window.documents._printer("handout").create_preview_dialog()
    preview.show()
    walk.look(preview, "print preview")
    preview.close()
    _settle(qtbot)


def test_no_english_text_is_left_in_the_danish_windows(qtbot, app_language, sample_path, tmp_path):
    settings = _settings(tmp_path, "da")
    locale = app_language(settings)
    assert locale.language() == QLocale.Language.Danish
    window = MainWindow(Project.open(sample_path), settings)
    qtbot.addWidget(window)
    window.show()
    walk = Walk(qtbot)
    _walk_main_window(walk, window, tmp_path)

    recipes = _dialog_recipes(window, tmp_path)
    missing = _dialog_classes() - set(recipes)
    assert not missing, f"add a recipe to open {sorted(missing)} to _dialog_recipes"
    for name, makers in recipes.items():
        for make in makers:
            dialog: QDialog = make()
            dialog.show()
            if name == "GeocodeDialog":
                qtbot.waitUntil(lambda d=dialog: "…" not in d.status.text(), timeout=10_000)
            walk.tabs(dialog, name)
            dialog.reject()
            _settle(qtbot)
            dialog.deleteLater()

    english = Translations(TS)
    first_seen: dict[str, str] = {}
    for where, text in walk.texts:
        if (where.split(":", 1)[0], text) not in ALLOWED:
            first_seen.setdefault(text, where)
    leaks = [
        f"{where}: {text!r} (source {english.english_source_of(text)!r})"
        for text, where in first_seen.items()
        if english.english_source_of(text)
    ]
    worded = [
        f"{where}: {text!r} {sorted(english_words(text))}"
        for text, where in first_seen.items()
        if english_words(text)
    ]
    clashes = walk.clashes + [
        f"menu {name}: {c}" for name, c in menu_clashes(window.menuBar()).items()
    ]
    assert not (leaks or worded or clashes), "\n".join(
        [
            "English from the .ts file in the Danish UI:",
            *leaks,
            "English sentences from elsewhere:",
            *worded,
            "Alt keys used twice:",
            *clashes,
        ]
    )
    shown = {text for _, text in walk.texts}
    assert {"Mødesteder", "&Filer", "Forplej&ning", "Om Venueplan", "Indstillinger"} <= shown
    # Dates follow the Danish locale: the event list and the date field of the editor.
    window.nav.setCurrentRow(window.stack.indexOf(window.events_page))
    window.events_page.select(
        next(e.id for e in window.project.events.all() if e.date == dt.date(2024, 4, 30))
    )
    assert any(re.match(r"30\.? apr\. 2024", text) for text in shown)
    date_field = window.events_page.editor.form.widget("date")
    assert date_field.line.text() == "30.04.2024"
    assert window.events_page.editor.form.widget("end_time").text() == "18.30"


# -- the language choice ------------------------------------------------------------------------


def _start(qtbot, app_language, sample_path, settings_file: Path) -> MainWindow:
    """What a new start does: read the settings, install the language, open the window."""
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    app_language(settings)
    window = MainWindow(Project.open(sample_path), settings)
    qtbot.addWidget(window)
    return window


def _choose_language(window: MainWindow, code: str) -> None:
    dialog = PreferencesDialog(window.settings, window)
    dialog.language.setCurrentIndex(dialog.language.findData(code))
    dialog.accept()


def test_a_new_language_applies_at_the_next_start(qtbot, app_language, sample_path, tmp_path):
    settings_file = tmp_path / "settings.ini"
    _settings(tmp_path, "da").sync()
    window = _start(qtbot, app_language, sample_path, settings_file)
    assert window.nav.item(0).text() == "Mødesteder"
    assert window.menuBar().actions()[0].text() == "&Filer"

    _choose_language(window, "en")
    assert window.nav.item(0).text() == "Mødesteder"  # the open window keeps its language
    window.close()
    window = _start(qtbot, app_language, sample_path, settings_file)
    assert window.nav.item(0).text() == "Venues"
    assert window.menuBar().actions()[0].text() == "&File"
    assert QLocale().language() == QLocale.Language.English

    _choose_language(window, "da")
    window.close()
    window = _start(qtbot, app_language, sample_path, settings_file)
    assert window.nav.item(0).text() == "Mødesteder"
    assert QLocale().name() == "da_DK"


# -- the tooling --------------------------------------------------------------------------------


def test_the_build_makes_the_qm_files_the_app_loads(built):
    assert [p.stem for p in ALL_TS] == ["venueplan_da", "venueplan_en"]
    for ts in ALL_TS:
        qm = ts.with_suffix(".qm")
        assert qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime
    danish, english = QTranslator(), QTranslator()
    assert danish.load(str(TS.with_suffix(".qm")))
    assert english.load(str(ALL_TS[1].with_suffix(".qm")))
    assert danish.translate("MainWindow", "Venues") == "Mødesteder"
    assert danish.translate("CapacityView", "%n people", "", 2) == "%n personer"
    assert english.translate("CapacityView", "%n people", "", 1) == "%n person"
    assert english.translate("MainWindow", "Venues") == ""  # the source text is used


def test_lupdate_finds_no_text_missing_from_the_committed_ts_files(tmp_path):
    for ts in ALL_TS:
        shutil.copy(ts, tmp_path / ts.name)
    result = _tool("update", str(tmp_path))
    assert result.returncode == 0, result.stderr

    def keys(ts: Translations) -> set[tuple[str, str]]:
        return {(context, source) for context, source, _, _ in ts.messages()}

    for ts in ALL_TS:
        committed, rescanned = Translations(ts), Translations(tmp_path / ts.name)
        new = sorted(keys(rescanned) - keys(committed))
        gone = sorted(keys(committed) - keys(rescanned))
        assert not new, (
            f"Texts missing from {ts.name}; run `python scripts/translations.py "
            "update` and translate them:\n" + "\n".join(map(str, new))
        )
        assert not gone, (
            f"Texts no longer in the code, still in {ts.name}; run the update:\n"
            + "\n".join(map(str, gone))
        )
