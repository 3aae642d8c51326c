"""Queries of the committee's shared settings and their change record. Portable SQL only."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from db.models import CommitteeSetting, SettingChange, utcnow


@dataclass(frozen=True)
class SettingChangeRow:
    key: str
    old: str | None
    new: str
    reviewer: str | None
    changed_at: datetime


def committee_settings(session: Session) -> dict[str, str]:
    return {key: value for key, value in session.execute(select(CommitteeSetting.key, CommitteeSetting.value))}


def set_committee_setting(session: Session, key: str, value: str, *, reviewer: str | None = None,
                          record: bool = False) -> None:
    """Replace one setting (delete + insert: the same statements on every backend);
    with `record`, append who changed it from what when it really changed."""
    old = committee_settings(session).get(key) if record else None
    session.execute(delete(CommitteeSetting).where(CommitteeSetting.key == key))
    session.add(CommitteeSetting(key=key, value=value, changed_at=utcnow()))
    if record and old != value:
        session.execute(insert(SettingChange).values(key=key, old_value=old, new_value=value, reviewer=reviewer,
                                                     changed_at=utcnow()))
    session.flush()


def setting_changes(session: Session, key: str | None = None) -> list[SettingChangeRow]:
    """The record of setting changes, newest first."""
    stmt = select(SettingChange.key, SettingChange.old_value, SettingChange.new_value, SettingChange.reviewer,
                  SettingChange.changed_at).order_by(SettingChange.id.desc())
    if key is not None:
        stmt = stmt.where(SettingChange.key == key)
    return [SettingChangeRow(*row) for row in session.execute(stmt)]
