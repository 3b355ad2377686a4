// Package baseline records the findings a project accepts for now, so that
// CI fails only on new ones.
//
// A baseline is a JSON file listing findings by fingerprint. A fingerprint
// hashes the rule ID, the file, the text of the finding's line (trimmed),
// the message without positions and the finding's occurrence index among
// identical findings. It has no line number, so it survives code moving up
// or down; it changes when the line itself or the message changes.
package baseline

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// version is the format version of baseline files.
const version = 1

// Finding is what a baseline identifies a finding by.
type Finding struct {
	Rule    string // rule ID
	File    string // path relative to the working directory, with forward slashes
	Line    string // source text of the finding's line
	Message string
}

// Entry is a finding recorded in a baseline.
type Entry struct {
	Rule        string `json:"rule"`
	File        string `json:"file"`
	Message     string `json:"message"` // without positions
	Fingerprint string `json:"fingerprint"`
}

// Baseline is a set of accepted findings.
type Baseline struct {
	Version  int     `json:"version"`
	Findings []Entry `json:"findings"` // sorted by file, rule, message, fingerprint
}

// New returns the baseline that accepts findings.
func New(findings []Finding) *Baseline {
	fps := Fingerprints(findings)
	b := &Baseline{Version: version, Findings: make([]Entry, len(findings))}
	for i, f := range findings {
		b.Findings[i] = Entry{Rule: f.Rule, File: f.File, Message: normalize(f.Message), Fingerprint: fps[i]}
	}
	sort.Slice(b.Findings, func(i, j int) bool {
		x, y := b.Findings[i], b.Findings[j]
		if x.File != y.File {
			return x.File < y.File
		}
		if x.Rule != y.Rule {
			return x.Rule < y.Rule
		}
		if x.Message != y.Message {
			return x.Message < y.Message
		}
		return x.Fingerprint < y.Fingerprint
	})
	return b
}

// Read reads a baseline file. A file that does not exist is an empty
// baseline.
func Read(path string) (*Baseline, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return &Baseline{Version: version}, nil
	}
	if err != nil {
		return nil, err
	}
	var b Baseline
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		return nil, fmt.Errorf("baseline %s: %w", path, err)
	}
	if b.Version != version {
		return nil, fmt.Errorf("baseline %s: version %d, want %d", path, b.Version, version)
	}
	return &b, nil
}

// Write writes the baseline to a file as indented JSON.
func (b *Baseline) Write(path string) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(b); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

// Match reports, for each finding, whether the baseline accepts it.
func (b *Baseline) Match(findings []Finding) []bool {
	known := make(map[string]bool, len(b.Findings))
	for _, e := range b.Findings {
		known[e.Fingerprint] = true
	}
	match := make([]bool, len(findings))
	for i, fp := range Fingerprints(findings) {
		match[i] = known[fp]
	}
	return match
}

// Fingerprints returns the fingerprint of each finding. Findings that are
// otherwise identical (same rule, file, trimmed line and message without
// positions) are told apart by their occurrence index, counted in order.
func Fingerprints(findings []Finding) []string {
	seen := map[string]int{}
	fps := make([]string, len(findings))
	for i, f := range findings {
		key := strings.Join([]string{f.Rule, f.File, strings.TrimSpace(f.Line), normalize(f.Message)}, "\x00")
		n := seen[key]
		seen[key]++
		sum := sha256.Sum256([]byte(key + "\x00" + strconv.Itoa(n)))
		fps[i] = hex.EncodeToString(sum[:16])
	}
	return fps
}

// position matches a position inside a message: file.go:12:3 or file.go:12.
var position = regexp.MustCompile(`(\.go):[0-9]+(:[0-9]+)?`)

// normalize removes line and column numbers from a message, so that it does
// not change when code moves.
func normalize(msg string) string {
	return position.ReplaceAllString(msg, "$1")
}
