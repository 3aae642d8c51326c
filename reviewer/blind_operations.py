"""The blind first round's actions (re-exported by reviewer/operations.py): the
setting with its record, and the original documents with who the candidate is
covered (reviewer/blind.py, reviewer/redaction.py)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reviewer.results import Changes

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from db.settings import SettingChangeRow
    from db.store import Store


def set_blind_first_round(store: Store, *, on: bool, reviewer: str | None = None) -> Changes:
    """The committee setting; every change (turning it off above all) is recorded
    with who and when in the setting history."""
    from db import settings as setq
    from reviewer.committee_settings import BLIND

    with store.session() as session:
        setq.set_committee_setting(session, BLIND, "on" if on else "off", reviewer=reviewer, record=True)
    return Changes(reviews=True)


def blind_changes(store: Store) -> list[SettingChangeRow]:
    """Who turned the blind first round on or off, and when, newest first."""
    from db import settings as setq
    from reviewer.committee_settings import BLIND

    with store.session(write=False) as session:
        return setq.setting_changes(session, BLIND)


def is_blind(session: Session) -> bool:
    from db import settings as setq
    from reviewer.committee_settings import CommitteeSettings

    return CommitteeSettings.from_stored(setq.committee_settings(session)).blind_first_round


def identity_patterns(session: Session, candidate_id: int) -> list[re.Pattern[str]]:
    """What to cover in this candidate's documents: the parsed and the corrected name,
    e-mails, phones and links."""
    from db import candidates as cq
    from reviewer.blind import hidden_patterns

    found = cq.candidate_profile(session, candidate_id)
    data, display = found if found else (None, "")
    data = data or {}
    corrected = cq.corrections(session, {candidate_id}).get(candidate_id, {}).get("name")
    names = " ".join(n for n in {data.get("name"), display, corrected} if n)
    return hidden_patterns(names, data.get("emails", []), data.get("phones", []), data.get("links", []))


def document_for_reading(store: Store, *, document_id: int) -> bytes | None:
    """The original file, with the candidate's identity covered while the committee
    reads blind (a PDF; other formats are read as text, see `text_for_reading`)."""
    from db import documents as dq
    from reviewer.redaction import redact_pdf

    with store.session(write=False) as session:
        data = dq.document_file(session, document_id)
        candidate = dq.document_candidate(session, document_id)
        if data is None or candidate is None or not is_blind(session):
            return data
        patterns = identity_patterns(session, candidate)
    if not data.startswith(b"%PDF"):
        return data
    return redact_pdf(data, patterns)[0]


def text_for_reading(store: Store, *, document_id: int) -> str:
    """The extracted text, with the candidate's identity blocked out while blind."""
    from db import candidates as cq
    from db import documents as dq
    from reviewer.blind import redact_text

    with store.session(write=False) as session:
        text = cq.document_text(session, document_id)
        if text is None:
            raise LookupError(f"no document {document_id}")
        candidate = dq.document_candidate(session, document_id)
        if candidate is None or not is_blind(session):
            return text
        return redact_text(text, identity_patterns(session, candidate))
