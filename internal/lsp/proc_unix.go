//go:build unix

package lsp

import (
	"os/exec"
	"syscall"
)

// killGroupOnCancel makes cmd the leader of a new process group and kills
// the whole group when its context is cancelled: the go command's children
// (the vet tool, compilers) stop with it.
func killGroupOnCancel(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
}
