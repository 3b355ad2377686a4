package driver_test

import (
	"bytes"
	"os"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/facelint/facelint/internal/driver"
)

// selfies is a module with findings in two packages: a handler of package
// api reads an uploaded selfie and hands it to package store, which logs it
// and writes it to a file; store also logs and writes a face template of
// its own.
const selfies = `
-- go.mod --
module example.com/selfies

go 1.26
-- api/api.go --
// Package api receives selfies over HTTP.
package api

import (
	"io"
	"net/http"

	"example.com/selfies/store"
)

// Upload stores the selfie of the request.
func Upload(w http.ResponseWriter, r *http.Request) {
	f, _, err := r.FormFile("selfie")
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if err := store.Save(r.FormValue("user"), data); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}
-- store/store.go --
// Package store keeps selfies on disk.
package store

import (
	"log"
	"net/http"
	"os"
	"path/filepath"
)

// Save logs the selfie and writes it to a file named after the user.
func Save(user string, selfie []byte) error {
	log.Printf("saving selfie of %s: %x", user, selfie)
	return os.WriteFile(filepath.Join(os.TempDir(), user+".jpg"), selfie, 0o600)
}

// Restore logs and writes a face template that a client posted.
func Restore(r *http.Request) error {
	embedding := r.FormValue("face_embedding")
	log.Println("restoring", embedding)
	return os.WriteFile("embedding.txt", []byte(embedding), 0o600)
}
`

// TestDeterministicOutput analyses the same module twice and checks that
// each format prints byte-identical output both times: map order and the
// scheduling of analyzers must not show in what facelint prints.
func TestDeterministicOutput(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the standard library twice")
	}
	dir := writeModule(t, selfies)
	first, second := analyze(t, dir), analyze(t, dir)
	for _, format := range []string{"text", "json", "sarif"} {
		a, b := render(t, first, format), render(t, second, format)
		if !bytes.Equal(a, b) {
			t.Errorf("%s output differs between two runs:\n--- first\n%s\n--- second\n%s", format, a, b)
		}
	}
}

// writeModule writes the files of a txtar archive into a new temporary
// directory and returns it.
func writeModule(t *testing.T, archive string) string {
	t.Helper()
	fsys, err := txtar.FS(txtar.Parse([]byte(archive)))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.CopyFS(dir, fsys); err != nil {
		t.Fatal(err)
	}
	return dir
}

// analyze runs facelint on every package of the module in dir and checks
// that it finds something in more than one package, as the test needs.
func analyze(t *testing.T, dir string) *driver.Result {
	t.Helper()
	res, err := driver.Analyze(driver.Options{Dir: dir, Patterns: []string{"./..."}})
	if err != nil {
		t.Fatal(err)
	}
	pkgs := map[string]bool{}
	for _, f := range res.Findings {
		pkgs[f.Package] = true
	}
	if len(pkgs) < 2 {
		t.Fatalf("findings in %d packages, want at least 2: %v", len(pkgs), res.Findings)
	}
	return res
}

// render returns the findings printed in a format.
func render(t *testing.T, res *driver.Result, format string) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := driver.Print(&b, res, format); err != nil {
		t.Fatalf("printing %s: %v", format, err)
	}
	return b.Bytes()
}
