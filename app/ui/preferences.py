"""Preferences: language, online services (geocoding, map tiles), walking speed, defaults, privacy."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from ..domain import SeatingLayout
from ..domain.privacy import DEFAULT_RETENTION_MONTHS
from ..services.map_features import tile_url_problem
from .labels import layout_label
from .map_settings import TILE_ATTRIBUTION_KEY, TILE_URL_KEY
from .ui_language import LANGUAGE_KEY

# Here, not in geocode_dialog: that one imports geopy, which start-up need not pay for.
SETTINGS_SERVICE = "geocoding/service"  # "nominatim" or "photon"
SETTINGS_URL = "geocoding/url"  # empty for the service's public server

GEOCODING_ENABLED_KEY = "network/geocoding"
TILES_ENABLED_KEY = "network/tiles"
SURROUNDINGS_ENABLED_KEY = "network/surroundings"
OVERPASS_URL_KEY = "map/overpassUrl"  # empty for the public Overpass API
# The public server, written here too: services/overpass imports geopy (start-up need not).
DEFAULT_OVERPASS_URL = "https://overpass-api.de/api/interpreter"
WALKING_SPEED_KEY = "walking/speed_kmh"
DEFAULT_LAYOUT_KEY = "events/defaultLayout"
RETENTION_KEY = "privacy/retentionMonths"


def setting_bool(settings: QSettings, key: str, default: bool = True) -> bool:
    value = settings.value(key, default)
    return value if isinstance(value, bool) else str(value).lower() in ("true", "1", "yes")


def walking_speed(settings: QSettings | None = None) -> float:
    """The walking speed (km/h) set in Preferences, for routes and walking times."""
    try:
        speed = float(str((settings or QSettings()).value(WALKING_SPEED_KEY, 4.5)))
    except (TypeError, ValueError):
        return 4.5
    return speed if 1.0 <= speed <= 8.0 else 4.5


def retention_months(settings: QSettings) -> int:
    try:
        return max(1, int(str(settings.value(RETENTION_KEY, DEFAULT_RETENTION_MONTHS))))
    except (TypeError, ValueError):
        return DEFAULT_RETENTION_MONTHS


class PreferencesDialog(QDialog):
    """Edits the user's settings; they are written when the dialog is accepted."""

    def __init__(self, settings: QSettings, parent=None):
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings

        self.language = QComboBox()
        self.language.setObjectName("language")
        for label, code in ((self.tr("Follow the system"), ""), ("Dansk", "da"), ("English", "en")):
            self.language.addItem(label, code)
        general = QGroupBox(self.tr("General"))
        gform = QFormLayout(general)
        gform.addRow(self.tr("&Language"), self.language)
        note = QLabel(self.tr("A new language applies when Venueplan is started again."))
        note.setWordWrap(True)
        gform.addRow("", note)
        self.layout_choice = QComboBox()
        self.layout_choice.setObjectName("defaultLayout")
        self.layout_choice.addItem(self.tr("None"), "")
        for seating in SeatingLayout:
            self.layout_choice.addItem(layout_label(seating), str(seating))
        gform.addRow(self.tr("Default seating &layout"), self.layout_choice)
        self.walking_speed = QDoubleSpinBox()
        self.walking_speed.setObjectName("walkingSpeed")
        self.walking_speed.setRange(1.0, 8.0)
        self.walking_speed.setSingleStep(0.5)
        self.walking_speed.setDecimals(1)
        self.walking_speed.setSuffix(self.tr(" km/h"))
        self.walking_speed.setToolTip(self.tr("Used to propose walking times from stops"))
        gform.addRow(self.tr("&Walking speed"), self.walking_speed)

        online = QGroupBox(self.tr("Online services"))
        oform = QFormLayout(online)
        self.geocoding_enabled = QCheckBox(self.tr("Look up addresses online"))
        self.geocoding_enabled.setObjectName("geocodingEnabled")
        oform.addRow(self.geocoding_enabled)
        self.geocoding_service = QComboBox()
        self.geocoding_service.setObjectName("geocodingService")
        self.geocoding_service.addItem("Nominatim (OpenStreetMap)", "nominatim")
        self.geocoding_service.addItem("Photon (komoot)", "photon")
        oform.addRow(self.tr("Geocoding &service"), self.geocoding_service)
        self.geocoding_url = QLineEdit()
        self.geocoding_url.setObjectName("geocodingUrl")
        self.geocoding_url.setPlaceholderText(self.tr("Empty: the service's public server"))
        oform.addRow(self.tr("Server &address"), self.geocoding_url)
        self.tiles_enabled = QCheckBox(self.tr("Show online background maps"))
        self.tiles_enabled.setObjectName("tilesEnabled")
        oform.addRow(self.tiles_enabled)
        self.tile_url = QLineEdit()
        self.tile_url.setObjectName("tileUrl")
        self.tile_url.setPlaceholderText("https://tile.openstreetmap.org/{z}/{x}/{y}.png")
        oform.addRow(self.tr("&Tile server"), self.tile_url)
        self.tile_attribution = QLineEdit()
        self.tile_attribution.setObjectName("tileAttribution")
        self.tile_attribution.setPlaceholderText(self.tr("© OpenStreetMap contributors"))
        oform.addRow(self.tr("Tile &attribution"), self.tile_attribution)
        self.tile_problem = QLabel()
        self.tile_problem.setObjectName("tileProblem")
        self.tile_problem.setWordWrap(True)
        self.tile_problem.hide()
        oform.addRow(self.tile_problem)
        self.surroundings_enabled = QCheckBox(
            self.tr("Fetch the streets around each venue once, for printed maps and routes")
        )
        self.surroundings_enabled.setObjectName("surroundingsEnabled")
        oform.addRow(self.surroundings_enabled)
        self.overpass_url = QLineEdit()
        self.overpass_url.setObjectName("overpassUrl")
        self.overpass_url.setPlaceholderText(DEFAULT_OVERPASS_URL)
        self.overpass_url.setToolTip(
            self.tr("An Overpass API server (OpenStreetMap data); empty: the public one")
        )
        oform.addRow(self.tr("&Overpass server"), self.overpass_url)
        self.overpass_problem = QLabel()
        self.overpass_problem.setObjectName("overpassProblem")
        self.overpass_problem.setWordWrap(True)
        self.overpass_problem.hide()
        oform.addRow(self.overpass_problem)
        nothing_else = QLabel(
            self.tr("Venueplan makes no other network connections and sends no usage data.")
        )
        nothing_else.setWordWrap(True)
        oform.addRow(nothing_else)

        privacy = QGroupBox(self.tr("Privacy"))
        pform = QFormLayout(privacy)
        self.retention = QSpinBox()
        self.retention.setObjectName("retentionMonths")
        self.retention.setRange(1, 120)
        self.retention.valueChanged.connect(self._retention_suffix)
        self._retention_suffix(self.retention.value())
        pform.addRow(self.tr("Delete participants' data &after the event"), self.retention)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for box in (general, online, privacy):
            layout.addWidget(box)
        layout.addWidget(buttons)
        self.geocoding_enabled.toggled.connect(self._update_enabled)
        self.tiles_enabled.toggled.connect(self._update_enabled)
        self.surroundings_enabled.toggled.connect(self._update_enabled)
        self._load()

    def _retention_suffix(self, months: int) -> None:
        # " month" / " months" follows the number shown, as Danish "1 måned" / "6 måneder".
        self.retention.setSuffix(self.tr(" month(s)", "", months))

    def _update_enabled(self) -> None:
        for widget in (self.geocoding_service, self.geocoding_url):
            widget.setEnabled(self.geocoding_enabled.isChecked())
        for widget in (self.tile_url, self.tile_attribution):
            widget.setEnabled(self.tiles_enabled.isChecked())
        self.overpass_url.setEnabled(self.surroundings_enabled.isChecked())

    def _load(self) -> None:
        s = self.settings
        self.language.setCurrentIndex(
            max(0, self.language.findData(str(s.value(LANGUAGE_KEY, ""))))
        )
        self.layout_choice.setCurrentIndex(
            max(0, self.layout_choice.findData(str(s.value(DEFAULT_LAYOUT_KEY, ""))))
        )
        try:
            self.walking_speed.setValue(float(str(s.value(WALKING_SPEED_KEY, 4.5))))
        except (TypeError, ValueError):
            self.walking_speed.setValue(4.5)
        self.geocoding_enabled.setChecked(setting_bool(s, GEOCODING_ENABLED_KEY))
        self.geocoding_service.setCurrentIndex(
            max(0, self.geocoding_service.findData(str(s.value(SETTINGS_SERVICE, "nominatim"))))
        )
        self.geocoding_url.setText(str(s.value(SETTINGS_URL, "") or ""))
        self.tiles_enabled.setChecked(setting_bool(s, TILES_ENABLED_KEY))
        self.tile_url.setText(str(s.value(TILE_URL_KEY, "") or ""))
        self.tile_attribution.setText(str(s.value(TILE_ATTRIBUTION_KEY, "") or ""))
        self.surroundings_enabled.setChecked(setting_bool(s, SURROUNDINGS_ENABLED_KEY))
        self.overpass_url.setText(str(s.value(OVERPASS_URL_KEY, "") or ""))
        self.retention.setValue(retention_months(s))
        self._update_enabled()

    def accept(self) -> None:
        tile_url = self.tile_url.text().strip()
        # The tile server reaches the map page's HTML: a URL that could carry markup or
        # script is refused here, before it is stored.
        if self.tiles_enabled.isChecked() and tile_url and tile_url_problem(tile_url):
            self.tile_problem.setText(
                self.tr(
                    "The tile server must be an http:// or https:// address with {z}, {x} "
                    "and {y}, without spaces, quotes, backslashes or angle brackets."
                )
            )
            self.tile_problem.show()
            self.tile_url.setFocus()
            return
        overpass_url = self.overpass_url.text().strip()
        if overpass_url and not overpass_url.lower().startswith(("http://", "https://")):
            self.overpass_problem.setText(
                self.tr("The Overpass server must be an http:// or https:// address.")
            )
            self.overpass_problem.show()
            self.overpass_url.setFocus()
            return
        s = self.settings
        s.setValue(LANGUAGE_KEY, self.language.currentData())
        s.setValue(DEFAULT_LAYOUT_KEY, self.layout_choice.currentData())
        s.setValue(WALKING_SPEED_KEY, self.walking_speed.value())
        s.setValue(GEOCODING_ENABLED_KEY, self.geocoding_enabled.isChecked())
        s.setValue(SETTINGS_SERVICE, self.geocoding_service.currentData())
        s.setValue(SETTINGS_URL, self.geocoding_url.text().strip())
        s.setValue(TILES_ENABLED_KEY, self.tiles_enabled.isChecked())
        s.setValue(TILE_URL_KEY, tile_url)
        s.setValue(TILE_ATTRIBUTION_KEY, self.tile_attribution.text().strip())
        s.setValue(SURROUNDINGS_ENABLED_KEY, self.surroundings_enabled.isChecked())
        s.setValue(OVERPASS_URL_KEY, overpass_url)
        s.setValue(RETENTION_KEY, self.retention.value())
        s.sync()
        super().accept()
