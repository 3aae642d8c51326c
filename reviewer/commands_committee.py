"""Commands of the committee's record: conflicts of interest and the reviewer's
affiliation (and, with reviewer/history.py, the history and undo)."""
from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from reviewer import operations as ops
from reviewer.command_support import _with_store

if TYPE_CHECKING:
    from db.store import Store


@_with_store
def cmd_conflict(store: Store, args: argparse.Namespace) -> int:
    """Declare, remove or dismiss a conflict; without an action, show it and what the CV suggests."""
    who, cid = args.reviewer, args.id
    if args.remove:
        ops.remove_conflict(store, candidate_id=cid, reviewer=who)
        print(f"{who} has no conflict of interest with candidate {cid} any more")
        return 0
    if args.not_a_conflict:
        ops.dismiss_conflict(store, candidate_id=cid, reviewer=who)
        print(f"noted: {who} has no conflict of interest with candidate {cid} (not suggested again)")
        return 0
    if not args.suggestions:
        ops.declare_conflict(store, candidate_id=cid, reviewer=who, reason=args.reason)
        print(f"{who} declared a conflict of interest with candidate {cid}: they cannot score them "
              "and see none of the others' reviews of them")
        return 0
    view = ops.get_candidate(store, cid, viewer=who).conflict or ops.ConflictView()
    if view.declared:
        print(f"declared{': ' + view.reason if view.reason else ''}")
    elif view.dismissed:
        print("not a conflict (the reviewer said so)")
    for suggestion in view.suggestions:
        print(f"possible conflict, {suggestion.text()}")
    if not (view.declared or view.dismissed or view.suggestions):
        print("no conflict declared or suggested")
    return 0


@_with_store
def cmd_affiliation(store: Store, args: argparse.Namespace) -> int:
    if args.value is not None:
        ops.set_affiliation(store, reviewer=args.reviewer, affiliation=args.value)
    value = ops.reviewer_affiliation(store, reviewer=args.reviewer)
    print(f"{args.reviewer}: {value or '(no affiliation)'}")
    return 0


@_with_store
def cmd_history(store: Store, args: argparse.Namespace) -> int:
    """What people changed about a candidate, newest first."""
    rows = ops.candidate_history(store, candidate_id=args.id, viewer=args.reviewer)
    for row in rows:
        print(f"{row.when[:19].replace('T', ' ')}  {row.reviewer or '(unknown)'}: {row.text}")
    if not rows:
        print("no changes recorded")
    return 0


@_with_store
def cmd_undo(store: Store, args: argparse.Namespace) -> int:
    changes = ops.undo_last(store, reviewer=args.reviewer)
    print(f"undone ({args.reviewer}): {changes.undone} (candidate {min(changes.candidate_ids)})")
    return 0
