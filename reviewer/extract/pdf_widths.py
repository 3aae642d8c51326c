"""A quick sum of a run's character widths, for `pdf_run_checks.gaps_hold`.

`gaps_hold` compares a run's width with the sum of its characters' own widths
(one float per character, measured once per font). Summed exactly
(`sum(map(widths.__getitem__, run))`) that was the reader's largest single cost:
~5 % of its instructions on generated CVs, a dict lookup and a float addition
per character of every line. Here an ASCII run is summed in C instead: each
width is kept as a whole number of 1/64 pt in two byte tables (high and low
byte), the run is translated through both, and each byte string is summed by
`zlib.adler32` (whose low half is 1 + the sum of the bytes while that stays
under 65,521: at most 256 bytes of 255). The answer is within n/128 pt of the
exact sum; the caller decides with it only where that margin cannot change the
decision, and sums exactly otherwise. A character not measured yet has the high
byte 255, which no width under 1020 pt has: one look for that byte (memchr) tells
whether the table holds the whole run, where a translate that deletes the known
characters cost ~1,200 instructions a run (it builds a 256-entry table each call).
"""
from __future__ import annotations

from itertools import islice
from zlib import adler32

SCALE = 64  # steps per point
MAX_CHARS = 256  # adler32's byte sum stays exact up to here
_UNKNOWN = 255  # the high byte of a character not in the tables
_MAX_WIDTH = (_UNKNOWN * 256 - 1) / SCALE  # two bytes per width, the high one under 255


class WidthSums:
    """Byte tables for one font's measured widths (the document's dict, which grows
    as pdf_run_checks measures new characters: picked up on the next call)."""

    __slots__ = ("widths", "seen", "high", "low")

    def __init__(self, widths: dict[str, float]) -> None:
        self.widths = widths
        self.seen = 0  # entries of `widths` already in the tables
        self.high = bytearray([_UNKNOWN]) * 256
        self.low = bytearray(256)

    def total(self, run: str) -> tuple[float, float] | None:
        """(sum of the run's widths, how far it may be from the exact sum), or None
        when the run cannot be summed this way (not ASCII, too long, a character
        not measured yet or with a width outside 0..1023 pt)."""
        if len(self.widths) != self.seen:
            self._update()
        if len(run) > MAX_CHARS or not run.isascii():
            return None
        data = run.encode("ascii")
        highs = data.translate(self.high)
        if _UNKNOWN in highs:  # a character not measured yet, or too wide (an int: memchr)
            return None
        high = (adler32(highs) & 0xFFFF) - 1
        low = (adler32(data.translate(self.low)) & 0xFFFF) - 1
        return (high * 256 + low) / SCALE, len(run) / (2 * SCALE) + 1e-6

    def _update(self) -> None:
        for ch, width in islice(self.widths.items(), self.seen, None):
            if len(ch) == 1 and ch.isascii() and 0.0 <= width <= _MAX_WIDTH:  # also False for NaN
                step = round(width * SCALE)
                code = ord(ch)
                self.high[code], self.low[code] = step >> 8, step & 0xFF
        self.seen = len(self.widths)
