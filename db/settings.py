"""Queries of the committee's shared settings. Portable SQL only."""
from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from db.models import CommitteeSetting, utcnow


def committee_settings(session: Session) -> dict[str, str]:
    return {key: value for key, value in session.execute(select(CommitteeSetting.key, CommitteeSetting.value))}


def set_committee_setting(session: Session, key: str, value: str) -> None:
    """Replace one setting (delete + insert: the same statements on every backend)."""
    session.execute(delete(CommitteeSetting).where(CommitteeSetting.key == key))
    session.add(CommitteeSetting(key=key, value=value, changed_at=utcnow()))
    session.flush()
