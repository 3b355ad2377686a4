package baseline_test

import (
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/facelint/facelint/internal/baseline"
)

var logged = baseline.Finding{
	Rule:    "FR101",
	File:    "cmd/app/main.go",
	Line:    "\tlog.Printf(\"%x\", b)",
	Message: "[FR101] face image from r.FormFile (cmd/app/main.go:10:23) is written to a log by log.Printf",
}

func fp(f baseline.Finding) string { return baseline.Fingerprints([]baseline.Finding{f})[0] }

func TestFingerprints(t *testing.T) {
	base := fp(logged)
	if len(base) != 32 {
		t.Fatalf("fingerprint %q: want 32 hex digits", base)
	}
	tests := []struct {
		name   string
		change func(*baseline.Finding)
		same   bool
	}{
		{"re-indented", func(f *baseline.Finding) { f.Line = "    log.Printf(\"%x\", b)  " }, true},
		{"moved lines", func(f *baseline.Finding) { f.Message = strings.ReplaceAll(f.Message, ":10:23", ":31:23") }, true},
		{"moved line only", func(f *baseline.Finding) { f.Message = strings.ReplaceAll(f.Message, ":10:23", ":31") }, true},
		{"other rule", func(f *baseline.Finding) { f.Rule = "FR102" }, false},
		{"other file", func(f *baseline.Finding) { f.File = "cmd/app/other.go" }, false},
		{"other line", func(f *baseline.Finding) { f.Line = "log.Printf(\"%x\", c)" }, false},
		{"other message", func(f *baseline.Finding) { f.Message = "[FR101] face template is written to a log" }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := logged
			tt.change(&f)
			if got := fp(f) == base; got != tt.same {
				t.Errorf("same fingerprint = %v, want %v", got, tt.same)
			}
		})
	}
}

func TestOccurrences(t *testing.T) {
	other := logged
	other.Rule = "FR102"
	fps := baseline.Fingerprints([]baseline.Finding{logged, other, logged, logged})
	if fps[0] != fp(logged) {
		t.Errorf("the first occurrence does not have the finding's own fingerprint")
	}
	seen := map[string]bool{}
	for _, f := range fps {
		if seen[f] {
			t.Errorf("identical findings share fingerprint %s: %v", f, fps)
		}
		seen[f] = true
	}
}

func TestWriteRead(t *testing.T) {
	other := logged
	other.File, other.Rule = "a.go", "FR201"
	path := filepath.Join(t.TempDir(), "baseline.json")
	b := baseline.New([]baseline.Finding{logged, other})
	if err := b.Write(path, filepath.Dir(path)); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`"version": 1`,
		`"file": "a.go"`,
		`"message": "[FR101] face image from r.FormFile (cmd/app/main.go) is written to a log by log.Printf"`,
		`"fingerprint": "` + fp(logged) + `"`,
	} {
		if !strings.Contains(string(data), want) {
			t.Errorf("baseline lacks %s:\n%s", want, data)
		}
	}
	if strings.Index(string(data), `"a.go"`) > strings.Index(string(data), `"cmd/app/main.go"`) {
		t.Errorf("entries are not sorted by file:\n%s", data)
	}
	got, err := baseline.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, b) {
		t.Errorf("Read = %+v, want %+v", got, b)
	}
	fresh := logged
	fresh.Line = "log.Print(b)"
	if m := got.Match([]baseline.Finding{other, fresh, logged}); !reflect.DeepEqual(m, []bool{true, false, true}) {
		t.Errorf("Match = %v, want [true false true]", m)
	}
	if m := got.Match([]baseline.Finding{logged, logged}); !reflect.DeepEqual(m, []bool{true, false}) {
		t.Errorf("a second identical finding is accepted: Match = %v", m)
	}
}

func TestRead(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, content, wantErr string
	}{
		{name: "missing"},
		{name: "empty.json", content: `{"version": 1, "findings": []}`},
		{name: "bad.json", content: `{"version": 1, "findings": [`, wantErr: "unexpected EOF"},
		{name: "unknown.json", content: `{"version": 1, "entries": []}`, wantErr: `unknown field "entries"`},
		{name: "future.json", content: `{"version": 2, "findings": []}`, wantErr: "version 2, want 1"},
		{name: "trailing.json", content: `{"version": 1, "findings": []}]}garbage`, wantErr: "data after the baseline's JSON document"},
		{name: "two.json", content: `{"version": 1, "findings": []} {"version": 1, "findings": []}`, wantErr: "data after the baseline's JSON document"},
		{name: "spaces.json", content: "{\"version\": 1, \"findings\": []}\n\n  \n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, tt.name)
			if tt.content != "" {
				if err := os.WriteFile(path, []byte(tt.content), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			b, err := baseline.Read(path)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("Read error = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if m := b.Match([]baseline.Finding{logged}); m[0] {
				t.Errorf("an empty baseline accepts a finding")
			}
		})
	}
}

// TestWriteAtomic checks that Write replaces the file rather than
// rewriting it in place: a reader of the old file still reads all of it,
// so the file is never seen truncated, and no temporary file is left.
func TestWriteAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "baseline.json")
	old := baseline.New([]baseline.Finding{logged})
	if err := old.Write(path, dir); err != nil {
		t.Fatal(err)
	}
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	reader, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	if err := baseline.New(nil).Write(path, dir); err != nil {
		t.Fatal(err)
	}
	seen, err := io.ReadAll(reader)
	if err != nil {
		t.Fatal(err)
	}
	if string(seen) != string(before) {
		t.Errorf("a reader of the old baseline saw %q, want the whole old file %q", seen, before)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("files left in the directory: %v", entries)
	}
	if b, err := baseline.Read(path); err != nil || len(b.Findings) != 0 {
		t.Errorf("Read after Write = %+v, %v", b, err)
	}
}

// TestWriteSymlink checks that a baseline path inside the repository that
// links outside it is refused, and that a link inside it is followed.
func TestWriteSymlink(t *testing.T) {
	root, outside := t.TempDir(), t.TempDir()
	victim := filepath.Join(outside, "victim")
	if err := os.WriteFile(victim, []byte("keep"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(root, "facelint-baseline.json")
	if err := os.Symlink(victim, link); err != nil {
		t.Skip(err)
	}
	b := baseline.New([]baseline.Finding{logged})
	if err := b.Write(link, root); err == nil || !strings.Contains(err.Error(), "outside") {
		t.Errorf("Write through a link out of the repository: %v, want a refusal", err)
	}
	if data, _ := os.ReadFile(victim); string(data) != "keep" {
		t.Errorf("the file outside the repository was changed: %q", data)
	}

	linkedDir := filepath.Join(root, "ci")
	if err := os.Symlink(outside, linkedDir); err != nil {
		t.Fatal(err)
	}
	if err := b.Write(filepath.Join(linkedDir, "baseline.json"), root); err == nil {
		t.Error("Write through a linked directory out of the repository succeeded")
	}

	inside := filepath.Join(root, "real.json")
	insideLink := filepath.Join(root, "link.json")
	if err := os.Symlink(inside, insideLink); err != nil {
		t.Fatal(err)
	}
	if err := b.Write(insideLink, root); err != nil {
		t.Fatalf("Write through a link inside the repository: %v", err)
	}
	if got, err := baseline.Read(inside); err != nil || len(got.Findings) != 1 {
		t.Errorf("the link's target holds %+v, %v", got, err)
	}
	if info, err := os.Lstat(insideLink); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced by a file: %v", err)
	}
}
