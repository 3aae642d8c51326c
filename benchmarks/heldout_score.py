"""Score the parser on the held-out CVs (tests/heldout), which it was never tuned on.

Usage:
    python benchmarks/heldout_score.py [--json OUT] [--explain] [--score PATH]

Parses every file in tests/heldout/files with `reviewer.parsing.parse_file`
(falling back to `reviewer parse --json` when the module cannot be imported),
writes the JSON list, and runs ../shared/eval/score.py on
tests/heldout/expected with --verbose. The scoring lives only in ../shared: when
it is absent this tool says so and stops. --explain prints, for each field the
shared scorer rates below 1.0, what the parser produced beside the label.
Regenerate the documents with `python -m tests.heldout.make_heldout`.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FILES = ROOT / "tests" / "heldout" / "files"
LABELS = ROOT / "tests" / "heldout" / "expected"
DEFAULT_SCORE = ROOT.parent / "shared" / "eval" / "score.py"

# Which profile keys to show for each scored field when explaining a miss.
SHOW = {"name": ("name", "name"), "emails": ("emails", "emails"), "phones": ("phones", "phones"),
        "links": ("links", "links"), "pub.count": ("publications_count", None),
        "pub.first_author": ("first_author_count", None), "interests": ("research_interests_any", "research_interests"),
        "awards.count": ("awards_count", "awards")}


def parse_all(files: list[Path]) -> list[dict]:
    """Profiles as `reviewer parse --json` prints them; one failing file does not stop the rest."""
    try:
        sys.path.insert(0, str(ROOT))
        from reviewer.parsing import parse_file
    except ImportError:
        exe = shutil.which("reviewer") or "reviewer"
        out = subprocess.run([exe, "parse", "--json", *map(str, files)], capture_output=True, text=True,
                             check=True).stdout
        return json.loads(out)
    profiles = []
    for path in files:
        try:
            profiles.append(parse_file(path).model_dump(mode="json"))
        except Exception as err:  # a crash is a result worth reporting, not a reason to stop
            print(f"failed: {path.name}: {type(err).__name__}: {err}")
    return profiles


def _short(value) -> str:
    return json.dumps(value, ensure_ascii=False)[:400]


def explain(score_py: Path, profiles: list[dict]) -> None:
    """For every field below 1.0 (as the shared scorer rates it), the label beside the parse."""
    spec = importlib.util.spec_from_file_location("shared_score", score_py)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    by_name = {Path(p["source"]).name: p for p in profiles}
    for lf in sorted(LABELS.glob("*.json")):
        label = json.loads(lf.read_text(encoding="utf-8"))
        prof = by_name.get(label["file"], {})
        pubs = prof.get("publications") or []
        derived = dict(prof, publications_count=len(pubs),
                       first_author_count=sum(1 for p in pubs if p.get("first_author")))
        misses = {k: v for k, v in mod.score_one(label, prof).items() if v < 1.0}
        if not misses:
            continue
        print(f"\n== {label['file']}")
        for field, value in sorted(misses.items()):
            group = field.split(".")[0]
            if field in SHOW:
                lk, pk = SHOW[field]
                got = derived.get(lk) if pk is None else prof.get(pk)
                if field == "awards.count":
                    got = [a.get("title") for a in got or []]
                print(f"  {field} {value:.2f}: label {_short(label.get(lk))} | parsed {_short(got)}")
            elif group in ("edu", "exp"):
                key = "education" if group == "edu" else "experience"
                keep = ("institution", "degree_level", "start", "end") if group == "edu" else \
                    ("organization", "title", "start", "end")
                got = [{k: e.get(k) for k in keep} for e in prof.get(key) or []]
                exp = [{k: e.get(k) for k in keep} for e in label.get(key) or []]
                print(f"  {field} {value:.2f}:\n    label  {_short(exp)}\n    parsed {_short(got)}")
            elif group == "pub":
                got = [{k: p.get(k) for k in ("title", "venue", "year")} for p in pubs]
                print(f"  {field} {value:.2f}:\n    label  {_short(label.get('publications_sample'))}"
                      f"\n    parsed {_short(got)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", type=Path, help="keep the parsed profiles here")
    ap.add_argument("--score", type=Path, default=DEFAULT_SCORE, help="path of the shared score.py")
    ap.add_argument("--explain", action="store_true", help="show label vs parse for every field below 1.0")
    a = ap.parse_args(argv)
    if not a.score.is_file():
        print(f"needs ../shared: {a.score} not found (the scoring is not copied into this repository)")
        return 2
    profiles = parse_all(sorted(p for p in FILES.iterdir() if p.is_file()))
    with tempfile.TemporaryDirectory() as tmp:
        out = a.json or Path(tmp) / "heldout_parsed.json"
        out.write_text(json.dumps(profiles, ensure_ascii=False, indent=1), encoding="utf-8")
        rc = subprocess.run([sys.executable, str(a.score), str(LABELS), str(out), "--verbose"],
                            check=False).returncode
    if a.explain:
        explain(a.score, profiles)
    return rc


if __name__ == "__main__":
    sys.exit(main())
