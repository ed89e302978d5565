#!/usr/bin/env bash
# Benchmarks kplan check and kplan render against the parse floor at N = 1 000, 10 000 and
# 100 000 entities, and checks the targets of docs/performance.md. One command:
#
#   bash bench/run.sh
#   BENCH_SIZES="1000 10000" BENCH_FORMAT=toml BENCH_LAYOUT=entity BENCH_RUNS=5 bash bench/run.sh
#
# Wall time is the best of BENCH_RUNS runs (default 5), peak memory the largest resident set of
# those runs, both measured per child process (os.wait4). Times are also given as ratios to the
# parse floor, so the figures hold on any machine.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked --quiet --bin kplan --example generate --example parse-floor
exec python3 bench/measure.py
