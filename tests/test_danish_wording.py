"""Danish that reads as written in Danish: one vocabulary (resources/translations/glossary_da.toml)
in the window, the documents and the workbooks, and plural forms for every count."""

from __future__ import annotations

import pytest
from danish_texts import (
    GLOSSARY,
    counted_plurals,
    formatting_texts,
    rendered_texts,
    retired_terms,
    singular_plurals,
    table_texts,
    ts_texts,
)


def _report(found: list[str], what: str) -> str:
    return f"{len(found)} {what}:\n" + "\n".join(found)


def test_the_glossary_names_a_term_and_what_it_retires_for_each_concept():
    concepts = GLOSSARY["concept"]
    assert len(concepts) >= 20
    for concept in concepts:
        assert concept["use"] and concept["english"]
        assert concept.get("retired") or concept.get("retired_exact"), concept["english"]
        # The chosen term never trips its own rule.
        assert not retired_terms(concept["use"]), concept["use"]


def test_retired_terms_are_found_as_whole_words_and_allowed_phrases_pass():
    assert retired_terms("Kontakt på stedet")  # the venue is "mødestedet"
    assert not retired_terms("Kontakt på mødestedet")
    assert not retired_terms("Brug dette sted")  # a place found on the map
    assert retired_terms("Status: Venteliste")
    assert not retired_terms("Rykket op fra ventelisten")
    assert retired_terms("Særlige behov (kost)")
    assert not retired_terms("Særlig kost: 3")
    assert retired_terms("Placér stop") and not retired_terms("Placér stoppested")


@pytest.mark.parametrize(
    "source",
    [ts_texts, table_texts, formatting_texts],
    ids=["venueplan_da.ts", "document tables", "formatting"],
)
def test_no_danish_text_uses_a_term_the_glossary_retired(source):
    found = [
        f"{t.where}: {t.text!r} uses {', '.join(retired_terms(t.text))}"
        for t in source()
        if retired_terms(t.text)
    ]
    assert not found, _report(found, "texts use retired terms")


def test_the_danish_documents_of_the_sample_use_only_the_glossary_terms(sample_project, tmp_path):
    texts = list(rendered_texts(sample_project, tmp_path))
    assert len(texts) > 500
    found = [
        f"{t.where}: {t.text!r} uses {', '.join(retired_terms(t.text))}"
        for t in texts
        if retired_terms(t.text)
    ]
    assert not found, _report(found, "printed texts use retired terms")
    ones = [f"{t.where}: {t.text!r}" for t in texts if counted_plurals(t.text, placeholders=False)]
    assert not ones, _report(ones, "printed texts say '1' before a plural")


@pytest.mark.parametrize(
    "source", [ts_texts, table_texts], ids=["venueplan_da.ts", "document tables"]
)
def test_every_count_before_a_noun_has_plural_forms(source):
    """'%1 pladser' in a plain message reads '1 pladser'; such a count needs a numerus
    message (tr(..., n)) or the domain's plural table, whose singular says '%n plads'."""
    found = []
    for t in source():
        if t.numerus:
            if t.where.endswith("form 0") and singular_plurals(t.text):
                found.append(f"{t.where}: singular {t.text!r}")
        elif counted_plurals(t.text):
            found.append(f"{t.where}: {t.text!r} ({', '.join(counted_plurals(t.text))})")
    assert not found, _report(found, "counts without plural forms")


def test_formatting_writes_one_and_many_in_the_right_number():
    texts = [t.text for t in formatting_texts()]
    ones = [t for t in texts if counted_plurals(t, placeholders=False)]
    assert not ones, ones
    assert "1 plads" in " ".join(texts) and "40 pladser" in " ".join(texts)
