"""Runs the benchmark of bench/run.sh: generates plans, times the parse floor, kplan check and
kplan render, and prints a table and the targets. Standard library only."""

import os
import subprocess
import sys
import time

SIZES = [int(n) for n in os.environ.get("BENCH_SIZES", "1000 10000 100000").split()]
FORMAT = os.environ.get("BENCH_FORMAT", "yaml")
LAYOUT = os.environ.get("BENCH_LAYOUT", "section")
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
WORK = "target/bench"
TODAY = "2026-11-27"
KPLAN = "target/release/kplan"


def run_once(cmd):
    """Wall seconds and peak resident set (bytes) of one run of `cmd`."""
    start = time.perf_counter()
    child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        sys.exit(f"failed: {' '.join(cmd)}")
    return wall, usage.ru_maxrss * 1024


def measure(cmd, runs=RUNS):
    results = [run_once(cmd) for _ in range(runs)]
    return min(r[0] for r in results), max(r[1] for r in results)


def size_on_disk(path):
    return sum(
        os.path.getsize(os.path.join(d, f)) for d, _, files in os.walk(path) for f in files
    )


os.makedirs(WORK, exist_ok=True)
data = {}
for n in SIZES:
    plan = f"{WORK}/plan-{n}-{FORMAT}-{LAYOUT}"
    if not os.path.isdir(plan):
        subprocess.run(
            ["target/release/examples/generate", str(n), plan, "--format", FORMAT, "--layout", LAYOUT, "--seed", "1"],
            check=True,
        )
    size = size_on_disk(plan)
    floor = measure(["target/release/examples/parse-floor", plan])
    check = measure([KPLAN, "check", plan, "--today", TODAY, "-q"])
    render = measure([KPLAN, "render", plan, "--today", TODAY, "-q", "--format", "html", "-o", f"{WORK}/out-{n}"])
    data[n] = (size, floor, check, render)
example = measure([KPLAN, "check", "examples/testvik-helse", "--today", TODAY, "-q"], runs=20)

print(f"\nkplan benchmark ({FORMAT}, one file per {LAYOUT}, best of {RUNS} runs)\n")
print("| entities | size on disk | parse floor | check | check / floor | render (HTML) | render / floor | peak memory, check | peak memory, render |")
print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for n, (size, floor, check, render) in data.items():
    mem = lambda m: f"{m / 2**20:.0f} MB ({m / size:.1f}×)"
    print(
        f"| {n:,} | {size / 1e6:.1f} MB | {floor[0]:.3f} s | {check[0]:.3f} s | {check[0] / floor[0]:.2f} "
        f"| {render[0]:.3f} s | {render[0] / floor[0]:.2f} | {mem(check[1])} | {mem(render[1])} |"
    )
print(f"\n`kplan check examples/testvik-helse`: {example[0] * 1000:.1f} ms wall, best of 20, process start included\n")

outcomes = []


def target(name, ok, detail):
    outcomes.append(ok)
    print(f"- {'PASS' if ok else 'FAIL'}: {name} ({detail})")


for n in (10000, 100000):
    if n in data:
        size, floor, check, render = data[n]
        target(f"check ≤ 1.5 × parse floor at {n:,}", check[0] <= 1.5 * floor[0], f"{check[0] / floor[0]:.2f}")
        target(f"render ≤ 3 × parse floor at {n:,}", render[0] <= 3 * floor[0], f"{render[0] / floor[0]:.2f}")
if 10000 in data and 100000 in data:
    a, b = data[10000], data[100000]
    target("check at 100 000 ≤ 11 × check at 10 000", b[2][0] <= 11 * a[2][0], f"{b[2][0] / a[2][0]:.1f}")
    target("render at 100 000 ≤ 11 × render at 10 000", b[3][0] <= 11 * a[3][0], f"{b[3][0] / a[3][0]:.1f}")
if 100000 in data:
    size, _, check, render = data[100000]
    target("peak memory of check at 100 000 ≤ 8 × size on disk", check[1] <= 8 * size, f"{check[1] / size:.1f}×")
    target("peak memory of render at 100 000 ≤ 8 × size on disk", render[1] <= 8 * size, f"{render[1] / size:.1f}×")
target("check of the example plan ≤ 15 ms", example[0] <= 0.015, f"{example[0] * 1000:.1f} ms")
print(f"\n{sum(outcomes)} passed, {len(outcomes) - sum(outcomes)} failed")
sys.exit(0 if all(outcomes) else 1)
