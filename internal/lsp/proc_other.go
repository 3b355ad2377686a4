//go:build !unix

package lsp

import "os/exec"

// killGroupOnCancel leaves cmd as it is: where there are no process
// groups, cancelling the context kills the go command alone.
func killGroupOnCancel(*exec.Cmd) {}
