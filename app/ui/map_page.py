"""The web engine side of the map view: a profile with a disk cache, a request policy, the page.

Imported only when a map is first shown (MapView.showEvent), so the app's start-up
never loads QtWebEngine.
"""

from __future__ import annotations

import logging
import os
import re
import zlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineSettings,
    QWebEngineUrlRequestInterceptor,
)

from .. import __version__

log = logging.getLogger(__name__)

LOCAL_SCHEMES = {"file", "qrc", "data", "blob"}
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
EXTERNAL_SCHEMES = {"http", "https", "mailto"}
CACHE_BYTES = 300 * 1024 * 1024


def network_disabled() -> bool:
    return os.environ.get("VENUEPLAN_NO_NETWORK") == "1"


class RequestPolicy(QWebEngineUrlRequestInterceptor):
    """Lets map pages load local files and tiles from the configured tile servers, nothing else.

    With VENUEPLAN_NO_NETWORK=1 (tests, offline runs) only tile servers on this machine
    are reached, which is how tests stand in for a tile server.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hosts: dict[str, re.Pattern] = {}

    def allow_tiles(self, url_template: str) -> None:
        host = QUrl(url_template.replace("{s}", "s")).host()
        pattern = re.escape(QUrl(url_template.replace("{s}", "VPSUB")).host())
        self._hosts[host] = re.compile(pattern.replace("VPSUB", r"[a-z0-9-]+"), re.IGNORECASE)

    def allows(self, url: QUrl) -> bool:
        scheme = url.scheme()
        if scheme in LOCAL_SCHEMES:
            return True
        if scheme not in ("http", "https"):
            return False
        host = url.host()
        if network_disabled() and host not in LOOPBACK:
            return False
        return any(p.fullmatch(host) for p in self._hosts.values())

    def interceptRequest(self, info) -> None:
        if not self.allows(info.requestUrl()):
            log.debug("Map request blocked: %s", info.requestUrl().toString())
            info.block(True)


_PROFILES: dict[str, tuple[QWebEngineProfile, RequestPolicy]] = {}


def map_profile(cache_dir: Path) -> tuple[QWebEngineProfile, RequestPolicy]:
    """One profile per cache folder for the whole run: tiles seen once stay on disk."""
    key = str(cache_dir.resolve())
    if key in _PROFILES:
        return _PROFILES[key]
    cache_dir.mkdir(parents=True, exist_ok=True)
    # Owned by the application, so it outlives every page made from it.
    profile = QWebEngineProfile(
        f"venueplan-map-{zlib.crc32(key.encode()):08x}", QCoreApplication.instance()
    )
    profile.setPersistentStoragePath(str(cache_dir / "storage"))
    profile.setCachePath(str(cache_dir / "http"))
    profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.DiskHttpCache)
    profile.setHttpCacheMaximumSize(CACHE_BYTES)
    profile.setPersistentCookiesPolicy(
        QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies
    )
    # Tile servers (OpenStreetMap's policy among them) ask apps to identify themselves.
    profile.setHttpUserAgent(f"{profile.httpUserAgent()} Venueplan/{__version__}")
    settings = profile.settings()
    attr = QWebEngineSettings.WebAttribute
    # The page is a local file; its tiles are remote images. The request policy and
    # the page's Content-Security-Policy keep that to the tile server.
    settings.setAttribute(attr.LocalContentCanAccessRemoteUrls, True)
    settings.setAttribute(attr.JavascriptCanOpenWindows, False)
    settings.setAttribute(attr.JavascriptCanAccessClipboard, False)
    settings.setAttribute(attr.PluginsEnabled, False)
    settings.setAttribute(attr.PdfViewerEnabled, False)
    policy = RequestPolicy(profile)
    profile.setUrlRequestInterceptor(policy)
    _PROFILES[key] = (profile, policy)
    return profile, policy


def _open_outside(url: QUrl, opener) -> None:
    if url.scheme() in EXTERNAL_SCHEMES:
        opener(url)
    else:
        log.info("Map page link not opened: %s", url.toString())


class _LinkCatcher(QWebEnginePage):
    """Stands in for a new window a link asked for: opens the link outside, then goes away."""

    def __init__(self, profile, opener, parent=None):
        super().__init__(profile, parent)
        self._opener = opener

    def acceptNavigationRequest(self, url, _type, _main_frame) -> bool:
        _open_outside(url, self._opener)
        self.deleteLater()
        return False


class MapPage(QWebEnginePage):
    """Shows one map file and nothing else: other navigation opens in the system browser.

    `open_external(QUrl)` defaults to QDesktopServices.openUrl. Alerts and dialogs
    from the page are logged and recorded in `alerts`, never shown; console errors
    are recorded in `console_errors`.
    """

    def __init__(
        self,
        profile: QWebEngineProfile,
        parent: QObject | None = None,
        open_external: Callable[[QUrl], object] | None = None,
    ) -> None:
        super().__init__(profile, parent)
        self.allowed_url: QUrl | None = None
        self.open_external = open_external or QDesktopServices.openUrl
        self.alerts: list[str] = []
        self.console_errors: list[str] = []

    def acceptNavigationRequest(self, url, nav_type, is_main_frame) -> bool:
        if self.allowed_url is not None and url == self.allowed_url:
            return True
        if is_main_frame:
            _open_outside(url, self.open_external)
        return False

    def createWindow(self, _type):
        return _LinkCatcher(self.profile(), self.open_external, self)

    def javaScriptAlert(self, _origin, message) -> None:
        log.warning("Map page tried to show an alert (not shown): %s", message[:200])
        self.alerts.append(message)

    def javaScriptConfirm(self, _origin, message) -> bool:
        self.alerts.append(message)
        return False

    def javaScriptConsoleMessage(self, level, message, line, source) -> None:
        if level == QWebEnginePage.JavaScriptConsoleMessageLevel.ErrorMessageLevel:
            log.warning("Map page error: %s (%s:%s)", message, source, line)
            self.console_errors.append(message)
        else:
            log.debug("Map page: %s", message)


def release_web_engine() -> None:
    """Delete every web view and page, then the profiles, before the application goes.

    QtWebEngine needs its pages gone before their profile; the profiles belong to the
    application, so without this the process can crash on its way out.
    """
    import shiboken6
    from PySide6.QtCore import QEvent
    from PySide6.QtWebEngineWidgets import QWebEngineView
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return  # no widgets without one
    for widget in app.allWidgets():
        if isinstance(widget, QWebEngineView) and shiboken6.isValid(widget):
            shiboken6.delete(widget)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for profile, _policy in _PROFILES.values():
        for page in profile.findChildren(QWebEnginePage):
            shiboken6.delete(page)
        if shiboken6.isValid(profile):
            shiboken6.delete(profile)
    _PROFILES.clear()
