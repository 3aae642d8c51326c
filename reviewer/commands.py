"""What each command-line command does: open the store, call one operation,
print the result. Output formats here are part of the CLI contract."""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from reviewer import operations as ops
from reviewer.command_support import _target, _with_store
from reviewer.commands_committee import cmd_affiliation, cmd_conflict, cmd_history, cmd_undo
from reviewer.commands_packets import (
    cmd_attach,
    cmd_kind,
    cmd_loose,
    cmd_merge,
    cmd_not_same,
    cmd_same_person,
    packet_lines,
)
from reviewer.commands_server import cmd_committee, cmd_copy

if TYPE_CHECKING:
    from db.store import Store


# A reason shared by more failed files than this is one line with a count (a
# folder of 5,000 photos and spreadsheets beside two CVs should not bury the two
# files that matter); -v lists every file.
GROUP_OVER = 10


def printable(text: str) -> str:
    """One line whatever a file name holds: newlines, control characters and bytes
    that are not UTF-8 (lone surrogates) are shown escaped, letters of any script as
    they are."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def _print_report(report: ops.ImportReport, verbose: bool) -> None:
    from collections import Counter

    counts = Counter(r.reason for r in report.results if r.outcome == "failed")
    grouped = set() if verbose else {reason for reason, n in counts.items() if n > GROUP_OVER}
    for result in report.results:
        if result.outcome == "failed" and result.reason not in grouped:
            print(f"failed     {printable(result.path)}: {printable(result.reason or '')}")
        elif result.unattached:  # stored, but a person has to say whose it is
            print(f"unattached {printable(result.path)}: {printable(result.reason or '')}")
        elif verbose:
            note = f" ({printable(result.reason)})" if result.reason else ""
            print(f"{result.outcome:<10} {printable(result.path)}{note}")
    for reason in sorted(grouped, key=lambda r: (-counts[r], r or "")):
        first = next(r.path for r in report.results if r.outcome == "failed" and r.reason == reason)
        print(f"failed     {counts[reason]} files: {printable(reason or '')} "
              f"(e.g. {printable(first)}; -v lists them all)")
    print(report.summary_line())


def _run_long(work: Callable[..., ops.ImportReport]) -> ops.ImportReport:
    """Run an import-like operation with a progress line on a terminal, and Ctrl-C
    as a clean cancel (what is done is kept, the summary still prints)."""
    import signal
    import threading

    stop = threading.Event()
    live = sys.stderr.isatty()

    def progress(p: ops.ImportProgress) -> None:
        if live:
            print(f"\r{p.done}/{p.total} files", end="", file=sys.stderr, flush=True)

    previous = signal.signal(signal.SIGINT, lambda *_: stop.set())
    try:
        return work(progress=progress, cancelled=stop.is_set)
    finally:
        signal.signal(signal.SIGINT, previous)
        if live:
            print("\r\033[K", end="", file=sys.stderr, flush=True)


@_with_store
def cmd_import(store: Store, args: argparse.Namespace) -> int:
    report = _run_long(lambda **kw: ops.import_folder(store, args.folder, workers=args.workers,
                                                      timeout=args.timeout, **kw))
    _print_report(report, args.verbose)
    return 130 if report.cancelled else 0


@_with_store
def cmd_reparse(store: Store, args: argparse.Namespace) -> int:
    report = _run_long(lambda **kw: ops.reparse(store, everything=args.all, workers=args.workers,
                                                timeout=args.timeout, **kw))
    _print_report(report, False)
    return 130 if report.cancelled else 0


def _fmt_score(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


@_with_store
def cmd_list(store: Store, args: argparse.Namespace) -> int:
    complete = True if getattr(args, "complete", False) else False if getattr(args, "incomplete", False) else None
    rows = ops.list_candidates(store, reviewer=args.reviewer, query=args.query, tag=args.tag, stage=args.stage,
                               complete=complete)
    if args.json:
        from dataclasses import asdict

        print(json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=1))
        return 0
    print(f"{'rank':>4} {'id':>4}  {'mean':>5} {'n':>2}  {'pubs':>6}  name / position / degree / tags")
    for r in rows:
        rank = "-" if r.rank is None else str(r.rank)
        pubs = "/".join("?" if n is None else str(n) for n in (r.publications, r.first_author))
        stage = "" if r.stage == "new" else f"[{r.stage}]"
        lacks = "missing " + ", ".join(r.missing) if r.missing else ""
        facts = " | ".join(x for x in (stage, r.email, r.position, r.highest_degree, ", ".join(r.tags), lacks) if x)
        mine = f" [you: {r.my_score}]" if args.reviewer and r.my_score is not None else ""
        print(f"{rank:>4} {r.id:>4}  {_fmt_score(r.mean_score):>5} {r.review_count:>2}  {pubs:>6}  "
              f"{r.name}{mine}{'  ' + facts if facts else ''}{'  (!)' if r.has_warnings else ''}")
    print(f"{len(rows)} candidates")
    return 0


@_with_store
def cmd_show(store: Store, args: argparse.Namespace) -> int:
    detail = ops.get_candidate(store, args.id)
    p = detail.profile
    if args.json:
        print(json.dumps(p.model_dump(mode="json"), ensure_ascii=False, indent=1))
        return 0
    out = [f"#{detail.id} {p.name or '(no name)'}"]
    for label, values in (("email", p.emails), ("phone", p.phones), ("links", p.links),
                          ("interests", p.research_interests), ("skills", p.skills)):
        if values:
            out.append(f"  {label}: {', '.join(values)}")
    if p.education:
        out.append("  education:")
        out += [f"    {e.degree or e.degree_level or '?'}, {e.institution or '?'} ({e.start or '?'} - {e.end or '?'})"
                for e in p.education]
    if p.experience:
        out.append("  experience:")
        out += [f"    {e.title or '?'} @ {e.organization or '?'} ({e.start or '?'} - {e.end or '?'})"
                for e in p.experience]
    if p.publications:
        out.append(f"  publications: {len(p.publications)} ({p.first_author_count()} first-author)")
        out += [f"    {'*' if x.first_author else ' '} {x.title or '?'} ({x.venue or '?'} {x.year or ''})".rstrip()
                for x in p.publications]
    if p.awards:
        out.append("  awards: " + "; ".join(f"{a.title} ({a.year})" if a.year else a.title for a in p.awards))
    if detail.tags:
        out.append(f"  tags: {', '.join(detail.tags)}")
    for field, value in detail.corrections.items():
        out.append(f"  corrected {field}: {value}")
    for r in detail.reviews:
        criteria = "".join(f", {name} {score}" for name, score in r.criteria.items())
        overall = "-" if r.overall is None else f"{r.overall:g}"
        out.append(f"  review by {r.reviewer}: score {overall}{criteria}"
                   + (f", \"{r.comment}\"" if r.comment else ""))
    out += packet_lines(detail)
    for w in p.warnings:
        out.append(f"  warning: {w}")
    print("\n".join(out))
    return 0


@_with_store
def cmd_review(store: Store, args: argparse.Namespace) -> int:
    if args.score is None and not args.clear_score and not args.tag and args.comment is None and not args.criterion:
        print("error: nothing to do: give --score, --criterion, --tag and/or --comment", file=sys.stderr)
        return 2
    from reviewer.rubric import parse_criterion_score

    criteria = [parse_criterion_score(spec) for spec in args.criterion]  # all checked before any is saved
    for name, score in criteria:
        ops.set_criterion_score(store, candidate_id=args.id, reviewer=args.reviewer, criterion=name, score=score)
    if args.score is not None or args.clear_score:
        ops.set_score(store, candidate_id=args.id, reviewer=args.reviewer, score=args.score)
    if args.comment is not None:
        ops.set_comment(store, candidate_id=args.id, reviewer=args.reviewer, comment=args.comment)
    for tag in args.tag:
        ops.add_tag(store, candidate_ids=[args.id], tag=tag, reviewer=args.reviewer)
    print(f"saved review of candidate {args.id} by {args.reviewer}")
    return 0


@_with_store
def cmd_export(store: Store, args: argparse.Namespace) -> int:
    if not (args.out or args.reviews or args.screening):
        print("error: nothing to write: give OUT.csv, --reviews FILE and/or --screening FILE", file=sys.stderr)
        return 2
    if args.out:
        count = ops.export_shortlist(store, args.out, top=args.top, tag=args.tag, min_score=args.min_score,
                                     stage=args.stage)
        print(f"wrote {count} candidates to {args.out}")
    if args.reviews:  # --top and --min-score choose shortlist rows; tag and stage filter all three
        count = ops.export_reviews(store, args.reviews, tag=args.tag, stage=args.stage)
        print(f"wrote {count} reviews to {args.reviews}")
    if args.screening:
        count = ops.export_screening(store, args.screening, tag=args.tag, stage=args.stage)
        print(f"wrote {count} applicants to {args.screening}")
    return 0


@_with_store
def cmd_stage(store: Store, args: argparse.Namespace) -> int:
    ops.set_stage(store, candidate_id=args.id, stage=args.stage, reason=args.reason, reviewer=args.reviewer)
    print(f"candidate {args.id} is now at stage {args.stage}" + (f" ({args.reason})" if args.reason else ""))
    return 0


@_with_store
def cmd_rubric(store: Store, args: argparse.Namespace) -> int:
    from reviewer.rubric import parse_rubric

    if args.criteria:
        ops.set_rubric(store, criteria=parse_rubric(args.criteria))
    criteria = ops.rubric(store)
    if not criteria:
        print("no rubric: each reviewer gives one 1-5 score")
    for c in criteria:
        print(f"{c.name}: weight {c.weight:g}")
    return 0


@_with_store
def cmd_setting(store: Store, args: argparse.Namespace) -> int:
    from reviewer.committee_settings import BLIND, REQUIRED_DOCUMENTS, parse_switch
    from reviewer.committee_settings import CLI_NAMES as names
    from reviewer.packets import format_required

    if args.name is not None:
        if args.value is None:
            wanted = "a list such as 'cv, cover letter, reference letter x3'" \
                if names[args.name] == REQUIRED_DOCUMENTS else "on or off"
            print(f"error: give a value for {args.name}: {wanted}", file=sys.stderr)
            return 2
        if names[args.name] == REQUIRED_DOCUMENTS:
            ops.set_required_documents(store, required=args.value)
        elif names[args.name] == BLIND:
            ops.set_blind_first_round(store, on=parse_switch(args.value), reviewer=args.reviewer)
        else:
            ops.set_hide_scores_until_mine(store, on=parse_switch(args.value))
    settings = ops.committee_settings(store)
    print(f"hide-scores-until-mine: {'on' if settings.hide_scores_until_mine else 'off'}")
    print(f"required-documents: {format_required(settings.required_documents)}")
    print(f"blind-first-round: {'on' if settings.blind_first_round else 'off'}")
    for change in ops.blind_changes(store)[:5]:
        print(f"  {change.changed_at:%Y-%m-%d %H:%M} UTC  {change.reviewer or 'someone'} turned it {change.new}")
    return 0


@_with_store
def cmd_tag(store: Store, args: argparse.Namespace) -> int:
    if args.add is not None:
        ops.add_tag(store, candidate_ids=args.ids, tag=args.add, reviewer=args.reviewer)
    else:
        ops.remove_tag(store, candidate_ids=args.ids, tag=args.remove, reviewer=args.reviewer)
    return 0


@_with_store
def cmd_tags(store: Store, args: argparse.Namespace) -> int:
    for tag in ops.all_tags(store):
        print(tag)
    return 0


@_with_store
def cmd_failed(store: Store, args: argparse.Namespace) -> int:
    for doc in ops.failed_files(store):
        print(f"{printable(doc.path)}: {printable(doc.error or '')}")
    return 0


@_with_store
def cmd_correct(store: Store, args: argparse.Namespace) -> int:
    ops.correct_field(store, candidate_id=args.id, field=args.field, value=args.value or None,
                      reviewer=args.reviewer)
    return 0


def _confirmed(question: str) -> bool:
    """Deletion cannot be undone, so it needs a person's yes; no terminal means no."""
    if not sys.stdin.isatty():
        return False
    return input(question).strip().lower() in ("y", "yes")


@_with_store
def cmd_delete(store: Store, args: argparse.Namespace) -> int:
    detail = ops.get_candidate(store, args.id)
    if not args.yes and not _confirmed(f"Delete {detail.profile.name or 'candidate'} (id {args.id}) "
                                       "with all their documents, text and reviews? [y/N] "):
        print("nothing deleted (pass --yes to delete without a terminal to ask)", file=sys.stderr)
        return 2
    files = [d.path for d in detail.documents]
    ops.delete_candidate(store, candidate_id=args.id)
    print(f"deleted candidate {args.id} with their documents, text and reviews")
    # The app deletes what it stored; the committee owns the files and the backups.
    for path in files:
        print(f"  the file {printable(path)} is still in its folder: delete it too, "
              "or the next import adds this person again")
    if store.path is not None:
        print("  rolling backups made before today still hold this candidate until they rotate out")
    else:  # a server keeps old row versions until VACUUM reuses the space; its backups are its own
        print("  the server's own backups (pg_dump, WAL archive) still hold this candidate until they rotate out")
    return 0


def _database_file(args: argparse.Namespace):  # noqa: ANN202 (Path | None)
    from db.store import resolve

    return resolve(_target(args))[1]


def cmd_backup(args: argparse.Namespace) -> int:
    """No store is opened: a backup must not migrate (or daily-copy) what it copies."""
    from pathlib import Path

    from db.backup import BackupUnsupported, make_backup

    database = _database_file(args)
    if database is not None and not database.is_file():
        print(f"error: no database at {database}", file=sys.stderr)
        return 1
    try:
        written = make_backup(database, Path(args.path) if args.path else None)
    except (BackupUnsupported, ValueError, OSError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    print(f"backed up {database} to {written}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from db.backup import BackupUnsupported, restore

    database = _database_file(args)
    try:
        safety = restore(database, Path(args.path))
    except (BackupUnsupported, ValueError, OSError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    print(f"restored {database} from {args.path}")
    if safety is not None:
        print(f"the database as it was is kept in {safety}")
    return 0


def cmd_parse(args: argparse.Namespace) -> int:
    """Parse in this process, no database: the profile contract, one object per file.
    A file that cannot be read still gets an object, with the reason in warnings."""
    from reviewer.extract import ExtractionError
    from reviewer.parsing import parse_file
    from reviewer.profile import Profile

    profiles = []
    for path in args.files:
        try:
            profile = parse_file(path)
        except ExtractionError as err:
            profile = Profile(source=path, warnings=[f"could not read the file: {err}"])
        except Exception as err:  # noqa: BLE001 (one bad file must not lose the others' output)
            profile = Profile(source=path, warnings=[f"parser error: {type(err).__name__}: {err}"])
        profiles.append(profile.model_dump(mode="json"))
    json.dump(profiles, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "committee": cmd_committee, "copy": cmd_copy,  # reviewer/commands_server.py
    "conflict": cmd_conflict, "affiliation": cmd_affiliation,  # reviewer/commands_committee.py
    "history": cmd_history, "undo": cmd_undo,
    "import": cmd_import, "reparse": cmd_reparse, "list": cmd_list, "show": cmd_show, "review": cmd_review,
    "export": cmd_export, "stage": cmd_stage, "setting": cmd_setting, "rubric": cmd_rubric, "parse": cmd_parse, "tag": cmd_tag, "tags": cmd_tags, "failed": cmd_failed,
    "correct": cmd_correct, "kind": _with_store(cmd_kind), "attach": _with_store(cmd_attach),
    "loose": _with_store(cmd_loose), "same-person": _with_store(cmd_same_person), "merge": _with_store(cmd_merge),
    "not-same": _with_store(cmd_not_same), "delete": cmd_delete, "backup": cmd_backup, "restore": cmd_restore,
}
