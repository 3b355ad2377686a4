// Package testmodule writes the Go modules that tests run facelint on, and
// gives the tests that run facelint a cache of facts of their own. A
// module is a txtar archive (golang.org/x/tools/txtar) under the
// repository's testdata/modules.
package testmodule

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/facelint/facelint/internal/factcache"
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

// RunWithCache runs the tests of m with a temporary cache of facts
// (FACELINT_CACHE), shared by the package's tests instead of the user's,
// removes it, and returns the tests' exit code.
func RunWithCache(m *testing.M) int {
	dir, err := os.MkdirTemp("", "facelint-test-cache-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	os.Setenv(factcache.EnvVar, dir)
	return m.Run()
}
