"""One machine of the two-process concurrency test (tests/test_concurrency.py):
`python -m tests.concurrency_worker URL KIND ROUNDS GO_FILE`. KIND "score" gives
scores, KIND "comment" writes comments (passing the version it last saw); both
as the same reviewer, over the same candidates, starting together when GO_FILE
appears. Prints one JSON line: what it wrote last per candidate."""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from db.store import open_store
from reviewer import operations as ops


def main(url: str, kind: str, rounds: int, go: Path) -> None:
    with open_store(url, daily_backup=False) as store:
        ids = sorted(r.id for r in ops.list_candidates(store))
        while not go.exists():
            time.sleep(0.005)
        last: dict[int, object] = {}
        versions: dict[int, int] = {}
        for i in range(rounds):
            cid = ids[i % len(ids)]
            if kind == "score":
                last[cid] = i % 5 + 1
                ops.set_score(store, candidate_id=cid, reviewer="Ada Chair", score=last[cid])
                ops.add_tag(store, candidate_ids=[cid], tag="scored")
            else:
                last[cid] = f"comment {i}"
                ops.set_comment(store, candidate_id=cid, reviewer="Ada Chair", comment=last[cid],
                                expected_version=versions.get(cid))
                review = next(r for r in ops.get_candidate(store, cid).reviews if r.reviewer == "Ada Chair")
                versions[cid] = review.version
                ops.add_tag(store, candidate_ids=[cid], tag="commented")
    print(json.dumps({str(k): v for k, v in last.items()}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), Path(sys.argv[4]))
