"""Help > About: the version, and the licences of the components Venueplan bundles."""

from __future__ import annotations

import html
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout

from .. import __version__

# (distribution, shown name, licence as its authors state it)
COMPONENTS = [
    ("PySide6", "Qt for Python (PySide6)", "LGPL-3.0-only"),
    ("SQLAlchemy", "SQLAlchemy", "MIT"),
    ("folium", "folium", "MIT"),
    ("XStatic-Leaflet", "Leaflet (XStatic-Leaflet)", "BSD-2-Clause"),
    ("XStatic-jQuery", "jQuery (XStatic-jQuery)", "MIT"),
    ("geopy", "geopy", "MIT"),
    ("openpyxl", "openpyxl", "MIT"),
    ("python-calamine", "python-calamine", "MIT"),
]


def _installed(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "—"


class AboutDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Venueplan"))
        title = QLabel(
            f"<h2>Venueplan {html.escape(__version__)}</h2>"
            + self.tr("<p>Venue and logistics planning for event coordinators.</p>")
        )
        title.setWordWrap(True)
        rows = "".join(
            f"<tr><td>{html.escape(name)}</td><td>{html.escape(_installed(dist))}</td>"
            f"<td>{html.escape(licence)}</td></tr>"
            for dist, name, licence in COMPONENTS
        )
        rows += f"<tr><td>Qt</td><td>{html.escape(qVersion())}</td><td>LGPL-3.0-only</td></tr>"
        table = QTextBrowser()
        table.setObjectName("licences")
        table.setAccessibleName(self.tr("Bundled components and their licences:").rstrip(":"))
        table.setOpenExternalLinks(True)
        table.setHtml(
            "<p>" + self.tr("Bundled components and their licences:") + "</p>"
            "<table cellpadding='4'><tr><th align='left'>"
            + self.tr("Component")
            + "</th><th align='left'>"
            + self.tr("Version")
            + "</th><th align='left'>"
            + self.tr("Licence")
            + "</th></tr>"
            + rows
            + "</table>"
            + "<p>"
            + self.tr("Map data © OpenStreetMap contributors (ODbL).")
            + "</p>"
            + f"<p>PySide6 {html.escape(pyside_version)}</p>"
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(520, 420)
