"""Where outputs go: no command or save dialog writes a document over the project (by
its name, another spelling or a link), `sample` never replaces a file without --force, and
new files follow the user's umask."""

from __future__ import annotations

import os
import stat

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.cli import main
from app.storage import Project

COMMANDS = {
    "handout": ["handout", "{p}", "--event", "1", "-o", "{o}"],
    "badges": ["badges", "{p}", "--event", "1", "-o", "{o}"],
    "sign-in": ["badges", "{p}", "--event", "1", "--sign-in", "-o", "{o}"],
    "ics": ["ics", "{p}", "--event", "1", "-o", "{o}"],
    "map": ["map", "{p}", "--event", "1", "-o", "{o}"],
    "export": ["export", "{p}", "--event", "1", "-o", "{o}"],
}


def _cli(capsys, argv) -> tuple[int, str]:
    code = main([str(a) for a in argv])
    return code, capsys.readouterr().err


def _events(path) -> int:
    with Project.open(path) as project:
        return len(project.events.all())


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("spelling", ["itself", "other spelling", "symlink", "hard link"])
def test_no_command_writes_over_the_project(qapp, sample_path, tmp_path, capsys, command, spelling):
    (tmp_path / "sub").mkdir()
    target = {
        "itself": sample_path,
        "other spelling": tmp_path / "sub" / ".." / sample_path.name,
        "symlink": tmp_path / "out.xlsx",
        "hard link": tmp_path / "linked.xlsx",
    }[spelling]
    if spelling == "symlink":
        target.symlink_to(sample_path)
    if spelling == "hard link":
        os.link(sample_path, target)
    before = sample_path.read_bytes()
    argv = [a.format(p=sample_path, o=target) for a in COMMANDS[command]]
    code, err = _cli(capsys, argv)
    assert code == 1 and err.startswith("venueplan: ") and err.count("\n") == 1, err
    assert "project file itself" in err or "must be an .xlsx" in err
    assert sample_path.read_bytes() == before and _events(sample_path) == 5


def test_a_document_saved_from_the_window_onto_the_open_project_is_refused(
    qtbot, window, tmp_path, monkeypatch
):
    """The save dialog adds .pdf, so the project is reached only through a link named
    like a PDF; the write itself still refuses any project."""
    link = tmp_path / "handout.pdf"
    link.symlink_to(window.project.path)
    before = window.project.path.read_bytes()
    warnings: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(link), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    event = window.project.events.all()[0]
    window.events_page.select(event.id)
    action = next(
        a
        for menu in [window.documents_menu, *(m.menu() for m in window.documents_menu.actions())]
        if menu
        for a in menu.actions()
        if a.text().replace("&", "") == "Save as PDF…"
    )
    action.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=15_000)
    assert warnings == [f"{link}: is a project or another database; choose another file name."]
    assert window.project.path.read_bytes() == before
    assert len(window.project.events.all()) == 5


def test_sample_never_replaces_a_file_without_force(qapp, sample_path, tmp_path, capsys):
    with Project.open(sample_path) as project:
        event = project.events.all()[0]
        event.title = "Mit eget arrangement"
        project.events.save(event)
    before = sample_path.read_bytes()
    code, err = _cli(capsys, ["sample", sample_path])
    assert (code, err) == (
        1,
        f"venueplan: {sample_path}: already exists; add --force to replace it with the sample.\n",
    )
    assert sample_path.read_bytes() == before
    other = tmp_path / "notes.txt"
    other.write_text("mine")
    assert _cli(capsys, ["sample", other])[0] == 1 and other.read_text() == "mine"
    assert _cli(capsys, ["sample", sample_path, "--force"])[0] == 0
    with Project.open(sample_path) as project:
        assert "Mit eget arrangement" not in {e.title for e in project.events.all()}


@pytest.mark.parametrize("umask", [0o022, 0o002])
def test_new_projects_and_documents_follow_the_umask(qapp, tmp_path, capsys, umask):
    old = os.umask(umask)
    try:
        project = tmp_path / "p.venueplan"
        assert _cli(capsys, ["sample", project])[0] == 0
        out = tmp_path / "h.pdf"
        assert _cli(capsys, ["handout", project, "--event", "1", "-o", out])[0] == 0
        with Project.open(project) as opened:
            copy = opened.save_copy_as(tmp_path / "copy.venueplan")
    finally:
        os.umask(old)
    for path in (project, out, copy):
        assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask, path


@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_command_refuses_a_missing_folder_and_a_read_only_file(
    qapp, sample_path, tmp_path, capsys, command
):
    """All commands alike: none makes folders, none replaces a file its owner made
    read-only."""
    missing = tmp_path / "nowhere" / "out.xlsx"
    code, err = _cli(capsys, [a.format(p=sample_path, o=missing) for a in COMMANDS[command]])
    assert code == 1 and err.count("\n") == 1 and "does not exist" in err, err
    assert not missing.parent.exists()
    kept = tmp_path / "kept.xlsx"
    kept.write_text("keep me")
    kept.chmod(0o444)
    code, err = _cli(capsys, [a.format(p=sample_path, o=kept) for a in COMMANDS[command]])
    assert (code, err) == (1, f"venueplan: {kept}: is read-only; it was left as it is.\n")
    assert kept.read_text() == "keep me"


def test_new_project_and_save_a_copy_onto_the_open_project_are_refused(qtbot, window, monkeypatch):
    import app.ui.file_dialogs as file_dialogs

    path = window.project.path
    before = path.read_bytes()
    warnings: list[str] = []
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: str(path))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    window.new_project()
    window.save_copy()
    assert warnings == [
        f"{path.name} is the open project; choose another name.",
        f"{path.name}: is this project itself; choose another name for the copy.",
    ]
    assert path.read_bytes() == before and len(window.project.events.all()) == 5
