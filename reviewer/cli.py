"""The command line (the contract in ../shared/DESIGN.md; keep it stable):

    reviewer [--db PATH_OR_URL] import FOLDER
    reviewer [--db ...] list | show ID | review ID --reviewer NAME [--score N] [--tag T]... [--comment TEXT]
    reviewer [--db ...] export [OUT.csv] [--top N] [--tag T] [--min-score X] [--stage S] [--reviews F] [--screening F]
    reviewer [--db ...] stage ID STAGE [--reason R] | setting [NAME on|off] | rubric [NAME[:WEIGHT]...]
    reviewer [--db ...] history ID [--reviewer NAME] | undo --reviewer NAME
    reviewer [--db ...] conflict ID --reviewer NAME [--remove | --not-a-conflict | --suggestions] | affiliation NAME [VALUE]
    reviewer [--db ...] review ID --reviewer NAME --criterion research=4 ...
    reviewer [--db ...] tag ID... (--add T | --remove T) | tags | reparse [--all] | delete ID
    reviewer [--db ...] backup [PATH] | restore PATH
    reviewer committee init URL --chair NAME | [--db URL] committee add-reviewer NAME
    reviewer copy SOURCE TARGET   (a whole database, e.g. a SQLite trial into PostgreSQL)
    reviewer parse --json FILE...
    reviewer                      (the desktop window)

Every command goes through reviewer.operations, as the window does.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from reviewer.commands_packets import add_parsers as add_packet_parsers
from reviewer.committee_settings import CLI_NAMES
from reviewer.stages import STAGES
from reviewer.startup import before_window


def _add_db(parser: argparse.ArgumentParser, *, top_level: bool) -> None:
    # On subcommands the default is SUPPRESS so `--db` given before the command
    # name is not overwritten by the subcommand's own default.
    parser.add_argument("--db", metavar="PATH_OR_URL", default=None if top_level else argparse.SUPPRESS,
                        help="SQLite file or SQLAlchemy URL (default: $REVIEWER_DB, else the data folder)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="reviewer", description="Review a folder of CVs as a committee.",
                                     epilog="Without a command, the desktop window opens.")
    _add_db(parser, top_level=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("import", help="import a folder of CVs (recursively)")
    p.add_argument("folder")
    p.add_argument("--workers", type=int, default=None, help="parser processes (default: all cores)")
    p.add_argument("--timeout", type=float, default=60.0, help="seconds one file may take (default 60)")
    p.add_argument("-v", "--verbose", action="store_true", help="one line for every file, not only failures")

    p = sub.add_parser("list", help="candidates in rank order")
    p.add_argument("--reviewer", help="show this reviewer's own score too")
    p.add_argument("--tag", help="only candidates with this tag")
    p.add_argument("--stage", choices=STAGES, help="only candidates at this stage")
    p.add_argument("--query", "-q", help="full-text search (name, institutions, tags, CV text)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    done = p.add_mutually_exclusive_group()
    done.add_argument("--complete", action="store_true", help="only candidates whose packet is complete")
    done.add_argument("--incomplete", action="store_true", help="only candidates whose packet lacks something")

    p = sub.add_parser("show", help="one candidate's profile, documents and reviews")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true", help="the corrected profile as JSON")

    p = sub.add_parser("review", help="score, tag and comment on a candidate")
    p.add_argument("id", type=int)
    p.add_argument("--reviewer", required=True)
    p.add_argument("--score", type=int, choices=range(1, 6), metavar="N", help="1 (weak) to 5 (strong)")
    p.add_argument("--clear-score", action="store_true", help="remove this reviewer's score")
    p.add_argument("--tag", action="append", default=[], metavar="T")
    p.add_argument("--comment")
    p.add_argument("--criterion", action="append", default=[], metavar="NAME=N",
                   help="score one rubric criterion 1-5 (repeat for several), e.g. --criterion research=4")

    p = sub.add_parser("export", help="write the ranked shortlist (and/or the reviews, the screening matrix) as CSV")
    p.add_argument("out", nargs="?", help="the shortlist CSV to write (UTF-8 with BOM, opens in Excel and LibreOffice)")
    p.add_argument("--reviews", metavar="FILE", help="also write one row per review (reviewer, candidate, "
                   "criteria, overall, comment, time)")
    p.add_argument("--screening", metavar="FILE", help="also write the HR screening matrix (one row per "
                   "applicant, one column per criterion, stage, reason for exclusion)")
    p.add_argument("--top", type=int, metavar="N", help="only the first N in rank order")
    p.add_argument("--tag", metavar="T", help="only candidates with this tag")
    p.add_argument("--min-score", type=float, metavar="X", help="only candidates whose mean score is at least X")
    p.add_argument("--stage", choices=STAGES, help="only candidates at this stage")

    p = sub.add_parser("stage", help="move a candidate to a stage (rejected needs --reason)")
    p.add_argument("id", type=int)
    p.add_argument("stage", choices=STAGES, metavar="STAGE", help=" | ".join(STAGES))
    p.add_argument("--reason", help="why (required for rejected)")
    p.add_argument("--reviewer", help="who decided (the chair)")

    p = sub.add_parser("rubric", help="show the committee's rubric, or set it: NAME[:WEIGHT]... (weight 1 if left out)")
    p.add_argument("criteria", nargs="*", metavar="NAME[:WEIGHT]")

    p = sub.add_parser("setting", help="show the committee's settings, or set one (e.g. hide-scores-until-mine off)")
    p.add_argument("name", nargs="?", choices=sorted(CLI_NAMES), help="the setting")
    p.add_argument("value", nargs="?", help="on | off; for required-documents a list: "
                                             "'cv, cover letter, research statement, reference letter x3'")
    p.add_argument("--reviewer", help="who changes it (recorded for blind-first-round)")

    p = sub.add_parser("conflict", help="declare a reviewer's conflict of interest with a candidate "
                       "(--remove, --not-a-conflict, --suggestions)")
    p.add_argument("id", type=int)
    p.add_argument("--reviewer", required=True)
    p.add_argument("--reason", help="why (kept with the declaration)")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--remove", action="store_true", help="take the declaration (or a dismissal) back")
    group.add_argument("--not-a-conflict", action="store_true", help="the suggested conflicts are none (remembered)")
    group.add_argument("--suggestions", action="store_true", help="show the conflict and what the CV suggests")

    p = sub.add_parser("affiliation", help="show or set a reviewer's institution (used to suggest conflicts)")
    p.add_argument("reviewer")
    p.add_argument("value", nargs="?", help="the institution; an empty value removes it")

    p = sub.add_parser("history", help="what people changed about a candidate, with who and when")
    p.add_argument("id", type=int)
    p.add_argument("--reviewer", help="as this reviewer sees it (others' scores hidden as in the window)")

    p = sub.add_parser("undo", help="undo this reviewer's own last change (again for the one before)")
    p.add_argument("--reviewer", required=True)

    p = sub.add_parser("parse", help="print parsed profiles as JSON (no database)")
    p.add_argument("--json", action="store_true", help="JSON output (the only format; kept for the contract)")
    p.add_argument("files", nargs="+", metavar="FILE")

    p = sub.add_parser("tag", help="add or remove a tag on candidates")
    p.add_argument("ids", type=int, nargs="+", metavar="ID")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--add", metavar="T")
    group.add_argument("--remove", metavar="T")

    p.add_argument("--reviewer", help="who tags (kept in the history)")

    sub.add_parser("tags", help="list all tags")
    sub.add_parser("failed", help="files that could not be read, with the reason")

    p = sub.add_parser("correct", help="correct a parsed field (e.g. name); empty value removes it")
    p.add_argument("id", type=int)
    p.add_argument("field")
    p.add_argument("value")
    p.add_argument("--reviewer", help="who made the correction")

    add_packet_parsers(sub)

    p = sub.add_parser("reparse", help="re-parse documents an older parser made")
    p.add_argument("--all", action="store_true", help="re-parse every document")
    p.add_argument("--workers", type=int, default=None)
    p.add_argument("--timeout", type=float, default=60.0)

    p = sub.add_parser("delete", help="delete a candidate with their documents and reviews")
    p.add_argument("id", type=int)
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    p = sub.add_parser("backup", help="copy the database (consistent even while it is in use)")
    p.add_argument("path", nargs="?", help="file to write (default: a new file in the backups folder)")

    p = sub.add_parser("restore", help="replace the database with a backup (a copy of the current one is kept)")
    p.add_argument("path", help="the backup file to restore")

    p = sub.add_parser("copy", help="copy a whole database into a new one (SQLite file <-> PostgreSQL URL)")
    p.add_argument("source", help="the database to copy (path or URL)")
    p.add_argument("target", help="a new, empty database (path or URL)")

    p = sub.add_parser("committee", help="a shared committee on PostgreSQL (roles enforced by the database)")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = actions.add_parser("init", help="make URL's database a committee, with a chair's login")
    q.add_argument("url", help="PostgreSQL URL of a role that may create roles and owns the database")
    q.add_argument("--chair", required=True, metavar="NAME", help="the chair's name")
    _add_db(q, top_level=False)
    q = actions.add_parser("add-reviewer", help="a login for one reviewer; prints their connection URL")
    q.add_argument("name")
    q.add_argument("--chair", action="store_true", help="a second chair, not a reviewer")
    _add_db(q, top_level=False)

    for action in sub.choices.values():
        _add_db(action, top_level=False)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        return open_window(args.db)
    from reviewer.commands import COMMANDS  # SQLAlchemy and the operations: not before the window's start-up

    try:
        return COMMANDS[args.command](args)
    except Exception as error:
        # A database the user can fix (bad URL, wrong password, locked, read-only,
        # full disk, made by a newer version) is one line, not a traceback.
        from db.errors import explain
        from reviewer.paths import default_database

        line = explain(error, getattr(args, "db", None) or default_database())
        if line is None:
            raise  # a bug: the traceback is what a developer needs
        print(f"error: {line}", file=sys.stderr)
        return 1


def open_window(db: str | None) -> int:
    before_window()  # the collector paused until the first list is in, the core imported before Qt
    try:
        from ui.app import main as run_window
    except ImportError as err:
        print(f"The desktop window is not available ({err}). Try `reviewer --help` for the commands.",
              file=sys.stderr)
        return 1
    return run_window(db)
