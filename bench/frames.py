#!/usr/bin/env python3
"""Frame intervals from a pulses file (one epoch-nanosecond time per line) inside [t1, t2] ms.

Prints key=value pairs: frames, fps, p50_ms, p99_ms, max_ms, over25 (intervals longer than 25 ms).
"""
import sys

path, t1, t2 = sys.argv[1], int(sys.argv[2]) * 1_000_000, int(sys.argv[3]) * 1_000_000
times = []
try:
    with open(path) as f:
        times = [int(line) for line in f if line.strip()]
except FileNotFoundError:
    pass
inside = [t for t in times if t1 <= t <= t2]
gaps = sorted((b - a) / 1e6 for a, b in zip(inside, inside[1:]))


def pct(p):
    if not gaps:
        return float("nan")
    return gaps[min(len(gaps) - 1, int(round(p / 100 * (len(gaps) - 1))))]


seconds = (t2 - t1) / 1e9
print(
    f"frames={len(gaps)} fps={len(gaps) / seconds:.1f} p50_ms={pct(50):.1f} "
    f"p99_ms={pct(99):.1f} max_ms={(gaps[-1] if gaps else float('nan')):.1f} "
    f"over25={sum(1 for g in gaps if g > 25)}"
)
