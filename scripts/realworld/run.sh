#!/bin/sh
# Runs facelint over Go's standard library and the pinned real-world modules
# of scripts/realworld (fetched through the module proxy) and fails if
# facelint crashes, reports an internal error (FR900), fails on a package
# go build accepts, or reports any finding. Arguments go to the program,
# e.g. -out report.md, -run 'gin|echo', -work dir. Needs Go and the module
# proxy only.
set -eu
cd "$(dirname "$0")/../.."
exec go run ./scripts/realworld "$@"
