"""Save latency of a committee on one PostgreSQL server: N reviewers (one process
each, their own login, row-level security on) scoring and commenting at once
over 1,000 candidates, through `reviewer.operations` as the window does.

    python -m benchmarks.bench_committee [--url ADMIN_URL] [--reviewers 8] [--saves 250]

Without --url a throwaway cluster is started (tests/pg_support.py) on loopback.
Prints p50 / p95 / max of one save (score or comment, each its own transaction).
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import statistics
import time
import uuid

CANDIDATES = 1000


def _reviewer(url: str, name: str, saves: int, ids: list[int], start: float) -> list[float]:
    from db.store import open_store
    from reviewer import operations as ops

    rng = random.Random(name)
    took = []
    with open_store(url, daily_backup=False) as store:
        ops.list_candidates(store)  # warm the pool and the member check, as an open window has
        while time.time() < start:
            time.sleep(0.001)
        for i in range(saves):
            cid = rng.choice(ids)
            t0 = time.perf_counter()
            if i % 2:
                ops.set_comment(store, candidate_id=cid, reviewer=name, comment=f"note {i} from {name}")
            else:
                ops.set_score(store, candidate_id=cid, reviewer=name, score=rng.randint(1, 5))
            took.append(time.perf_counter() - t0)
    return took


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", help="PostgreSQL URL that may create databases and roles")
    parser.add_argument("--reviewers", type=int, default=8)
    parser.add_argument("--saves", type=int, default=250, help="saves per reviewer")
    args = parser.parse_args()

    from sqlalchemy.engine import make_url

    from db import documents as dq
    from db.store import open_store
    from reviewer import committee
    from tests.pg_support import Cluster, start_cluster

    cluster = Cluster(make_url(args.url).set(drivername="postgresql+psycopg")) if args.url else start_cluster()
    if cluster is None:
        raise SystemExit("no PostgreSQL: pass --url or install postgresql")
    name = f"bench_{uuid.uuid4().hex[:8]}"
    cluster.execute(f"CREATE DATABASE {name}")
    try:
        admin = cluster.url(name)
        committee.init_committee(admin, chair="Chair")
        members = [committee.add_reviewer(admin, f"Reviewer {i + 1}") for i in range(args.reviewers)]
        with open_store(admin) as store, store.session() as s:
            ids = []
            for i in range(CANDIDATES):
                cid = dq.create_candidate(s)
                dq.set_candidate_profile(s, cid, {"source": f"/cv/{i}.txt", "name": f"Person {i}"},
                                         {"display_name": f"Person {i}"})
                ids.append(cid)
        start = time.time() + 2.0
        with mp.get_context("spawn").Pool(args.reviewers) as pool:
            results = pool.starmap(_reviewer, [(m.url, m.name, args.saves, ids, start) for m in members])
        wall = time.time() - start
        took = sorted(t * 1000 for r in results for t in r)
        p95 = took[int(len(took) * 0.95) - 1]
        print(f"{args.reviewers} reviewers x {args.saves} saves over {CANDIDATES} candidates, "
              f"{len(took) / wall:.0f} saves/s overall")
        print(f"save latency: p50 {statistics.median(took):.1f} ms, p95 {p95:.1f} ms, max {took[-1]:.1f} ms "
              f"(target p95 <= 50 ms)")
    finally:
        cluster.drop_database(name)
        cluster.execute(*[f'DROP ROLE IF EXISTS "{r}"' for r in _roles(cluster, name)])
        if not args.url:
            cluster.stop()


def _roles(cluster, database: str) -> list[str]:  # noqa: ANN001
    from sqlalchemy import create_engine, text

    engine = create_engine(cluster.admin)
    with engine.connect() as conn:
        roles = conn.execute(text("SELECT rolname FROM pg_roles WHERE rolname LIKE :p ORDER BY oid DESC"),
                             {"p": f"{database}\\_%"}).scalars().all()
    engine.dispose()
    return list(roles)


if __name__ == "__main__":
    main()
