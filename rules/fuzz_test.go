package rules_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/facelint/facelint/rules"
)

// fuzzFile is the name the fuzzed project files are loaded under.
const fuzzFile = "fuzz/.facelint.toml"

// FuzzLoad loads arbitrary bytes as a project's .facelint.toml. Loading
// must never panic; a file that does not load must be rejected only with
// *rules.Error values that point into it; a file that loads must give a
// usable set. The seeds in testdata/fuzz/FuzzLoad cover a valid file for
// every section and every class of error.
func FuzzLoad(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := rules.LoadData(fuzzFile, data)
		if err != nil {
			checkErrors(t, data, err)
			return
		}
		checkSet(t, s)
	})
}

// checkErrors fails unless every error in the tree of err is a *rules.Error
// with a message and a position inside data.
func checkErrors(t *testing.T, data []byte, err error) {
	t.Helper()
	lines := bytes.Count(data, []byte("\n")) + 1
	for _, e := range leafErrors(err) {
		re, ok := e.(*rules.Error)
		switch {
		case !ok:
			t.Errorf("error %q is a %T, not a *rules.Error", e, e)
		case re.Pos.File != fuzzFile:
			t.Errorf("error %q: file %q, want %q", e, re.Pos.File, fuzzFile)
		case re.Pos.Line < 1 || re.Pos.Line > lines:
			t.Errorf("error %q: line %d outside the file's lines 1 to %d", e, re.Pos.Line, lines)
		case re.Pos.Col < 0:
			t.Errorf("error %q: negative column %d", e, re.Pos.Col)
		case re.Msg == "":
			t.Errorf("error at %s has no message", re.Pos)
		}
	}
}

// leafErrors flattens the tree of errors.Join: an error that wraps several
// contributes its leaves, any other error is a leaf.
func leafErrors(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var leaves []error
		for _, e := range j.Unwrap() {
			leaves = append(leaves, leafErrors(e)...)
		}
		return leaves
	}
	return []error{err}
}

// checkSet fails unless every rule of s can be found by its ID and renders
// a message that starts with that ID.
func checkSet(t *testing.T, s *rules.Set) {
	t.Helper()
	if len(s.Rules) == 0 {
		t.Fatal("loaded set has no rules")
	}
	if last := s.Files[len(s.Files)-1]; last != fuzzFile {
		t.Errorf("last file loaded is %q, want %q", last, fuzzFile)
	}
	vars := map[string]string{
		"data": "d", "source": "s", "sink": "k", "extractor": "e", "dest": "t",
		"cond": "c", "verifier": "v", "deny": "n", "problem": "p", "directive": "i",
	}
	for _, r := range s.Rules {
		if r.ID == "" {
			t.Errorf("rule without ID: %+v", r)
			continue
		}
		if s.Rule(r.ID) != r {
			t.Errorf("Rule(%q) does not return the set's rule", r.ID)
		}
		msg := s.Message(r, vars)
		if text, ok := strings.CutPrefix(msg, "["+r.ID+"] "); !ok || text == "" {
			t.Errorf("rule %s renders %q, want its ID in brackets and a text", r.ID, msg)
		}
	}
}
