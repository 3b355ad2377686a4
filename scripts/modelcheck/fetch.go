package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"

	"golang.org/x/mod/module"
)

// A fetcher makes modules' source available: it returns the directory of
// each module it could get, and an error for each it could not.
type fetcher interface {
	fetch(mods []module.Version) (dirs map[module.Version]string, errs map[module.Version]error)
}

// goFetcher downloads modules with go mod download -json through the
// configured module proxy into the module cache (GOMODCACHE).
type goFetcher struct{}

// downloaded is the part of go mod download -json output the check uses.
type downloaded struct {
	Path, Version, Dir, Error string
}

func (goFetcher) fetch(mods []module.Version) (map[module.Version]string, map[module.Version]error) {
	dirs, errs := map[module.Version]string{}, map[module.Version]error{}
	args := []string{"mod", "download", "-json"}
	for _, m := range mods {
		args = append(args, m.Path+"@"+m.Version)
	}
	// Outside any module, with no toolchain switch: only the arguments
	// are downloaded, and the local go command does it.
	tmp, err := os.MkdirTemp("", "modelcheck")
	if err != nil {
		return nil, failAll(mods, err)
	}
	defer os.RemoveAll(tmp)
	cmd := exec.Command("go", args...)
	cmd.Dir = tmp
	cmd.Env = append(os.Environ(), "GOTOOLCHAIN=local", "GOWORK=off",
		"GOFLAGS="+strings.TrimSpace(os.Getenv("GOFLAGS")+" -mod=mod"))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, runErr := cmd.Output()
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var d downloaded
		if err := dec.Decode(&d); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return nil, failAll(mods, fmt.Errorf("go mod download output: %v", err))
		}
		m := module.Version{Path: d.Path, Version: d.Version}
		if d.Error != "" {
			errs[m] = errors.New(d.Error)
		} else {
			dirs[m] = d.Dir
		}
	}
	if runErr != nil && len(errs) == 0 {
		return nil, failAll(mods, fmt.Errorf("go mod download: %v\n%s", runErr, strings.TrimSpace(stderr.String())))
	}
	return dirs, errs
}

func failAll(mods []module.Version, err error) map[module.Version]error {
	errs := map[module.Version]error{}
	for _, m := range mods {
		errs[m] = err
	}
	return errs
}

// goroot returns the GOROOT of the go command on PATH.
func goroot() (string, error) {
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOROOT: %v", err)
	}
	return strings.TrimSpace(string(out)), nil
}
