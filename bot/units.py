"""A unit name typed by a user, to a stored unit: the one resolver first, then the database."""

from __future__ import annotations

from sqlalchemy.orm import Session

from db import queries
from db.models import Unit
from jobs.ingest.units import UnitResolver, loose_key
from jobs.store import UnitBook, unit_key


def find_unit(session: Session, resolver: UnitResolver, typed: str) -> Unit | None:
    """The stored unit ``typed`` names: its resolved name, an alias, or diacritics left out."""
    mention = resolver.resolve(typed)
    keys = [unit_key(mention.name), unit_key(typed)]
    found = queries.units_by_keys(session, keys)
    for key in keys:
        if key in found:
            return found[key]
    wanted = loose_key(typed)
    for unit in queries.all_units(session):
        if wanted in (loose_key(unit.name), *(loose_key(alias.alias) for alias in unit.aliases)):
            return unit
    return None


def find_or_add_unit(
    session: Session, resolver: UnitResolver, typed: str, book: UnitBook
) -> Unit | None:
    """The stored unit ``typed`` names, added when the resolver knows it; None when unknown."""
    unit = find_unit(session, resolver, typed)
    if unit is not None:
        return unit
    mention = resolver.resolve(typed)
    return book.get(mention.name) if mention.known else None
