#!/usr/bin/env bash
# Runs every fuzz target of the module, one after the other, each for
# FUZZTIME (default 20s), and exits 1 if any of them fails.
#
#   FUZZTIME=1m scripts/fuzz.sh
#
# go test -fuzz takes one target of one package at a time, so the targets
# are found by their declarations (func FuzzXxx in a _test.go file). A
# failing input is written to the package's testdata/fuzz/FuzzXxx/
# directory, where go test picks it up as a seed: fix the bug before
# committing it. FUZZMINIMIZETIME (default 1s) bounds the time spent
# minimising each new input: FuzzLoad takes tenths of a second per input,
# and go test's default of 60s would leave it little time to explore.
set -euo pipefail

cd "$(dirname "$0")/.."
fuzztime=${FUZZTIME:-20s}
minimizetime=${FUZZMINIMIZETIME:-1s}

ran=0
failed=()
while IFS=$'\t' read -r dir target <&3; do
	ran=$((ran + 1))
	echo "== $dir $target ($fuzztime)"
	if ! go test -run='^$' -fuzz="^$target\$" -fuzztime="$fuzztime" -fuzzminimizetime="$minimizetime" "$dir"; then
		failed+=("$dir $target")
	fi
done 3< <(grep -r --include='*_test.go' -o '^func Fuzz[A-Za-z0-9_]*(' . |
	grep -v '/testdata/' |
	sed 's|^\(.*\)/[^/]*:func \(Fuzz[A-Za-z0-9_]*\)($|\1\t\2|' |
	sort -u)

if ((ran == 0)); then
	echo "fuzz: no fuzz targets found" >&2
	exit 1
fi
if ((${#failed[@]} > 0)); then
	printf 'fuzz: failed: %s\n' "${failed[@]}" >&2
	exit 1
fi
