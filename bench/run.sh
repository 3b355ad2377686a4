#!/bin/sh
# Times facelint, the null driver (bench/nulldriver), go vet (cold and warm
# cache) and gosec on Go's standard library and a large module, and prints a
# markdown report with the targets of issue 5. Arguments go to the program,
# e.g. -out report.md, -count 3, -skip 'gosec|vet'. Needs Go and the module
# proxy only.
set -eu
cd "$(dirname "$0")/.."
exec go run ./bench "$@"
