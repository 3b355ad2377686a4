package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

// result is what facelint reported on one project.
type result struct {
	project  string
	findings []finding
	exit     int    // facelint's exit status
	stderr   string // what it printed there (load errors)
	crashed  bool   // a panic or a fatal error
	sarif    string // the SARIF check's complaint, if any
}

// finding is one diagnostic, with its file relative to the project.
type finding struct {
	Rule    string
	File    string
	Line    int
	Message string
}

// analyse runs facelint on a project as a user would, and its SARIF output
// through the check command when there is one.
func analyse(bin, dir, project, sarifCheck string) (*result, error) {
	pdir := filepath.Join(dir, project)
	r := &result{project: project}
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(bin, "-json", "./...")
	cmd.Dir, cmd.Stdout, cmd.Stderr = pdir, &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		r.exit = exit.ExitCode()
	case err != nil:
		return nil, err
	}
	r.stderr = stderr.String()
	r.crashed = r.exit > 3 || r.exit < 0 || strings.Contains(r.stderr, "panic:") || strings.Contains(r.stderr, "fatal error:")
	if stdout.Len() > 0 {
		fs, err := parseTree(stdout.Bytes(), pdir)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", project, err)
		}
		r.findings = fs
	}
	if sarifCheck != "" {
		r.sarif = checkSARIF(bin, pdir, sarifCheck)
	}
	return r, nil
}

// parseTree reads the JSON tree of go vet -json: package, analyzer,
// diagnostics.
func parseTree(data []byte, pdir string) ([]finding, error) {
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal(data, &tree); err != nil {
		return nil, err
	}
	var out []finding
	seen := map[string]bool{}
	for _, analyzers := range tree {
		for _, raw := range analyzers {
			var diags []struct {
				Category string `json:"category"`
				Posn     string `json:"posn"`
				Message  string `json:"message"`
			}
			if json.Unmarshal(raw, &diags) != nil {
				continue // {"error": ...}
			}
			for _, d := range diags {
				file, line := splitPosn(d.Posn)
				if rel, err := filepath.Rel(pdir, file); err == nil && !strings.HasPrefix(rel, "..") {
					file = filepath.ToSlash(rel)
				}
				f := finding{Rule: d.Category, File: file, Line: line, Message: d.Message}
				key := fmt.Sprintf("%s|%s|%d|%s", f.Rule, f.File, f.Line, f.Message)
				if !seen[key] {
					seen[key] = true
					out = append(out, f)
				}
			}
		}
	}
	return out, nil
}

// splitPosn splits file:line:col.
func splitPosn(posn string) (string, int) {
	parts := strings.Split(posn, ":")
	if len(parts) < 3 {
		return posn, 0
	}
	line, _ := strconv.Atoi(parts[len(parts)-2])
	return strings.Join(parts[:len(parts)-2], ":"), line
}

// checkSARIF runs facelint -sarif on the project and the check command on
// its output; it returns the complaint, or "".
func checkSARIF(bin, pdir, check string) string {
	f, err := os.CreateTemp("", "realworldface-*.sarif")
	if err != nil {
		return err.Error()
	}
	defer os.Remove(f.Name())
	cmd := exec.Command(bin, "-sarif", "./...")
	cmd.Dir, cmd.Stdout = pdir, f
	_ = cmd.Run() // exit 3 on findings; the file is what is checked
	f.Close()
	args := strings.Fields(check)
	var out bytes.Buffer
	v := exec.Command(args[0], append(args[1:], f.Name())...)
	v.Stdout, v.Stderr = &out, &out
	if err := v.Run(); err != nil {
		return strings.TrimSpace(out.String())
	}
	return ""
}
