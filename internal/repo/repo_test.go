package repo_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/facelint/facelint/internal/repo"
)

func TestRoot(t *testing.T) {
	top := t.TempDir()
	sub := filepath.Join(top, "services", "kiosk")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if root, ok := repo.Root(sub); ok && (root == top || root == sub) {
		t.Fatalf("Root found %s with no marker", root)
	}
	if err := os.WriteFile(filepath.Join(top, ".git"), []byte("gitdir: /elsewhere\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if root, ok := repo.Root(sub); !ok || root != top {
		t.Errorf("Root(%s) = %s, %v; want %s (a .git file, as in a worktree)", sub, root, ok, top)
	}
}

func TestWithin(t *testing.T) {
	tests := []struct {
		dir, path, rel string
		ok             bool
	}{
		{"/src/app", "/src/app/cmd/main.go", "cmd/main.go", true},
		{"/src/app", "/src/app", ".", true},
		{"/src/app", "/src/application/x.go", "", false},
		{"/src/app", "/src/x.go", "", false},
		{"/src/app", "/src/app/..x/y.go", "..x/y.go", true},
	}
	for _, tt := range tests {
		rel, ok := repo.Within(filepath.FromSlash(tt.dir), filepath.FromSlash(tt.path))
		if rel != tt.rel || ok != tt.ok {
			t.Errorf("Within(%s, %s) = %q, %v; want %q, %v", tt.dir, tt.path, rel, ok, tt.rel, tt.ok)
		}
	}
}
