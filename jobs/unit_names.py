"""A unit name typed by a user, to a stored unit: the one resolver first, then the database.

Also the names the office taught ("Ban ABC = Phòng Nội vụ"): stored as aliases of the unit,
audited, and taught to the resolver of every later ingest.
"""

from __future__ import annotations

import sys
from datetime import datetime

from sqlalchemy import create_engine, inspect
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from db import read
from db.models import Unit, UnitAlias
from db.write import audit
from jobs.config import Settings
from jobs.ingest.units import UnitResolver, build_resolver, loose_key
from jobs.model import StoreError
from jobs.store import UNKNOWN_KIND, UnitBook, unit_key


def find_unit(session: Session, resolver: UnitResolver, typed: str) -> Unit | None:
    """The stored unit ``typed`` names: its resolved name, an alias, or diacritics left out."""
    mention = resolver.resolve(typed)
    keys = [unit_key(mention.name), unit_key(typed)]
    found = read.units_by_keys(session, keys)
    for key in keys:
        if key in found:
            return found[key]
    wanted = loose_key(typed)
    for unit in read.all_units(session):
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


def remember_alias(
    session: Session, resolver: UnitResolver, alias: str, name: str, *, now: datetime, actor: str
) -> bool:
    """Store ``alias`` as another name of the unit ``name``, audited; False when it already is.

    Raises StoreError (nothing written) when ``name`` is unknown or ``alias`` names another unit.
    """
    alias = " ".join(alias.split())
    key = unit_key(alias)
    target = resolver.resolve(name)
    if not key:
        raise StoreError("Hãy ghi tên gọi khác của đơn vị.")
    if not target.known:
        raise StoreError(f"Không có đơn vị «{name.strip()}» trong danh mục.")
    target_key = unit_key(target.name)
    if key == target_key:
        return False
    stored = read.units_by_keys(session, [key, target_key])
    owner, unit = stored.get(key), stored.get(target_key)
    if owner is not None and owner is unit:
        return False
    if owner is not None:
        raise StoreError(
            f"«{alias}» đã là tên của đơn vị «{owner.name}» trong cơ sở dữ liệu; "
            "không lưu thành tên gọi khác của đơn vị khác."
        )
    known = resolver.resolve(alias)
    if known.known and known.name != target.name:
        raise StoreError(f"«{alias}» đã là tên của đơn vị «{known.name}» trong danh mục.")
    if unit is None:
        unit = UnitBook(session, now).get(target.name)
    unit.aliases.append(UnitAlias(alias=alias, key=key))
    session.flush()
    audit(session, now, actor, "unit.alias", "unit", unit.id, alias=alias, unit=unit.name)
    return True


def learn_stored_aliases(session: Session, resolver: UnitResolver, learnt: set[str]) -> int:
    """Teach ``resolver`` the stored aliases not in ``learnt`` (their keys, updated); how many."""
    count = 0
    for alias, name, kind in read.unit_aliases(session):
        key = unit_key(alias)
        if key in learnt:
            continue
        learnt.add(key)
        mention = resolver.resolve(alias)
        if mention.known and mention.name == name:
            continue
        if resolver.learn_alias(alias, name, None if kind == UNKNOWN_KIND else kind):
            count += 1
    return count


def learnt_resolver(settings: Settings, session: Session) -> UnitResolver:
    """A resolver of its own (catalogue, directory) that knows the aliases stored so far."""
    resolver = build_resolver(settings.unit_directory)
    learn_stored_aliases(session, resolver, set())
    return resolver


def resolver_with_aliases(settings: Settings) -> UnitResolver | None:
    """The resolver with the stored aliases, read without migrating; None when there are none.

    For ``nhacviec ingest``, which must start fast: no migration, no scheduler. A database that
    cannot be read is said on stderr, and ingest then knows only the catalogue and directory.
    """
    engine = create_engine(settings.database_url)
    try:
        if not inspect(engine).has_table(UnitAlias.__tablename__):
            return None
        with Session(engine) as session:
            if not read.unit_aliases(session):
                return None
            return learnt_resolver(settings, session)
    except SQLAlchemyError as exc:
        print(
            "Cảnh báo: không đọc được tên gọi khác đã lưu của các đơn vị "
            f"({exc.__class__.__name__}); chỉ dùng danh mục đơn vị.",
            file=sys.stderr,
        )
        return None
    finally:
        engine.dispose()
