#!/bin/sh
# Builds facelint at a base revision (default: where the current branch
# left main) and from the working tree, runs both standalone on the bundled
# example, every real-world face snapshot and the test modules, in every
# output format and with other settings, the working tree's with an empty
# cache of facts, a second time, and with a cache shared by every target,
# and fails if any output, standard error or exit status differs.
# Arguments go to the program, e.g. -base main, -run 'circled|e2emod'.
set -eu
cd "$(dirname "$0")/../.."
exec go run ./scripts/samefindings "$@"
