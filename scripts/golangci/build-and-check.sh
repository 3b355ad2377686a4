#!/usr/bin/env bash
# build-and-check.sh builds a golangci-lint v2 binary with the facelint module
# plugin linked in, then lints testdata/golangci with it and checks the
# findings.
#
# Usage: scripts/golangci/build-and-check.sh [OUT_DIR]
#
# The binary is OUT_DIR/custom-gcl (default: bin/custom-gcl in the
# repository). `golangci-lint custom` would `git clone` golangci-lint from
# github.com; this script builds the same binary the documented manual way
# instead: it copies golangci-lint's source from the Go module cache (filled
# from GOPROXY), adds a blank import of the plugin to
# cmd/golangci-lint/plugins.go, replaces the facelint module with this
# checkout, runs go mod tidy and go build. The golangci-lint version, the
# plugin module and its import path come from .custom-gcl.yml.
#
# Needs only Go and the module proxy. Once the module cache holds
# golangci-lint's dependencies it also works offline (GOPROXY=off).
#
# The check runs the binary with .golangci-plugin.yml on testdata/golangci:
# every line marked "// want RULE" there must be reported as RULE by the
# facelint linter, and nothing else may be reported. Then, on a copy of that
# module and with golangci-lint's cache kept between runs, it checks that
# editing .facelint.toml changes the next run's findings, and that a broken
# .facelint.toml fails every run. Last, it checks that golangci-lint shows
# every step of every finding's path at the position the standalone driver
# shows it (a step in another file than its finding carries its position in
# its message, since golangci-lint moves such steps to the finding).
set -euo pipefail

die() {
	echo "build-and-check: $*" >&2
	exit 1
}

repo=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/../.." && pwd)
out=${1:-$repo/bin}
mkdir -p -- "$out"
out=$(cd -- "$out" && pwd)
bin=$out/custom-gcl
demo=$repo/testdata/golangci

# yaml_value KEY prints the first value of KEY in .custom-gcl.yml, a flat
# file of "key: value" lines (values optionally quoted).
yaml_value() {
	sed -n "s/^[[:space:]-]*$1:[[:space:]]*[\"']\{0,1\}\([^\"'#[:space:]]*\).*/\1/p" "$repo/.custom-gcl.yml" | head -n 1
}
version=$(yaml_value version)
module=$(yaml_value module)
import=$(yaml_value import)
[[ -n $version && -n $module && -n $import ]] ||
	die "cannot read version, module and import from $repo/.custom-gcl.yml"

export GOWORK=off
work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT

start=$SECONDS
gcl=github.com/golangci/golangci-lint/v2
echo "build-and-check: downloading $gcl@$version (GOPROXY=$(go env GOPROXY))"
if ! (cd "$work" && go mod download -json "$gcl@$version") >"$work/download.json"; then
	cat "$work/download.json" >&2
	die "cannot download $gcl@$version"
fi
moddir=$(sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p' "$work/download.json")
[[ -d $moddir ]] || die "go mod download gave no module directory for $gcl@$version"

src=$work/golangci-lint
cp -R -- "$moddir" "$src"
chmod -R u+w "$src"
cat >"$src/cmd/golangci-lint/plugins.go" <<EOF
package main

import _ "$import"
EOF

# golangci-lint keys its cache on its version string, not on its binary:
# the version names the plugin's source, as golangci-lint custom's does, so
# that a new facelint does not reuse the findings of an old one.
plugin_hash=$(cd "$repo" && {
	git ls-files -z -- '*.go' '*.toml' go.mod go.sum 2>/dev/null ||
		find . -type f \( -name '*.go' -o -name '*.toml' -o -name go.mod -o -name go.sum \) -not -path './.git/*' -print0
} | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-12)
echo "build-and-check: building $bin (golangci-lint $version + $import)"
(
	cd "$src"
	go mod edit -replace "$module=$repo"
	go mod tidy
	go build -trimpath -ldflags "-s -w -X main.version=${version#v}-custom-gcl-facelint-$plugin_hash -X main.date=$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
		-o "$bin" ./cmd/golangci-lint
) || die "building golangci-lint with the facelint plugin failed"
echo "build-and-check: built in $((SECONDS - start))s"
"$bin" version

start=$SECONDS
status=0
output=$(cd "$demo" && GOLANGCI_LINT_CACHE=$work/first-run-cache "$bin" run -c "$repo/.golangci-plugin.yml" \
	--path-mode=abs --show-stats=false --issues-exit-code=0 \
	--output.text.path=stdout --output.text.print-issued-lines=false --output.text.colors=false \
	./... 2>"$work/stderr") || status=$?
echo "build-and-check: linted testdata/golangci in $((SECONDS - start))s"
output=${output//"$demo/"/}
printf '%s\n' "$output"
if ((status != 0)); then
	cat "$work/stderr" >&2
	die "custom-gcl run failed with exit code $status"
fi

# Findings as "file:line RULE", from the output and from the want comments.
# Every other output line is unexpected: .golangci-plugin.yml hides the
# "(related information)" issues golangci-lint makes of each path step.
finding='^([^:]+):([0-9]+):[0-9]+: [a-z]+: \[(FR[0-9]+)\] .* \(facelint\)$'
found=()
others=()
while IFS= read -r line; do
	if [[ $line =~ $finding ]]; then
		found+=("${BASH_REMATCH[1]}:${BASH_REMATCH[2]} ${BASH_REMATCH[3]}")
	elif [[ -n $line ]]; then
		others+=("$line")
	fi
done <<<"$output"
got=$(printf '%s\n' "${found[@]}" | sort)
want=$(cd "$demo" && grep -n -o '// want FR[0-9]*' -- *.go | sed 's|^\([^:]*\):\([0-9]*\):// want |\1:\2 |' | sort)

missing=$(comm -23 <(printf '%s\n' "$want") <(printf '%s\n' "$got"))
unexpected=$(comm -13 <(printf '%s\n' "$want") <(printf '%s\n' "$got"))
if [[ -n $missing || -n $unexpected ]] || ((${#others[@]} > 0)); then
	[[ -z $missing ]] || printf 'missing findings (file:line rule):\n%s\n' "$missing" >&2
	[[ -z $unexpected ]] || printf 'unexpected findings (file:line rule):\n%s\n' "$unexpected" >&2
	if ((${#others[@]} > 0)); then
		printf 'unexpected output:\n' >&2
		printf '%s\n' "${others[@]}" >&2
	fi
	die "custom-gcl did not report the expected facelint findings on testdata/golangci"
fi
echo "build-and-check: ok: the ${#found[@]} findings are those the want comments expect, none in compliant code"

# Findings of a run as sorted "file:line RULE" lines.
findings_of() {
	local line
	while IFS= read -r line; do
		if [[ $line =~ $finding ]]; then
			printf '%s:%s %s\n' "${BASH_REMATCH[1]}" "${BASH_REMATCH[2]}" "${BASH_REMATCH[3]}"
		fi
	done <<<"$1" | sort
}

# lint DIR runs the binary on the module in DIR with golangci-lint's cache
# (GOLANGCI_LINT_CACHE) kept between runs; it prints the output, with
# paths relative to DIR, and returns the exit code.
cache=$work/golangci-cache
lint() {
	(cd "$1" && GOLANGCI_LINT_CACHE=$cache "$bin" run -c "$repo/.golangci-plugin.yml" \
		--path-mode=abs --show-stats=false --issues-exit-code=0 \
		--output.text.path=stdout --output.text.print-issued-lines=false --output.text.colors=false \
		./... 2>&1) | sed "s|$1/||g"
	return "${PIPESTATUS[0]}"
}

copy=$work/cachecheck
cp -R -- "$demo" "$copy"
lint "$copy" >/dev/null || die "custom-gcl failed on a copy of testdata/golangci"
before=$(lint "$copy")
[[ $(findings_of "$before") == "$got" ]] || die "the second run on the copy differs from the first: $before"

printf '[rules.FR101]\nenabled = false\n' >"$copy/.facelint.toml"
status=0
after=$(lint "$copy") || status=$?
((status == 0)) || die "custom-gcl failed after FR101 was disabled: $after"
want_after=$(grep -v ' FR101$' <<<"$got")
[[ $(findings_of "$after") == "$want_after" ]] ||
	die "disabling FR101 in .facelint.toml did not change the next run's findings (stale cache):
$after"
echo "build-and-check: ok: disabling FR101 in .facelint.toml changed the next run's findings"

printf '[rules.FR101]\nseverity = "loud"\n' >"$copy/.facelint.toml"
for run in 1 2; do
	status=0
	out=$(lint "$copy") || status=$?
	if ((status == 0)) || [[ $out != *'.facelint.toml:2:1: unknown severity'* ]]; then
		die "run $run with a broken .facelint.toml: exit code $status, want a failure naming the error:
$out"
	fi
done
echo "build-and-check: ok: a broken .facelint.toml fails every run"

# Path steps: golangci-lint's issues for related information (hidden by
# .golangci-plugin.yml's exclusion, so a copy of it without exclusions is
# used) must give the positions and messages of the standalone driver's
# steps, as "file:line:col message" lines.
(cd "$repo" && go build -o "$work/facelint" ./cmd/facelint)
standalone=$(cd "$demo" && "$work/facelint" ./... || true)
want_steps=$(sed -n 's/^\t\([^:]*:[0-9]*:[0-9]*\): \(.*\)$/\1 \2/p' <<<"$standalone" | sort -u)
sed '/^  exclusions:/,/^issues:/{/^issues:/!d}' "$repo/.golangci-plugin.yml" >"$work/all-issues.yml"
related=$(cd "$demo" && "$bin" run -c "$work/all-issues.yml" \
	--path-mode=abs --show-stats=false --issues-exit-code=0 \
	--output.text.path=stdout --output.text.print-issued-lines=false --output.text.colors=false \
	./... 2>&1 | sed "s|$demo/||g")
step_re='^([^:]+:[0-9]+:[0-9]+): [a-z]+\(related information\): (.*) \(facelint\)$'
moved_re='^(.*) \(([^ ]+:[0-9]+:[0-9]+)\)$'
got_steps=$(while IFS= read -r line; do
	if [[ $line =~ $step_re ]]; then
		pos=${BASH_REMATCH[1]} msg=${BASH_REMATCH[2]}
		if [[ $msg =~ $moved_re ]]; then
			msg=${BASH_REMATCH[1]} pos=${BASH_REMATCH[2]}
		fi
		printf '%s %s\n' "$pos" "$msg"
	fi
done <<<"$related" | sort -u)
[[ -n $want_steps ]] || die "the standalone driver printed no path steps on testdata/golangci"
if [[ $got_steps != "$want_steps" ]]; then
	diff <(printf '%s\n' "$want_steps") <(printf '%s\n' "$got_steps") >&2 || true
	die "golangci-lint shows path steps at other positions than the standalone driver (< standalone, > golangci-lint)"
fi
echo "build-and-check: ok: golangci-lint shows the $(wc -l <<<"$want_steps") path steps where the standalone driver does"
