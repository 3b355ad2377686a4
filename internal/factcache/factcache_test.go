package factcache

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func open(t *testing.T) *Cache {
	t.Helper()
	t.Setenv(EnvVar, t.TempDir())
	c, err := Open()
	if err != nil || c == nil {
		t.Fatalf("Open() = %v, %v", c, err)
	}
	return c
}

func TestPutGet(t *testing.T) {
	c := open(t)
	k1, k2 := Key{1}, Key{2}
	if _, ok := c.Get(k1, "f"); ok {
		t.Fatal("empty cache has an entry")
	}
	if err := c.Put(k1, "f", []byte("facts")); err != nil {
		t.Fatal(err)
	}
	if data, ok := c.Get(k1, "f"); !ok || string(data) != "facts" {
		t.Fatalf("Get = %q, %v; want facts, true", data, ok)
	}
	if _, ok := c.Get(k2, "f"); ok || c.Has(k2, "f") || !c.Has(k1, "f") {
		t.Fatal("entries mixed up")
	}
}

// TestDamagedEntries checks that an entry that is not what Put wrote (cut
// short, another key's, garbage) reads as a miss.
func TestDamagedEntries(t *testing.T) {
	c := open(t)
	k1, k2 := Key{1}, Key{2}
	if err := c.Put(k1, "f", []byte("facts")); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(c.file(k1, "f"))
	if err != nil {
		t.Fatal(err)
	}
	for name, content := range map[string][]byte{
		"truncated":   data[:len(magic)+3],
		"another key": data,
		"garbage":     []byte("not an entry at all"),
	} {
		os.MkdirAll(filepath.Dir(c.file(k2, "f")), 0o777)
		if err := os.WriteFile(c.file(k2, "f"), content, 0o666); err != nil {
			t.Fatal(err)
		}
		if _, ok := c.Get(k2, "f"); ok {
			t.Errorf("%s entry read as a hit", name)
		}
	}
}

func TestDir(t *testing.T) {
	t.Setenv(EnvVar, "off")
	if c, err := Open(); c != nil || err != nil {
		t.Errorf("%s=off: Open() = %v, %v; want no cache", EnvVar, c, err)
	}
	t.Setenv(EnvVar, "relative/dir")
	if _, err := Open(); err == nil {
		t.Errorf("%s=relative/dir: no error", EnvVar)
	}
	var nilCache *Cache
	if _, ok := nilCache.Get(Key{}, "f"); ok || nilCache.Put(Key{}, "f", nil) != nil {
		t.Error("a nil cache keeps entries")
	}
	nilCache.Trim()
}

func TestUnusableDir(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o666); err != nil {
		t.Fatal(err)
	}
	t.Setenv(EnvVar, filepath.Join(file, "cache"))
	if c, err := Open(); c != nil || err == nil {
		t.Errorf("Open() under a file = %v, %v; want an error", c, err)
	}
}

// TestTrim checks that entries unused for longer than MaxUnused go, and
// that a trim runs at most once a day.
func TestTrim(t *testing.T) {
	c := open(t)
	old, recent := Key{1}, Key{2}
	for _, k := range []Key{old, recent} {
		if err := c.Put(k, "f", []byte("facts")); err != nil {
			t.Fatal(err)
		}
	}
	long := time.Now().Add(-MaxUnused - time.Hour)
	os.Chtimes(c.file(old, "f"), long, long)
	c.Trim()
	if c.Has(old, "f") || !c.Has(recent, "f") {
		t.Fatalf("after Trim: old kept %v, recent kept %v", c.Has(old, "f"), c.Has(recent, "f"))
	}
	if err := c.Put(old, "f", []byte("facts")); err != nil {
		t.Fatal(err)
	}
	os.Chtimes(c.file(old, "f"), long, long)
	c.Trim()
	if !c.Has(old, "f") {
		t.Error("a second trim on the same day removed an entry")
	}
}

// TestGetMarksUse checks that reading an entry keeps it from being trimmed.
func TestGetMarksUse(t *testing.T) {
	c := open(t)
	k := Key{1}
	if err := c.Put(k, "f", []byte("facts")); err != nil {
		t.Fatal(err)
	}
	long := time.Now().Add(-MaxUnused - time.Hour)
	os.Chtimes(c.file(k, "f"), long, long)
	if _, ok := c.Get(k, "f"); !ok {
		t.Fatal("miss")
	}
	c.Trim()
	if !c.Has(k, "f") {
		t.Error("an entry just used was trimmed")
	}
}

func TestExecutable(t *testing.T) {
	c := open(t)
	a, err := c.Executable()
	if err != nil || len(a) != 64 {
		t.Fatalf("Executable() = %q, %v", a, err)
	}
	b, err := c.Executable() // from the memo
	if err != nil || a != b {
		t.Fatalf("second Executable() = %q, %v; want %q", b, err, a)
	}
	var nilCache *Cache
	if s, err := nilCache.Executable(); err != nil || s != a {
		t.Fatalf("without a cache: %q, %v; want %q", s, err, a)
	}
}
