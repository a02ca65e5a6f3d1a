"""Every table model passes Qt's model tester, without a window, and reports edits."""

import pytest

from app.ui import child_table_models as m
from app.ui.list_models import EventListModel, VenueListModel
from app.ui.record_table_model import SORT_ROLE


def _children(sample_project):
    gate21 = next(v for v in sample_project.venues.all() if v.name == "Gate21")
    kickoff = next(e for e in sample_project.events.all() if e.title.startswith("Kickoff"))
    return {
        m.RoomTableModel: gate21.rooms,
        m.EntranceTableModel: gate21.entrances,
        m.TransitTableModel: gate21.transit_options,
        m.ParkingZoneTableModel: gate21.parking_zones,
        m.ProgrammeTableModel: kickoff.programme,
        m.CateringTableModel: kickoff.catering,
        m.SignatoryTableModel: kickoff.signatories,
        m.InviteeGroupTableModel: kickoff.invitee_groups,
    }


@pytest.mark.parametrize(
    "model_class",
    [
        m.RoomTableModel,
        m.EntranceTableModel,
        m.TransitTableModel,
        m.ParkingZoneTableModel,
        m.ProgrammeTableModel,
        m.CateringTableModel,
        m.SignatoryTableModel,
        m.InviteeGroupTableModel,
    ],
)
def test_child_models_pass_the_model_tester(qtmodeltester, qtbot, sample_project, model_class):
    model = model_class()
    model.set_items(_children(sample_project)[model_class])
    qtmodeltester.check(model, force_py=True)
    with qtbot.waitSignal(model.edited):
        model.insert_new()
    with qtbot.waitSignal(model.edited):
        model.move(model.rowCount() - 1, -1)
    with qtbot.waitSignal(model.edited):
        model.remove(0)
    qtmodeltester.check(model, force_py=True)


def test_zone_table_shows_guest_rule_and_shape(sample_project):
    model = m.ParkingZoneTableModel()
    model.set_items(_children(sample_project)[m.ParkingZoneTableModel])
    guests = [c.header for c in model.columns].index("Guests")
    shape = [c.header for c in model.columns].index("Shape")
    assert [model.index(r, guests).data() for r in range(3)] == [
        "Guests may park",
        "Guests may park",
        "Not for guests",
    ]
    assert model.index(1, shape).data() == "area (corners: 4)"


def test_programme_model_reads_danish_times_and_refuses_nonsense(sample_project):
    from PySide6.QtCore import QLocale

    model = m.ProgrammeTableModel()
    model.set_items(_children(sample_project)[m.ProgrammeTableModel])
    refusals: list[str] = []
    model.refused.connect(refusals.append)
    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        assert model.index(0, 0).data() == "08:45"
        assert model.setData(model.index(0, 0), "kl. 8.30")
        assert model.index(0, 0).data() == "08:30"
        assert not model.setData(model.index(0, 0), "half past eight")
        assert model.index(0, 0).data() == "08:30"
        assert refusals == ["Start: Write a time as 18.00, 18:00, 18 or kl. 18 (hours 0 to 23)."]
        QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
        assert model.index(0, 0).data() == "08.30"
    finally:
        QLocale.setDefault(before)


def test_list_models(qtmodeltester, sample_project):
    venues = VenueListModel()
    venues.set_rows(sample_project.venues.all())
    qtmodeltester.check(venues, force_py=True)
    row = venues.row_of(
        next(v.id for v in sample_project.venues.all() if v.name == "Ringsted Kongrescenter")
    )
    assert venues.index(row, VenueListModel.CAPACITY).data(SORT_ROLE) == 800
    events = EventListModel()
    events.set_rows(sample_project.events.all())
    events.set_context({v.id: v.name for v in sample_project.venues.all()}, {})
    qtmodeltester.check(events, force_py=True)


def test_speakers_round_trip():
    text = "Mie Andresen (Velfærdsdirektør i Frederikssund Kommune (fg.)); Styregruppen"
    speakers = m.parse_speakers(text)
    assert [(s.name, s.role) for s in speakers] == [
        ("Mie Andresen", "Velfærdsdirektør i Frederikssund Kommune (fg.)"),
        ("Styregruppen", ""),
    ]
    assert m.format_speakers(speakers) == text


def test_zone_colours_show_in_the_ui_language(qapp):
    from PySide6.QtCore import QLocale

    from app.domain import ParkingZone
    from app.ui.child_table_models import ParkingZoneTableModel

    model = ParkingZoneTableModel()
    model.set_items(
        [ParkingZone(name="Bag gymnasiet", colour="yellow"), ParkingZone(name="P2", colour="P2")]
    )
    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
        assert [model.index(r, 1).data() for r in range(2)] == ["gul", "P2"]
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        assert [model.index(r, 1).data() for r in range(2)] == ["yellow", "P2"]
    finally:
        QLocale.setDefault(before)
