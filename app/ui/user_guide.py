"""Help > User Guide (F1): a short walk through venue, event, import, capacity and documents."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ..paths import resource


def guide_path(language: QLocale.Language) -> str:
    """The guide in the UI's language (Danish or English; English for any other)."""
    code = "da" if language == QLocale.Language.Danish else "en"
    return str(resource("guide", f"guide_{code}.html"))


class UserGuideDialog(QDialog):
    """The user guide in a browser pane; one window, raised again on the next F1."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowTitle(self.tr("Venueplan User Guide"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setObjectName("guideText")
        self.browser.setOpenExternalLinks(False)
        with open(guide_path(QLocale().language()), encoding="utf-8") as guide:
            self.browser.setHtml(guide.read())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(720, 640)

    @classmethod
    def show_for(cls, parent: QWidget) -> UserGuideDialog:
        """Show the guide beside `parent` without blocking it (the user reads and works)."""
        existing = parent.findChild(cls, "userGuide")
        dialog = existing or cls(parent)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog
