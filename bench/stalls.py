#!/usr/bin/env python3
"""Pulse gaps and FX-thread work inside [T1, T2] ms, from the probe's pulses.txt (epoch ns per
pulse) and pulses-cpu.txt (the FX thread's CPU time at each pulse, ns, line for line).

Usage: stalls.py PULSES CPU T1_MS T2_MS [PREFIX]
Prints key=value pairs (each key after PREFIX): frames, max_gap_ms, p99_ms, over25 and over33
(pulse intervals longer than 25 ms and than two 60 Hz frames), max_fx_cpu_ms (the most CPU the FX
thread used between two pulses: its longest stall, whatever the machine's load), fx_over16 (intervals
in which it used more than one 60 Hz frame, 16.7 ms) and fx_cpu_ms (its total CPU in the window).
"""
import sys

pulses, cpu, t1, t2 = sys.argv[1], sys.argv[2], int(sys.argv[3]) * 10**6, int(sys.argv[4]) * 10**6
prefix = sys.argv[5] if len(sys.argv) > 5 else ""
try:
    times = [int(l) for l in open(pulses) if l.strip()]
    cpus = [int(l) for l in open(cpu) if l.strip()]
except FileNotFoundError:
    times, cpus = [], []
pairs = [(t, c) for t, c in zip(times, cpus) if t1 <= t <= t2]
gaps = sorted((b[0] - a[0]) / 1e6 for a, b in zip(pairs, pairs[1:]))
work = [(b[1] - a[1]) / 1e6 for a, b in zip(pairs, pairs[1:])]
nan = float("nan")
p99 = gaps[min(len(gaps) - 1, int(round(0.99 * (len(gaps) - 1))))] if gaps else nan
out = {
    "frames": len(gaps),
    "max_gap_ms": f"{gaps[-1]:.1f}" if gaps else "nan",
    "p99_ms": f"{p99:.1f}",
    "over25": sum(1 for g in gaps if g > 25),
    "over33": sum(1 for g in gaps if g > 1000 / 30),
    "max_fx_cpu_ms": f"{max(work):.1f}" if work else "nan",
    "fx_over16": sum(1 for w in work if w > 1000 / 60),
    "fx_cpu_ms": f"{sum(work):.0f}",
}
print(" ".join(f"{prefix}{k}={v}" for k, v in out.items()))
