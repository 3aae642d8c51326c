"""Whether the ranked list stayed the same: every row and value, for speed work on
the list (README, row d1).

    python -m benchmarks.list_identical save OUT.pickle DB    (on the version before)
    python -m benchmarks.list_identical check OUT.pickle DB   (on the changed version)

On a copy of DB (the benchmark's 10,000 candidates with reviews and tags), the same
changes are made through `reviewer.operations` each time: a rubric with criterion
scores, comment-only reviews, corrected names and publication counts, stages, a
declared conflict. Then the list is read for several reviewers, in three settings
(as is, others' scores hidden until mine, blind first round): the whole list, the
window's two steps (first 100 rows, then all), and filtered lists (a query, a tag, a
stage, complete packets). `check` compares each with what `save` wrote.
"""
from __future__ import annotations

import argparse
import pickle
import random
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

VIEWERS = (None, "Reviewer A", "Reviewer B", "Dee New")
FIRST = 100


def _prepare(store: Any) -> None:
    from reviewer import operations as ops
    from reviewer.operations_committee import declare_conflict

    rng = random.Random(17)
    ids = sorted(row.id for row in ops.list_candidates(store))
    top = [row.id for row in ops.list_candidates(store)[:300]]  # changes that move the first screenful
    ops.set_rubric(store, criteria=[("Research", 2.0), ("Teaching", 1.0), ("Fit", 1.5)])
    for cid in rng.sample(top, 40) + rng.sample(ids, 40):
        for criterion in ("Research", "Teaching", "Fit"):
            if rng.random() < 0.8:
                ops.set_criterion_score(store, candidate_id=cid, reviewer=rng.choice(("Reviewer A", "Reviewer B")),
                                        criterion=criterion, score=rng.randint(1, 5))
    for cid in rng.sample(top, 15) + rng.sample(ids, 15):
        ops.set_comment(store, candidate_id=cid, reviewer="Dee New", comment=rng.choice(("  seen ", "\n", "ok")))
    for cid in rng.sample(top, 10):
        ops.set_score(store, candidate_id=cid, reviewer="Dee New", score=rng.randint(1, 5))
    for n, cid in enumerate(rng.sample(top, 8)):
        ops.correct_field(store, candidate_id=cid, field="name", value=f"Aaron Tie {n % 3}")
    for cid in rng.sample(top, 5):
        ops.correct_field(store, candidate_id=cid, field="publications", value=str(rng.randint(0, 40)))
    for cid in rng.sample(top, 12):
        ops.set_stage(store, candidate_id=cid, stage="shortlist")
    for cid in rng.sample(top, 6):
        declare_conflict(store, candidate_id=cid, reviewer="Reviewer B")


def _lists(store: Any) -> dict[str, Any]:
    from reviewer import operations as ops

    out: dict[str, Any] = {}
    for viewer in VIEWERS:
        out[f"{viewer} whole"] = ops.list_candidates(store, reviewer=viewer)
        out[f"{viewer} steps"] = list(ops.list_candidates_in_steps(store, reviewer=viewer, first=FIRST))
        out[f"{viewer} first"] = ops.list_candidates(store, reviewer=viewer, first=FIRST)
    for name, kwargs in [("query", {"query": "Tsinghua"}), ("tag", {"tag": next(iter(ops.all_tags(store)), None)}),
                         ("stage", {"stage": "shortlist"}), ("complete", {"complete": True})]:
        out[f"filter {name}"] = ops.list_candidates(store, reviewer="Reviewer A", **kwargs)
    return out


def collect(db: Path) -> dict[str, Any]:
    from db.store import open_store
    from reviewer import operations as ops
    from reviewer.blind_operations import set_blind_first_round

    with tempfile.TemporaryDirectory(prefix="cvr-list-identical-") as tmp:
        copy = Path(tmp) / "list.sqlite3"
        shutil.copy(db, copy)
        with open_store(copy, daily_backup=False) as store:
            _prepare(store)
            found = {"as is": _lists(store)}
            ops.set_hide_scores_until_mine(store, on=True)
            found["hidden until mine"] = _lists(store)
            set_blind_first_round(store, on=True)
            found["blind"] = _lists(store)
    return found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("action", choices=("save", "check"))
    ap.add_argument("pickle", type=Path)
    ap.add_argument("db", type=Path)
    args = ap.parse_args(argv)
    found = collect(args.db)
    rows = sum(len(v) if not isinstance(v[0], list) else sum(map(len, v))
               for lists in found.values() for v in lists.values() if v)
    if args.action == "save":
        args.pickle.write_bytes(pickle.dumps(found))
        print(f"saved {rows} rows in {sum(map(len, found.values()))} lists to {args.pickle}")
        return 0
    saved = pickle.loads(args.pickle.read_bytes())
    differ = 0
    for setting, lists in saved.items():
        for name, before in lists.items():
            after = found[setting][name]
            if after != before:
                differ += 1
                print(f"DIFFERS: {setting} / {name}")
    hidden = sum(row.scores_hidden for row in found["hidden until mine"]["Dee New whole"])
    print(f"{rows} rows in {sum(map(len, found.values()))} lists compared ({hidden} rows with hidden scores "
          f"for one reviewer): " + ("identical" if not differ else f"{differ} lists differ"))
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
