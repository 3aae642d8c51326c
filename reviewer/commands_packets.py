"""Commands for application packets: `kind`, `attach`, `loose`, and the packet
lines of `show`. Kept apart from reviewer/commands.py to keep each file small."""
from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from reviewer.dockind import label, parse_kind

if TYPE_CHECKING:
    from db.store import Store
    from reviewer.operations import CandidateDetail

# `reviewer.operations` (SQLAlchemy, ~0.35 s) is imported by each command, not here:
# reviewer/cli.py builds its parser with `add_parsers` also when it opens the window,
# whose start-up imports it with the garbage collector paused (README, row d1).


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("kind", help="correct a document's kind (cv, cover letter, reference letter, ...); "
                                    "kept across re-imports")
    p.add_argument("document", type=int, metavar="DOCUMENT_ID", help="as `reviewer show` or `reviewer loose` lists it")
    p.add_argument("kind", help="the kind, or 'auto' for the classifier's")
    p.add_argument("--reviewer", help="who made the correction")
    p = sub.add_parser("attach", help="attach a document to a candidate by hand ('none' detaches it)")
    p.add_argument("document", type=int, metavar="DOCUMENT_ID")
    p.add_argument("candidate", metavar="CANDIDATE_ID")
    sub.add_parser("loose", help="documents that belong to no candidate yet, with the reason")
    p = sub.add_parser("same-person", help="candidates who may be one person (names across scripts and spellings, "
                                           "with a shared institution or publication)")
    p.add_argument("candidate", type=int, nargs="?", metavar="CANDIDATE_ID", help="only this candidate's")
    p = sub.add_parser("merge", help="make two candidates one, keeping every review, tag and comment of both")
    p.add_argument("keep", type=int, metavar="KEEP_ID")
    p.add_argument("drop", type=int, metavar="DROP_ID", help="its documents and reviews move to KEEP_ID")
    p = sub.add_parser("not-same", help="answer that two suggested candidates are two people (remembered)")
    p.add_argument("a", type=int, metavar="CANDIDATE_ID")
    p.add_argument("b", type=int, metavar="OTHER_ID")
    p.add_argument("--reviewer", help="who answered")


def cmd_kind(store: Store, args: argparse.Namespace) -> int:
    from reviewer import operations as ops

    kind = None if args.kind.strip().casefold() == "auto" else parse_kind(args.kind)
    ops.set_document_kind(store, document_id=args.document, kind=kind, reviewer=args.reviewer)
    print(f"document {args.document} is now " + ("classified automatically" if kind is None else f"a {label(kind)}"))
    return 0


def cmd_attach(store: Store, args: argparse.Namespace) -> int:
    from reviewer import operations as ops

    value = args.candidate.strip().casefold()
    candidate = None if value in ("none", "-", "") else int(value)
    ops.attach_document(store, document_id=args.document, candidate_id=candidate)
    print(f"document {args.document} " + (f"attached to candidate {candidate}" if candidate else "detached"))
    return 0


def cmd_loose(store: Store, _args: argparse.Namespace) -> int:
    from reviewer import operations as ops

    loose = ops.loose_documents(store)
    for doc in loose:
        print(f"{doc.id:>5}  {label(doc.kind):<20} {doc.path}\n       {doc.reason}")
    print(f"{len(loose)} documents without a candidate" + ("; attach one with `reviewer attach DOCUMENT_ID "
                                                         "CANDIDATE_ID`" if loose else ""))
    return 0


def cmd_same_person(store: Store, args: argparse.Namespace) -> int:
    from reviewer import operations as ops

    found = ops.same_person_suggestions(store, candidate_id=args.candidate)
    for s in found:
        print(f"{s.a:>5} {s.name_a}  <->  {s.b:>5} {s.name_b}")
        print("       " + "; ".join(s.reasons))
    print(f"{len(found)} possible same-person pairs" + ("; `reviewer merge KEEP_ID DROP_ID` or `reviewer not-same "
                                                      "ID OTHER_ID`" if found else ""))
    return 0


def cmd_merge(store: Store, args: argparse.Namespace) -> int:
    from reviewer import operations as ops

    ops.merge_candidates(store, keep=args.keep, drop=args.drop)
    print(f"candidate {args.drop} merged into {args.keep}")
    return 0


def cmd_not_same(store: Store, args: argparse.Namespace) -> int:
    from reviewer import operations as ops

    ops.mark_not_same_person(store, a=args.a, b=args.b, reviewer=args.reviewer)
    print(f"candidates {args.a} and {args.b} are two people: not suggested again")
    return 0


def packet_lines(detail: CandidateDetail) -> list[str]:
    out = []
    for d in detail.documents:
        out.append(f"  document {d.id}: {d.path} [{label(d.kind)}{' (corrected)' if d.kind_corrected else ''}, "
                   f"{d.format}, {d.status}{': ' + d.error if d.error else ''}]")
        out += [f"    page{'s' if p.first != p.last else ''} {p.pages}: {label(p.kind)}" + (f" ({p.title})" if p.title else "") for p in d.parts]
    out.append("  packet: " + ("complete" if not detail.missing else "missing " + ", ".join(detail.missing))
               + f" (required: {detail.required})")
    return out
