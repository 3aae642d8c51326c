"""What every command that opens the database shares: where it is, and one line
for the errors a user can fix (used by reviewer/commands.py and
reviewer/commands_committee.py)."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from reviewer import operations as ops

if TYPE_CHECKING:
    from db.store import Store


def _target(args: argparse.Namespace) -> str:
    """--db, else $REVIEWER_DB, else the data folder's file."""
    from reviewer.paths import default_database

    return args.db or default_database()


def _open(args: argparse.Namespace) -> Store:
    from db.store import open_store

    return open_store(_target(args))


def _with_store(fn: Callable[[Store, argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        store = _open(args)  # a database the user can fix is explained in one line by cli.main
        try:
            return fn(store, args)
        except ops.CandidateNotFound as err:
            print(f"error: no candidate {err.args[0]} (see `reviewer list`)", file=sys.stderr)
            return 1
        except (ValueError, LookupError, OSError) as err:
            print(f"error: {err}", file=sys.stderr)
            return 1
        finally:
            store.close()

    return run


