"""Preferences are stored and used: online services can be switched off, defaults apply."""

from PySide6.QtCore import QSettings

from app.domain import SeatingLayout
from app.ui.preferences import (
    DEFAULT_LAYOUT_KEY,
    GEOCODING_ENABLED_KEY,
    LANGUAGE_KEY,
    PreferencesDialog,
    retention_months,
)


def test_preferences_are_saved_on_ok(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.geocoding_enabled.isChecked() and dialog.tiles_enabled.isChecked()
    dialog.language.setCurrentIndex(dialog.language.findData("da"))
    dialog.geocoding_enabled.setChecked(False)
    assert not dialog.geocoding_url.isEnabled()
    dialog.retention.setValue(12)
    dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData("cabaret"))
    dialog.accept()
    again = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert again.value(LANGUAGE_KEY) == "da"
    assert again.value(GEOCODING_ENABLED_KEY) in (False, "false")
    assert retention_months(again) == 12
    assert again.value(DEFAULT_LAYOUT_KEY) == "cabaret"


def test_geocoding_switched_off_never_asks_the_service(qtbot, sample_path, monkeypatch):
    from app.storage import Project
    from app.ui import geocode_dialog
    from app.ui.main_window import MainWindow

    QSettings().setValue(GEOCODING_ENABLED_KEY, False)
    QSettings().setValue(DEFAULT_LAYOUT_KEY, "u_shape")
    try:
        called = []
        monkeypatch.setattr(
            geocode_dialog.GeocodeDialog,
            "get_place",
            staticmethod(lambda *a, **k: called.append(a)),
        )
        window = MainWindow(Project.open(sample_path), QSettings())
        qtbot.addWidget(window)
        window.show()
        window.venues_page.editor.geocode_button.click()
        assert called == []
        assert "switched off in Preferences" in window.venues_page.editor.banner.text()
        window.nav.setCurrentRow(1)
        window.events_page.new_button.click()
        qtbot.waitUntil(lambda: not window.edits.is_busy(), timeout=10_000)
        assert window.events_page.current_record().layout is SeatingLayout.U_SHAPE
    finally:
        QSettings().remove(GEOCODING_ENABLED_KEY)
        QSettings().remove(DEFAULT_LAYOUT_KEY)
