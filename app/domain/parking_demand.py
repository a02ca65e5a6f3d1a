"""Parking demand: guests arriving by car against the spaces guests may use."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .enums import GuestParking
from .registration import Registration
from .venue import ParkingZone, Venue


@dataclass(frozen=True)
class ZoneSpaces:
    """Spaces of the zones with one guest rule; `spaces` counts only zones that give a number.

    A zone's `spaces` is its total, its accessible spaces among them.
    """

    zones: int = 0
    spaces: int = 0
    accessible_spaces: int = 0
    # Zones whose number of spaces nobody has entered.
    zones_without_count: int = 0

    @property
    def known(self) -> int | None:
        """The spaces, or None when no zone gives a number (unknown, not zero)."""
        if self.zones == 0:
            return 0
        return None if self.zones_without_count == self.zones else self.spaces


def zone_spaces(zones: Iterable[ParkingZone], rule: GuestParking) -> ZoneSpaces:
    picked = [z for z in zones if GuestParking(z.guests) == rule]
    return ZoneSpaces(
        zones=len(picked),
        spaces=sum(z.spaces or 0 for z in picked),
        accessible_spaces=sum(z.accessible_spaces or 0 for z in picked),
        zones_without_count=sum(1 for z in picked if z.spaces is None),
    )


@dataclass(frozen=True)
class ParkingDemand:
    cars: int
    accessible: int
    guest: ZoneSpaces
    # Permit zones are counted apart: guests may use them only with a permit arranged.
    permit: ZoneSpaces
    # Zones of any kind entered for the venue (none entered is not the same as none for guests).
    all_zones: int = 0

    @property
    def status(self) -> str:
        """ok | short | unknown (spaces not entered) | none (no zone for guests) |
        not_entered (no parking entered for the venue)."""
        if self.cars == 0:
            return "ok"
        if self.all_zones == 0:
            return "not_entered"
        if self.guest.zones == 0:
            return "none"
        if self.guest.known is None:
            return "unknown"
        if self.cars > self.guest.spaces:
            # Zones without a count might make up the difference.
            return "unknown" if self.guest.zones_without_count else "short"
        return "ok"

    @property
    def cars_short(self) -> int:
        return max(0, self.cars - self.guest.spaces) if self.status == "short" else 0

    @property
    def accessible_short(self) -> int:
        """Accessible-parking needs beyond the accessible spaces in guest zones."""
        return max(0, self.accessible - self.guest.accessible_spaces)


def parking_demand(venue: Venue | None, registrations: Iterable[Registration]) -> ParkingDemand:
    """Cars and accessible-parking needs of the confirmed registrations against `venue`'s zones."""
    cars = accessible = 0
    for r in registrations:
        if r.is_confirmed:
            # Someone asking for accessible parking comes by car even if they left "by car" blank.
            cars += r.by_car or r.accessible_parking
            accessible += r.accessible_parking
    zones = venue.parking_zones if venue is not None else []
    return ParkingDemand(
        cars,
        accessible,
        zone_spaces(zones, GuestParking.YES),
        zone_spaces(zones, GuestParking.PERMIT),
        len(zones),
    )
