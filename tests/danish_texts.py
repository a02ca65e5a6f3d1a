"""Every Danish text Venueplan shows or prints, gathered for the wording tests, and the glossary."""

from __future__ import annotations

import datetime as dt
import importlib
import re
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, fields
from pathlib import Path

import openpyxl

from app.domain import Language
from app.domain.directions import build_directions, directions_text
from app.domain.enums import GuestParking, TransitMode
from app.domain.formatting import (
    parking_rule,
    transit_sentence,
    walking_sentence,
    zone_facts,
    zone_status,
)
from app.domain.venue import ParkingZone, TransitOption
from app.services import map_text

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "venueplan_da.ts"
GLOSSARY_FILE = ROOT / "resources" / "translations" / "glossary_da.toml"
GLOSSARY = tomllib.loads(GLOSSARY_FILE.read_text(encoding="utf-8"))
PLURALS: dict[str, str] = GLOSSARY["plurals"]
# A number placeholder ("%1", "{count}") or a number, then a word.
_COUNTED = re.compile(r"(%[0-9n]|\{\w+\}|(?<![\w.,])\d+)\s+([\wæøåÆØÅ-]+)")


@dataclass(frozen=True)
class Text:
    where: str
    text: str
    numerus: bool = False  # one of the forms of a numerus (plural) message


def _boundary(term: str) -> str:
    return rf"(?<![\w-]){re.escape(term)}(?![\w-])"


def retired_terms(text: str) -> list[str]:
    """The retired glossary terms `text` uses, each with the term that replaces it."""
    found = []
    for concept in GLOSSARY["concept"]:
        plain = text
        for phrase in [*concept.get("allowed", []), *concept["use"].split(", ")]:
            plain = re.sub(re.escape(phrase), " ", plain, flags=re.IGNORECASE)
        for term in concept.get("retired", []):
            if re.search(_boundary(term), plain, flags=re.IGNORECASE):
                found.append(f"{term!r} (use {concept['use']!r})")
        for term in concept.get("retired_exact", []):
            if re.search(_boundary(term), plain):
                found.append(f"{term!r} (use {concept['use']!r})")
    return found


def counted_plurals(text: str, *, placeholders: bool = True) -> list[str]:
    """Counts written straight before a plural noun of the glossary: '%1 pladser' (a text
    that is not plural-aware) or, in printed output, '1 pladser'."""
    plurals = set(PLURALS.values())
    out = []
    for number, word in _COUNTED.findall(text):
        if word.lower() not in plurals:
            continue
        if number.startswith(("%", "{")) and placeholders or number == "1":
            out.append(f"{number} {word}")
    return out


def singular_plurals(text: str) -> list[str]:
    """In the singular form of a numerus message: '%n <plural noun>'."""
    plurals = set(PLURALS.values())
    return [f"%n {w}" for n, w in _COUNTED.findall(text) if n == "%n" and w.lower() in plurals]


# -- where the texts come from ----------------------------------------------------------------


def ts_texts(ts: Path = TS) -> Iterator[Text]:
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                continue
            where = f"{ts.name} {name}: {source!r}"
            if message.get("numerus") == "yes":
                for i, form in enumerate(translation.findall("numerusform")):
                    yield Text(f"{where} form {i}", form.text or "", numerus=True)
            else:
                yield Text(where, translation.text or "")


def table_texts() -> Iterator[Text]:
    """The Danish half of every (Danish, English) table of the domain's document texts."""
    tables = {}
    for path in sorted((ROOT / "app" / "domain").glob("*_text.py")):
        module = importlib.import_module(f"app.domain.{path.stem}")
        for name in dir(module):
            if name.lstrip("_").isupper() and isinstance(getattr(module, name), dict):
                tables[f"{path.stem}.{name}"] = getattr(module, name)
    assert {"document_text.TEXT", "workbook_text.TEXT", "workbook_text._WARNINGS"} <= set(tables)
    for name, table in tables.items():
        if not isinstance(table, dict):
            continue
        for key, pair in table.items():
            if isinstance(pair, tuple) and pair and isinstance(pair[0], str):
                yield Text(f"{name}[{key!r}]", pair[0])
            elif isinstance(pair, tuple) and pair and isinstance(pair[0], tuple):
                for i, form in enumerate(pair[0]):  # (Danish forms, English forms)
                    yield Text(f"{name}[{key!r}] form {i}", form, numerus=True)
    danish = map_text.DANISH
    for f in fields(danish):
        value = getattr(danish, f.name)
        if isinstance(value, str):
            yield Text(f"map_text.DANISH.{f.name}", value)
    for mode, word in danish.modes.items():
        yield Text(f"map_text.DANISH.modes[{mode}]", word)


def formatting_texts() -> Iterator[Text]:
    """What formatting.py writes in Danish for every mode, zone rule and count of 1 and more."""
    for mode in TransitMode:
        for line, direction in (("C", "Frederikssund"), ("", "")):
            option = TransitOption(
                mode=mode, line=line, direction=direction, stop_name="Egedal st."
            )
            yield Text(f"transit_sentence({mode}, {line!r})", transit_sentence(option, "da"))
        for minutes in (1, 5):
            option = TransitOption(mode=mode, stop_name="Egedal st.", walking_minutes=minutes)
            yield Text(f"walking_sentence({minutes})", walking_sentence(option, "Rådhuset", "da"))
            option = TransitOption(mode=mode, stop_name="Egedal st.")
            yield Text(
                f"walking_sentence(estimate {minutes})",
                walking_sentence(option, "Rådhuset", "da", estimated_minutes=minutes),
            )
    zones = [
        ParkingZone(
            name=f"Zone {g}", colour=c, guests=g, spaces=n, accessible_spaces=n, ev_chargers=n
        )
        for g, c, n in (
            (GuestParking.YES, "blue", 1),
            (GuestParking.NO, "yellow", 2),
            (GuestParking.PERMIT, "red", 40),
        )
    ]
    for chosen in ([0], [1], [2], [0, 1], [0, 2], [1, 2], [0, 1, 2]):
        picked = [zones[i] for i in chosen]
        for sentence in parking_rule(picked, "da"):
            yield Text(f"parking_rule({chosen})", sentence)
    for zone in zones:
        yield Text("zone_status", zone_status(zone, "da"))
        for fact in zone_facts(zone, "da"):
            yield Text("zone_facts", fact)


def rendered_texts(project, tmp_path: Path) -> Iterator[Text]:
    """The Danish documents of the sample project: each event's practical information as
    plain text, and every cell of its workbook, the venue catalogue and the events overview."""
    from app.services.excel import (
        write_catalogue_workbook,
        write_event_workbook,
        write_events_workbook,
    )

    for event in project.events.all():
        event.language = Language.DA
        project.events.save(event)
        venue = project.venues.get(event.venue_id) if event.venue_id else None
        text = directions_text(build_directions(event, venue, "da"))
        for line in text.splitlines():
            yield Text(f"practical information of {event.title!r}", line)
        path = tmp_path / f"event-{event.id}.xlsx"
        write_event_workbook(project, event.id, path)
        yield from workbook_texts(path)
    write_catalogue_workbook(project, tmp_path / "catalogue.xlsx", lang="da")
    yield from workbook_texts(tmp_path / "catalogue.xlsx")
    write_events_workbook(project, tmp_path / "events.xlsx", lang="da")
    yield from workbook_texts(tmp_path / "events.xlsx")


def workbook_texts(path: Path) -> Iterator[Text]:
    book = openpyxl.load_workbook(path)
    for sheet in book.worksheets:
        yield Text(f"{path.name} sheet name", sheet.title)
        for footer in (sheet.oddFooter.left.text, sheet.oddFooter.center.text):
            if footer:
                yield Text(f"{path.name} {sheet.title} footer", footer)
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    yield Text(f"{path.name} {sheet.title}!{cell.coordinate}", cell.value)
                elif isinstance(cell.value, dt.datetime | dt.date | dt.time):
                    yield Text(
                        f"{path.name} {sheet.title}!{cell.coordinate} format",
                        cell.number_format,
                    )
