"""Publication records and the citation shapes people type by hand (heldout25)."""
from __future__ import annotations

import random
from difflib import SequenceMatcher


def P(authors, title, venue, year=None, status="published", vol="", pages="", kind="article"):
    """authors: 'Surname AB; Other CD' (own name included); year None = not printed."""
    names = [a.strip() for a in authors.split(";")]
    return {"authors": names, "title": title, "venue": venue, "year": year, "status": status,
            "vol": vol, "pages": pages, "kind": kind}


def _split(name):
    sur, ini = name.rsplit(" ", 1)
    return sur, ini


def _fmt_names(p, style, own, bold_own, etal=None):
    out = []
    names = p["authors"]
    cut = names[:etal] if etal and len(names) > etal + 1 else names
    for n in cut:
        sur, ini = _split(n)
        if style == "vanc":
            s = f"{sur} {ini}"
        elif style == "apa":
            s = f"{sur}, " + " ".join(f"{c}." for c in ini)
        elif style == "init":
            s = " ".join(f"{c}." for c in ini) + f" {sur}"
        elif style == "abnt":
            s = f"{sur.upper()}, " + " ".join(f"{c}." for c in ini)
        else:
            raise ValueError(style)
        out.append((s, "b" if bold_own and sur == own else ""))
    return out, len(cut) < len(names)


def render(p, style, own, *, bold_own=False, etal=None, italic_venue=True):
    """Return a list of (text, flags) runs for one entry."""
    names, cut = _fmt_names(p, style, own, bold_own, etal)
    r: list = []
    sep = ", " if style in ("vanc", "init") else ("; " if style == "abnt" else ", ")
    for k, (s, f) in enumerate(names):
        if k:
            last = k == len(names) - 1 and not cut
            if style == "apa" and last:
                r.append((", & ", ""))
            elif style == "init" and last:
                r.append((" and ", ""))
            else:
                r.append((sep, ""))
        r.append((s, f))
    if cut:
        r.append(({"vanc": ", et al", "abnt": " et al."}.get(style, ", et al."), ""))
    yr = p["year"]
    st = p["status"]
    stat_txt = {"in press": "in press", "accepted": "accepted", "under review": "submitted",
                "in preparation": "in preparation", "preprint": "preprint"}.get(st, "")
    v = p["venue"]
    vi = "i" if italic_venue else ""
    if style == "vanc":
        r.append((f". {p['title']}. ", ""))
        if st == "published":
            r.append((v, vi))
            tail = f". {yr}" if yr else ""
            if p["vol"]:
                tail += f";{p['vol']}"
            if p["pages"]:
                tail += f":{p['pages']}"
            r.append((tail + ".", ""))
        else:
            r.append((v, vi))
            r.append((f". {'' if not yr else str(yr) + ' '}({p.get('stat_override') or stat_txt}).", ""))
    elif style == "apa":
        when = str(yr) if (yr and st == "published") else (stat_txt if stat_txt else "n.d.")
        if st in ("in press", "accepted") and yr and p.get("year_with_status"):
            when = f"{yr}, {stat_txt}"
        r.append((f" ({p.get('stat_override') or when}). {p['title']}. ", ""))
        r.append((v, vi))
        tail = f", {p['vol']}" if p["vol"] else ""
        tail += f", {p['pages']}" if p["pages"] else ""
        r.append((tail + ".", ""))
    elif style == "init":
        r.append((f', "{p["title"]}," ', ""))
        r.append((v, vi))
        tail = f", vol. {p['vol']}" if p["vol"] and st == "published" else ""
        tail += f", pp. {p['pages']}" if p["pages"] and st == "published" else ""
        if st == "published":
            tail += f", {yr}." if yr else "."
        else:
            tail += f" ({p.get('stat_override') or stat_txt}{', ' + str(yr) if yr else ''})."
        r.append((tail, ""))
    elif style == "abnt":
        r.append((f". {p['title']}. ", ""))
        r.append((v, "b"))
        tail = f", v. {p['vol']}" if p["vol"] else ""
        tail += f", p. {p['pages']}" if p["pages"] else ""
        tail += f", {yr}." if yr else "."
        if st != "published":
            tail += f" ({p.get('stat_override') or stat_txt})"
        r.append((tail, ""))
    return r


def many(seed, n, own, coauthors, venues, parts, years, own_first_every=3):
    """A long list of invented records from word lists (reproducible with the seed)."""
    rng = random.Random(seed)
    out, seen, rejected, tries = [], set(), set(), 0
    while len(out) < n:
        a, b, c = (rng.choice(x) for x in parts)
        title = f"{a} {b} {c}"
        if title in seen or title in rejected or any(
                SequenceMatcher(None, title.lower(), t.lower()).ratio() >= 0.85 for t in seen):
            rejected.add(title)
            tries += 1
            if tries > 20000:
                raise RuntimeError("word lists too small for distinct titles")
            continue
        seen.add(title)
        k = rng.randint(2, 7)
        co = rng.sample(coauthors, k)
        pos = 0 if len(out) % own_first_every == 0 else rng.randint(1, k)
        co.insert(pos, own)
        y = years[len(out)] if len(out) < len(years) else years[-1]
        vol = str(rng.randint(5, 160))
        first = rng.randint(100, 2400)
        pg = f"{first}-{first + rng.randint(6, 14)}"
        out.append(P("; ".join(co), title[0].upper() + title[1:], rng.choice(venues), y, vol=vol, pages=pg))
    return out
