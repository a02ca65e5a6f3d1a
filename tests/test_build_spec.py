"""build.spec: it parses, reads name and version from pyproject, collects what the app needs."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class _Recorder:
    """Stands in for PyInstaller's build classes and keeps what they were given."""

    calls: dict = {}

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        self.binaries, self.datas, self.pure, self.scripts = (
            [],
            list(kwargs.get("datas", [])),
            [],
            [],
        )
        _Recorder.calls[type(self).__name__] = self


def _run_spec(monkeypatch, platform="linux"):
    import PyInstaller.utils.hooks  # noqa: F401 (the spec imports it)

    namespace = {"SPECPATH": str(ROOT), "__file__": str(ROOT / "build.spec")}
    for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"):
        namespace[name] = type(name, (_Recorder,), {})
    monkeypatch.setattr("sys.platform", platform)
    exec(
        compile((ROOT / "build.spec").read_text(encoding="utf-8"), "build.spec", "exec"), namespace
    )
    return namespace


def test_spec_reads_pyproject_and_collects_resources(monkeypatch):
    ns = _run_spec(monkeypatch)
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert ns["VERSION"] == project["version"]
    analysis = _Recorder.calls["Analysis"]
    assert (str(ROOT / "resources"), "resources") in analysis.kwargs["datas"]
    assert any("leaflet" in dest for _src, dest in analysis.kwargs["datas"])
    assert "app.commands.import_" in analysis.kwargs["hiddenimports"]
    assert _Recorder.calls["EXE"].kwargs["console"] is False


def test_spec_leaves_out_unused_qt_and_languages(monkeypatch):
    unused = _run_spec(monkeypatch)["_unused"]
    assert unused("PySide6/Qt/lib/libQt6Quick3DRuntimeRender.so.6")
    assert unused("PySide6/Qt/qml/QtQuick/Controls/qmldir")
    assert unused("PySide6/Qt/translations/qtwebengine_locales/fr.pak")
    assert unused("PySide6/Qt/translations/qtbase_de.qm")
    for kept in (
        "PySide6/Qt/lib/libQt6WebEngineCore.so.6",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/translations/qtwebengine_locales/da.pak",
        "PySide6/Qt/translations/qtbase_da.qm",
        "resources/translations/venueplan_da.qm",
        "PySide6/Qt6WebEngineCore.dll",
    ):
        assert not unused(kept), kept


def test_macos_bundle_has_an_identifier(monkeypatch):
    _run_spec(monkeypatch, platform="darwin")
    bundle = _Recorder.calls["BUNDLE"]
    assert bundle.kwargs["bundle_identifier"] == "dk.venueplan.Venueplan"
    assert bundle.kwargs["icon"].endswith("venueplan.icns")
    assert bundle.kwargs["info_plist"]["NSHighResolutionCapable"] is True
