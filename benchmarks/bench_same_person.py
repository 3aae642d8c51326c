"""How long same-person suggestions take over many candidates (reviewer/same_person.py):
the candidate page asks for the shown candidate's pairs off the GUI thread on every
selection; `reviewer same-person` asks for all pairs.

    python benchmarks/bench_same_person.py [-n 10000]

Invented names: a third in Chinese characters (read through pypinyin), the rest
from the packet factory's short lists (so family names repeat a lot, as they do).
Profiles are empty here: this times the name matching, the part that grows with n.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

HAN = "张王李赵刘陈杨黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田"


def main(argv: list[str] | None = None) -> int:
    from reviewer.same_person import suggestions
    from tests.packet_factory import FIRST, LAST

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=10_000)
    args = ap.parse_args(argv)
    rng = random.Random(1)
    names = {i: ["".join(rng.choice(HAN) for _ in range(rng.choice([2, 3])))] if i % 3 == 0
             else [f"{rng.choice(FIRST)} {rng.choice(LAST)}"] for i in range(args.n)}

    def empty(ids: set[int]) -> dict[int, dict]:
        return {i: {} for i in ids}

    for label, only in (("first call (loads pypinyin)", 5), ("one candidate", 17), ("one candidate", 40)):
        started = time.perf_counter()
        suggestions(names, empty, set(), only=only)
        print(f"{label}: {time.perf_counter() - started:.3f} s over {args.n} candidates")
    started = time.perf_counter()
    suggestions(names, empty, set())
    print(f"all pairs: {time.perf_counter() - started:.2f} s over {args.n} candidates")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
