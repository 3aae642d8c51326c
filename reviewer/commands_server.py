"""Commands about where the database lives: a shared PostgreSQL committee
(`committee init`, `committee add-reviewer`) and `copy` between databases."""
from __future__ import annotations

import argparse
import sys

from reviewer import operations as ops


def cmd_copy(args: argparse.Namespace) -> int:
    """Copy a whole database to another (SQLite file <-> PostgreSQL URL)."""
    from sqlalchemy.exc import DBAPIError

    try:
        counts = ops.copy_database(args.source, args.target)
    except (ValueError, OSError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    except DBAPIError as err:
        print(f"error: the database refused: {str(err.orig).strip().splitlines()[0]}", file=sys.stderr)
        return 1
    print(f"copied {counts.get('candidates', 0)} candidates, {counts.get('documents', 0)} documents, "
          f"{counts.get('document_files', 0)} original files, {counts.get('reviews', 0)} reviews, "
          f"{counts.get('candidate_tags', 0)} tags, {counts.get('corrections', 0)} corrections "
          f"and {counts.get('reviewers', 0)} reviewers to {args.target if '://' not in str(args.target) else 'the server'}")
    return 0


def cmd_committee(args: argparse.Namespace) -> int:
    """`committee init URL --chair NAME` and `committee add-reviewer NAME`: print the
    connection line of each new member (it holds their password: pass it on privately)."""
    from sqlalchemy.exc import DBAPIError

    from reviewer import committee

    try:
        if args.action == "init":
            members, chairs, chair = committee.init_committee(args.url, chair=args.chair)
            print(f"committee ready (group roles {members}, {chairs}; row-level security on)")
            print(f"chair {chair.name}: {chair.url}")
        else:
            member = committee.add_reviewer(args.db, args.name, chair=args.chair)
            print(f"{member.kind} {member.name}: {member.url}")
    except (ValueError, LookupError, OSError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    except DBAPIError as err:  # e.g. the URL's role may not CREATE ROLE
        print(f"error: the server refused: {str(err.orig).strip().splitlines()[0]}", file=sys.stderr)
        return 1
    return 0
