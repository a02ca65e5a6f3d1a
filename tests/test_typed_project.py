"""Every function that takes the open project says what it takes (a Project or a Store),
so mypy checks what is done with it."""

import ast
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "app"


def test_every_project_parameter_has_a_type():
    untyped = []
    for path in sorted(APP.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                args = node.args.posonlyargs + node.args.args + node.args.kwonlyargs
                untyped += [
                    f"{path.relative_to(APP.parent)}:{node.lineno} {node.name}"
                    for a in args
                    if a.arg == "project" and a.annotation is None
                ]
    assert not untyped, "give these `project` parameters a type:\n" + "\n".join(untyped)
