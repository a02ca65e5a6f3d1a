"""build.spec: it parses, reads name and version from pyproject, collects what the app needs."""

import os
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
    assert unused("PySide6/Qt/translations/qtwebengine_locales/es-419.pak")  # a region number
    assert unused("PySide6/Qt/translations/qtwebengine_locales/pt-BR.pak")
    assert unused("PySide6/Qt/translations/qtbase_de.qm")
    for kept in (
        "PySide6/Qt/lib/libQt6WebEngineCore.so.6",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/translations/qtwebengine_locales/da.pak",
        "PySide6/Qt/translations/qtwebengine_locales/en-GB.pak",
        "PySide6/Qt/translations/qtbase_da.qm",
        "resources/translations/venueplan_da.qm",
        "PySide6/Qt6WebEngineCore.dll",
    ):
        assert not unused(kept), kept


def test_spec_leaves_out_bindings_nothing_imports_and_the_devtools(monkeypatch):
    unused = _run_spec(monkeypatch)["_unused"]
    for gone in (
        "PySide6/QtOpenGL.abi3.so",
        "PySide6/QtQml.abi3.so",
        "PySide6/QtQuickWidgets.pyd",
        "PySide6/Qt/resources/qtwebengine_devtools_resources.pak",
    ):
        assert unused(gone), gone
    for kept in (
        "PySide6/QtWebEngineWidgets.abi3.so",
        "PySide6/QtPrintSupport.pyd",
        "PySide6/Qt/lib/libQt6OpenGL.so.6",  # WebEngine links the C++ library
        "PySide6/Qt/resources/qtwebengine_resources.pak",
    ):
        assert not unused(kept), kept


def test_spec_strips_libraries_but_not_a_wheels_patched_ones(monkeypatch):
    ns = _run_spec(monkeypatch, platform="linux")
    strippable = ns["_strippable"]
    bundled = {"numpy"}  # numpy ships numpy.libs, its libraries rewritten by patchelf
    assert strippable("libpython3.11.so.1.0", bundled)
    assert strippable("sqlalchemy/engine/_result_cy.cpython-311-x86_64-linux-gnu.so", bundled)
    assert not strippable("numpy.libs/libscipy_openblas64_.so", bundled)
    assert not strippable("numpy/_core/_multiarray_umath.cpython-311-x86_64-linux-gnu.so", bundled)
    assert not strippable("PySide6/Qt/lib/libQt6WebEngineCore.so.6", bundled)
    assert _run_spec(monkeypatch, platform="win32")["STRIP"] is False


def test_build_check_reports_the_packed_size(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_check", ROOT / "scripts/build_check.py")
    build_check = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_check)
    bundle = tmp_path / "Venueplan"
    bundle.mkdir()
    (bundle / "big.txt").write_text("venue " * 100_000, encoding="utf-8")
    size, kind = build_check.packed_size(bundle)
    assert kind == ("zip" if os.name == "nt" else "tar.gz")
    assert 0 < size < build_check.folder_size(bundle)


def test_macos_bundle_has_an_identifier(monkeypatch):
    _run_spec(monkeypatch, platform="darwin")
    bundle = _Recorder.calls["BUNDLE"]
    assert bundle.kwargs["bundle_identifier"] == "dk.venueplan.Venueplan"
    assert bundle.kwargs["icon"].endswith("venueplan.icns")
    assert bundle.kwargs["info_plist"]["NSHighResolutionCapable"] is True
