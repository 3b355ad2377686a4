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
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/facelint/facelint/internal/repo"
	"github.com/facelint/facelint/internal/safefile"
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

// MaxFileSize is the largest baseline file read, in bytes.
const MaxFileSize = 64 << 20

// Read reads a baseline file: a regular file (or a symbolic link to one)
// of at most MaxFileSize bytes holding one JSON document. A file that does
// not exist is an empty baseline.
func Read(path string) (*Baseline, error) {
	data, err := safefile.Read(path, safefile.Options{Limit: MaxFileSize})
	if errors.Is(err, fs.ErrNotExist) {
		return &Baseline{Version: version}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("baseline: %w", err)
	}
	return Parse(path, data)
}

// Parse parses the content of the baseline file path.
func Parse(path string, data []byte) (*Baseline, error) {
	var b Baseline
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		return nil, fmt.Errorf("baseline %s: %w", path, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("baseline %s: data after the baseline's JSON document (at byte %d)", path, dec.InputOffset())
	}
	if b.Version != version {
		return nil, fmt.Errorf("baseline %s: version %d, want %d", path, b.Version, version)
	}
	return &b, nil
}

// Encode returns the baseline as indented JSON, as Write writes it.
func (b *Baseline) Encode() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(b); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Write writes the baseline to path as indented JSON, atomically: into a
// temporary file in the same directory, then renamed over path, so that
// path holds the old baseline or the new one and never a truncated one.
// When path is inside the directory root but reaches outside it through
// symbolic links, Write refuses: a repository cannot make facelint
// overwrite files elsewhere. A link that stays inside root is followed:
// its target is replaced.
func (b *Baseline) Write(path, root string) error {
	data, err := b.Encode()
	if err != nil {
		return err
	}
	target, err := resolve(path, root)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+".tmp*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // after a successful rename, there is nothing to remove
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), target)
}

// maxLinks bounds the symbolic links followed to the file a baseline is
// written to.
const maxLinks = 40

// resolve returns the file that writing path writes: path with symbolic
// links resolved (those of its directory, and path itself when it is a
// link). It is an error for a path inside root to resolve outside root.
func resolve(path, root string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	dir, err := filepath.EvalSymlinks(filepath.Dir(abs))
	if err != nil {
		return "", err
	}
	target := filepath.Join(dir, filepath.Base(abs))
	for links := 0; ; links++ {
		info, err := os.Lstat(target)
		if err != nil || info.Mode()&fs.ModeSymlink == 0 {
			break // a file, or none yet
		}
		if links == maxLinks {
			return "", fmt.Errorf("baseline %s: more than %d symbolic links", path, maxLinks)
		}
		dest, err := os.Readlink(target)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(dest) {
			dest = filepath.Join(filepath.Dir(target), dest)
		}
		destDir, err := filepath.EvalSymlinks(filepath.Dir(dest))
		if err != nil {
			return "", err
		}
		target = filepath.Join(destDir, filepath.Base(dest))
	}
	rootAbs, err := filepath.Abs(root)
	if err != nil {
		return "", err
	}
	if _, inside := repo.Within(rootAbs, abs); !inside {
		return target, nil // the user named a file outside the repository
	}
	realRoot, err := filepath.EvalSymlinks(rootAbs)
	if err != nil {
		return "", err
	}
	if _, inside := repo.Within(realRoot, target); !inside {
		return "", fmt.Errorf("baseline %s: resolves to %s, outside %s, through symbolic links: refusing to write there", path, target, root)
	}
	return target, nil
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
