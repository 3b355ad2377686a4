// Package testmodule writes the Go modules that tests run facelint on.
// A module is a txtar archive (golang.org/x/tools/txtar) under the
// repository's testdata/modules.
package testmodule

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"golang.org/x/tools/txtar"
)

// Write writes the module testdata/modules/name.txtar into a new temporary
// directory and returns the directory.
func Write(t testing.TB, name string) string {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	archive, err := txtar.ParseFile(filepath.Join(filepath.Dir(file), "..", "..", "testdata", "modules", name+".txtar"))
	if err != nil {
		t.Fatal(err)
	}
	fsys, err := txtar.FS(archive)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.CopyFS(dir, fsys); err != nil {
		t.Fatal(err)
	}
	return dir
}
