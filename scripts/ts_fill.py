#!/usr/bin/env python3
"""List the untranslated messages of a .ts file, or fill them from a JSON file, without Qt Linguist.

    python scripts/ts_fill.py todo [TS]            print the unfinished messages as JSON
    python scripts/ts_fill.py apply JSON [TS]      fill them from JSON (same shape) and mark them finished
    python scripts/ts_fill.py revise JSON [TS]     also replace finished translations named in JSON

The JSON maps context -> English source -> translation; a plural (numerus) message takes a
list of forms (Danish: singular, plural). Context "*" holds translations for a source in any
context. TS defaults to resources/translations/venueplan_da.ts. `apply` fills only unfinished
messages; run `scripts/translations.py update` afterwards to put the file in lupdate's layout.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TS = ROOT / "resources" / "translations" / "venueplan_da.ts"


def messages(tree: ET.ElementTree):
    """(context name, message element) for every message of the file."""
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def is_unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return True
    forms = translation.findall("numerusform")
    texts = [f.text for f in forms] if message.get("numerus") == "yes" else [translation.text]
    return not texts or not all(t and t.strip() for t in texts)


def todo(tree: ET.ElementTree) -> dict:
    out: dict[str, dict] = {}
    for context, message in messages(tree):
        if is_unfinished(message):
            source = message.findtext("source") or ""
            out.setdefault(context, {})[source] = (
                ["", ""] if message.get("numerus") == "yes" else ""
            )
    return out


def apply(tree: ET.ElementTree, mapping: dict, revise: bool = False) -> list[str]:
    """Fill unfinished messages from `mapping` (with `revise`, finished ones too); return the
    unfinished (context, source) still missing."""
    missing = []
    for context, message in messages(tree):
        unfinished = is_unfinished(message)
        if not (unfinished or revise):
            continue
        source = message.findtext("source") or ""
        value = mapping.get(context, {}).get(source) or mapping.get("*", {}).get(source)
        if not value:
            if unfinished:
                missing.append(f"{context}: {source}")
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value, value]
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value
    return missing


def write(tree: ET.ElementTree, path: Path) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    tmp = path.with_suffix(".ts.tmp")
    tmp.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    tmp.replace(path)


def main(argv: list[str]) -> int:
    if argv[:1] == ["todo"] and len(argv) <= 2:
        path = Path(argv[1]) if len(argv) > 1 else DEFAULT_TS
        print(json.dumps(todo(ET.parse(path)), ensure_ascii=False, indent=1))
        return 0
    if argv[:1] in (["apply"], ["revise"]) and len(argv) in (2, 3):
        path = Path(argv[2]) if len(argv) > 2 else DEFAULT_TS
        tree = ET.parse(path)
        missing = apply(
            tree, json.loads(Path(argv[1]).read_text(encoding="utf-8")), revise=argv[0] == "revise"
        )
        write(tree, path)
        for line in missing:
            print(f"not translated: {line}", file=sys.stderr)
        return 1 if missing else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
