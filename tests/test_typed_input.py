"""Times, dates and counts typed the way Danish coordinators write them (no window needed)."""

import datetime as dt

import pytest

from app.domain.typed_input import (
    InputError,
    parse_date,
    parse_decimal,
    parse_time,
    parse_whole_number,
)

TODAY = dt.date(2026, 12, 2)


@pytest.mark.parametrize(
    "text",
    ["kl 18", "kl. 18", "Kl. 18.00", "18", "18:00", "18.00", "18,00", "1800", " 18 ", "18:00:00"],
)
def test_every_way_danes_write_six_pm_is_six_pm(text):
    assert parse_time(text) == dt.time(18, 0)


def test_times_with_minutes_and_the_empty_field():
    assert parse_time("kl. 9.30") == dt.time(9, 30)
    assert parse_time("0930") == dt.time(9, 30)
    assert parse_time("") is None
    assert parse_time("   ") is None


@pytest.mark.parametrize("text", ["25", "18.75", "half past", "18.0", "kl", "-1"])
def test_a_time_that_is_no_time_is_refused_with_its_code(text):
    with pytest.raises(InputError) as raised:
        parse_time(text)
    assert raised.value.code == "bad_time"


@pytest.mark.parametrize(
    "text",
    [
        "12.03.2027",
        "12.3.2027",
        "12/3 2027",
        "12/3-2027",
        "12-03-2027",
        "2027-03-12",
        "12.03.27",
        "12. marts 2027",
        "12 March 2027",
        "12 mar 2027",
    ],
)
def test_danish_and_iso_dates(text):
    assert parse_date(text, TODAY) == dt.date(2027, 3, 12)


def test_a_date_without_year_is_this_year_and_empty_is_none():
    assert parse_date("12/3", TODAY) == dt.date(2026, 3, 12)
    assert parse_date("", TODAY) is None


@pytest.mark.parametrize("text", ["31.02.2027", "No date12.03.2027", "tomorrow", "2027-13-01"])
def test_a_date_that_is_no_date_is_refused(text):
    with pytest.raises(InputError) as raised:
        parse_date(text, TODAY)
    assert raised.value.code == "bad_date"


def test_counts_refuse_negatives_and_text_but_read_thousands():
    assert parse_whole_number("120") == 120
    assert parse_whole_number("1.200") == 1200
    assert parse_whole_number("1 200") == 1200
    assert parse_whole_number("") is None
    for text, code in (("-10", "negative_number"), ("12.5", "bad_number"), ("mange", "bad_number")):
        with pytest.raises(InputError) as raised:
            parse_whole_number(text)
        assert raised.value.code == code


def test_decimals_take_a_comma_or_a_point():
    assert parse_decimal("55,6762") == pytest.approx(55.6762)
    assert parse_decimal("55.6762") == pytest.approx(55.6762)
    assert parse_decimal("") is None
    with pytest.raises(InputError):
        parse_decimal("nord")
