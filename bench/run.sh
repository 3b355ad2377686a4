#!/bin/sh
# Times facelint (standalone, as go vet's tool and as a language server),
# the null driver (bench/nulldriver), go vet and gosec on Go's standard
# library, a large module and the real-world face snapshots, and prints a
# markdown report that ends with every target and its measured ratio.
# Arguments go to the program, e.g. -out report.md, -count 3,
# -skip 'gosec|vet-cold', -realworld DIR. Needs Go and the module proxy only.
set -eu
cd "$(dirname "$0")/.."
exec go run ./bench "$@"
