"""One table of diet kinds: the catering count, the capacity page, the CLI and the workbook
name each kind from it."""

from __future__ import annotations

from app.domain.catering import DIET_LABELS, diet_kinds
from app.domain.diets import DIET_KINDS, OTHER, diet_name
from app.domain.workbook_text import diet_name as workbook_diet_name
from app.ui.capacity_texts import diet_label


def test_every_kind_is_found_and_named_in_both_languages():
    assert diet_kinds("Glutenfri, tak") == {"gluten_free"}
    assert diet_kinds("nøddeallergi og vegetar") == {"nut_allergy", "vegetarian"}
    for kind in DIET_KINDS:
        assert kind.danish and kind.english
        assert workbook_diet_name(kind.key, "da") == kind.danish
        assert workbook_diet_name(kind.key, "en") == kind.english == DIET_LABELS[kind.key]
    assert DIET_LABELS[OTHER] == diet_name(OTHER, danish=False) == "other"


def test_the_capacity_page_names_kinds_from_the_same_table(qapp):
    assert diet_label("gluten_free") in ("glutenfri", "gluten-free")
    assert diet_label("no_pork") in ("uden svinekød", "no pork")
