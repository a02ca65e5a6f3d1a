"""The kinds of dietary need: one table of how each is recognised and named in both languages.

Catering counts, the capacity page, the CLI and the workbooks all name a kind from here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DietKind:
    """`pattern` finds the kind in a free-text answer (Danish, Swedish, Norwegian, English
    and the usual typos; inside compounds such as "glutenfri" or "nøddeallergi" but not
    "nødvendigt" or "minutter"); `danish` and `english` name it."""

    key: str
    pattern: str
    danish: str
    english: str


OTHER = "other"

# In the order they are shown.
DIET_KINDS: tuple[DietKind, ...] = (
    DietKind("vegan", r"vegan", "vegansk", "vegan"),
    DietKind(
        "vegetarian",
        r"vegetar|vegitar|veggie|\bveg\b|kødfri|lakto.?ovo",
        "vegetarisk",
        "vegetarian",
    ),
    DietKind("pescetarian", r"pesc[ae]tar|pesk[ae]tar", "pescetarisk", "pescetarian"),
    DietKind("gluten_free", r"gluten|cøliaki|coeliaki|c[oe]?eliac", "glutenfri", "gluten-free"),
    DietKind("lactose_free", r"lakto(?!.?ovo)s|lactos", "laktosefri", "lactose-free"),
    DietKind(
        "dairy_free",
        r"mælkefri|mælkeallergi|mælkeprotein|dairy|\bmilk|mjölk|melkefri",
        "mælkefri",
        "dairy-free",
    ),
    DietKind(
        "nut_allergy",
        r"nødde|nøddefri|jordnød|hasselnød|\bnuts?\b|nut.?free|nut.?allerg|"
        r"peanut|mandel|mandler|almond|nötter",
        "nøddeallergi",
        "nut allergy",
    ),
    DietKind(
        "shellfish_allergy",
        r"skaldyr|shellfish|rejer|musling|krebsdyr",
        "skaldyrsallergi",
        "shellfish allergy",
    ),
    DietKind(
        "fish_allergy",
        r"fiskeallergi|fish.?allerg|allergi(?:sk)? over fisk|ingen fisk|no fish",
        "fiskeallergi",
        "fish allergy",
    ),
    DietKind(
        "egg_allergy",
        r"ægfri|ægallergi|egg.?free|egg.?allerg|allergi(?:sk)? over æg",
        "ægallergi",
        "egg allergy",
    ),
    DietKind("halal", r"halal", "halal", "halal"),
    DietKind("kosher", r"kosher|koscher", "kosher", "kosher"),
    DietKind("no_pork", r"svinekød|svin|\bgris|pork|flæsk", "uden svinekød", "no pork"),
    DietKind("diabetic", r"diabet|sukkersyge", "diabetes", "diabetic"),
)
_OTHER_NAMES = ("andet", "other")
_BY_KEY = {k.key: k for k in DIET_KINDS}


def diet_name(kind: str, danish: bool) -> str:
    """A kind's name in Danish or English ("andet"/"other" for what no kind names)."""
    if kind == OTHER:
        return _OTHER_NAMES[0 if danish else 1]
    found = _BY_KEY.get(kind)
    if found is None:
        return kind
    return found.danish if danish else found.english
