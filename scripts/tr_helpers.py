"""Strings that reach Qt's translator through a module's one-line helper, for lupdate to see.

lupdate finds ``self.tr("...")`` and ``QCoreApplication.translate("ctx", "...")`` but not
``_t("...")`` where a module defines

    def _t(text):
        return QCoreApplication.translate("labels", text)

This module finds such helpers with ``ast``, collects the string literals passed to them,
and writes them as plain ``QCoreApplication.translate("labels", "...")`` calls into a
stand-in Python file that ``scripts/translations.py update`` hands to lupdate with the
real sources. Strings built at run time (an f-string, a variable) cannot be translated
and are reported instead.
"""
from __future__ import annotations

import ast
from pathlib import Path


def _helper_context(func: ast.FunctionDef) -> str | None:
    """The context when ``func`` only returns QCoreApplication.translate("ctx", <its first argument>)."""
    if not func.args.args or len(func.body) != 1 or not isinstance(func.body[0], ast.Return):
        return None
    call = func.body[0].value
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
            and call.func.attr == "translate" and len(call.args) >= 2):
        return None
    context, text = call.args[0], call.args[1]
    first = func.args.args[0].arg
    if (isinstance(context, ast.Constant) and isinstance(context.value, str)
            and isinstance(text, ast.Name) and text.id == first):
        return context.value
    return None


def helper_calls(path: Path) -> tuple[list[tuple[str, str]], list[str]]:
    """(context, source) pairs passed to translate helpers in one module, and the calls that are not literals."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    helpers = {node.name: ctx for node in tree.body if isinstance(node, ast.FunctionDef)
               and (ctx := _helper_context(node)) is not None}
    found: list[tuple[str, str]] = []
    problems: list[str] = []
    if not helpers:
        return found, problems
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in helpers and node.args):
            continue
        arg = node.args[0]
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            found.append((helpers[node.func.id], arg.value))
        elif not any(isinstance(n, ast.FunctionDef) and n.name == node.func.id
                     and node in ast.walk(n) for n in tree.body):
            problems.append(f"{path}:{node.lineno}: {node.func.id}() needs a string literal")
    return found, problems


def write_stand_in(sources: list[Path], target: Path) -> list[str]:
    """Write the helper strings of ``sources`` as translate() calls to ``target``; return problems."""
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    problems: list[str] = []
    seen: set[tuple[str, str]] = set()
    for path in sources:
        pairs, trouble = helper_calls(path)
        problems += trouble
        for context, text in pairs:
            if (context, text) not in seen:
                seen.add((context, text))
                lines.append(f"QCoreApplication.translate({context!r}, {text!r})")
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return problems
