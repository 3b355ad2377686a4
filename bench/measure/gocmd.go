package measure

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
)

// GoEnv is the environment of the go commands the scripts run: no
// toolchain switch and no go.work from a parent directory, plus extra
// variables (later ones win).
func GoEnv(extra ...string) []string {
	return append(append(os.Environ(), "GOTOOLCHAIN=local", "GOWORK=off"), extra...)
}

// Go runs the go command in dir with GoEnv(env...) and returns its standard
// output; its error carries the standard error.
func Go(ctx context.Context, dir string, env []string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = dir
	cmd.Env = GoEnv(env...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go %s: %v\n%s", strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return out, nil
}
