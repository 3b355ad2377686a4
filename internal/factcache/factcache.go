// Package factcache keeps the analysis facts of packages across runs of
// the standalone driver, in the user's cache directory, so that a package
// the user does not own (a module dependency, the standard library) is
// analysed once per content and not on every run.
//
// An entry is found by a key that the driver computes from everything the
// facts depend on (see internal/driver): facelint's executable, its
// settings and configuration, the build context, the package's files and,
// recursively, the keys of its imports. An entry holds the key it was
// written for, so that a corrupt or truncated file reads as a miss.
//
// The directory is $FACELINT_CACHE when set ("off" disables the cache),
// otherwise facelint under os.UserCacheDir. Entries not used for
// MaxUnused are removed, at most once a day.
package factcache

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// EnvVar names the environment variable that sets the cache directory.
const EnvVar = "FACELINT_CACHE"

// MaxUnused is how long an entry that no run used is kept.
const MaxUnused = 7 * 24 * time.Hour

// magic starts every entry; the number changes with the entry format.
const magic = "facelint facts 1\n"

// Key identifies an entry. An entry starts with magic, the key and the
// SHA-256 of the data that follows.
type Key [sha256.Size]byte

// String returns the key in hexadecimal.
func (k Key) String() string { return hex.EncodeToString(k[:]) }

// Cache is a directory of entries. A nil *Cache is a cache that is off:
// it finds nothing and keeps nothing.
type Cache struct {
	dir string
}

// Dir returns the directory the cache is in, or "" when it is off.
func Dir() (string, error) {
	switch v := os.Getenv(EnvVar); v {
	case "off":
		return "", nil
	case "":
		base, err := os.UserCacheDir()
		if err != nil {
			return "", nil // no home directory: no cache, as with "off"
		}
		return filepath.Join(base, "facelint"), nil
	default:
		if !filepath.IsAbs(v) {
			return "", fmt.Errorf("%s=%s: want an absolute directory, or off", EnvVar, v)
		}
		return v, nil
	}
}

// ErrUnusable is returned, wrapped, when the cache directory cannot be
// created: the run goes on without a cache.
var ErrUnusable = errors.New("the cache of facts is off")

// Open returns the cache of Dir, creating its directory, or nil when the
// cache is off. An error is a bad setting, or wraps ErrUnusable.
func Open() (*Cache, error) {
	dir, err := Dir()
	if err != nil || dir == "" {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrUnusable, err)
	}
	return &Cache{dir: dir}, nil
}

// Has reports whether the cache holds an entry for key and kind.
func (c *Cache) Has(key Key, kind Kind) bool {
	if c == nil {
		return false
	}
	_, err := os.Stat(c.file(key, kind))
	return err == nil
}

// Kind distinguishes the entries of one key.
type Kind string

// file returns the name of the entry of key and kind.
func (c *Cache) file(key Key, kind Kind) string {
	s := key.String()
	return filepath.Join(c.dir, s[:2], s+"-"+string(kind))
}

// Get returns the data of the entry of key and kind.
func (c *Cache) Get(key Key, kind Kind) ([]byte, bool) {
	if c == nil {
		return nil, false
	}
	file := c.file(key, kind)
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, false
	}
	head := magic + string(key[:])
	if !bytes.HasPrefix(data, []byte(head)) || len(data) < len(head)+sha256.Size {
		return nil, false
	}
	sum, data := data[len(head):len(head)+sha256.Size], data[len(head)+sha256.Size:]
	if got := sha256.Sum256(data); !bytes.Equal(sum, got[:]) {
		return nil, false
	}
	// Mark the entry used, as the go command does for its build cache:
	// at most once an hour, to spare the writes.
	if info, err := os.Stat(file); err == nil && time.Since(info.ModTime()) > time.Hour {
		now := time.Now()
		os.Chtimes(file, now, now)
	}
	return data, true
}

// Put stores data as the entry of key and kind. The file is written whole
// under another name and renamed, so that concurrent runs never read half
// an entry.
func (c *Cache) Put(key Key, kind Kind, data []byte) error {
	if c == nil {
		return nil
	}
	file := c.file(key, kind)
	if err := os.MkdirAll(filepath.Dir(file), 0o777); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(file), ".tmp-*")
	if err != nil {
		return err
	}
	sum := sha256.Sum256(data)
	_, err = io.WriteString(tmp, magic+string(key[:])+string(sum[:]))
	if err == nil {
		_, err = tmp.Write(data)
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), file)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}

// trimFile records when the cache was last trimmed.
const trimFile = "trim.txt"

// Trim removes the entries that no run used for MaxUnused, at most once a
// day. Errors are ignored: a cache that cannot be trimmed still works.
func (c *Cache) Trim() {
	if c == nil {
		return
	}
	now := time.Now()
	marker := filepath.Join(c.dir, trimFile)
	if data, err := os.ReadFile(marker); err == nil {
		if sec, err := strconv.ParseInt(strings.TrimSpace(string(data)), 10, 64); err == nil && now.Sub(time.Unix(sec, 0)) < 24*time.Hour {
			return
		}
	}
	os.WriteFile(marker, []byte(strconv.FormatInt(now.Unix(), 10)+"\n"), 0o666)
	entries, err := os.ReadDir(c.dir)
	if err != nil {
		return
	}
	for _, sub := range entries {
		if !sub.IsDir() || len(sub.Name()) != 2 {
			continue
		}
		dir := filepath.Join(c.dir, sub.Name())
		files, err := os.ReadDir(dir)
		if err != nil {
			continue
		}
		for _, f := range files {
			info, err := f.Info()
			if err != nil {
				continue
			}
			// Temporary files of runs that died are removed too, after
			// a day.
			tmp := strings.HasPrefix(f.Name(), ".tmp-") && now.Sub(info.ModTime()) > 24*time.Hour
			if tmp || now.Sub(info.ModTime()) > MaxUnused {
				os.Remove(filepath.Join(dir, f.Name()))
			}
		}
	}
}

// Executable returns a hash of the running executable: entries written by
// one build of facelint are not read by another. The hash is remembered in
// the cache by the executable's path, size and modification time, so that
// the executable is read once, not on every run.
func (c *Cache) Executable() (string, error) {
	exe, err := os.Executable()
	if err != nil {
		return "", err
	}
	info, err := os.Stat(exe)
	if err != nil {
		return "", err
	}
	memo := ""
	if c != nil {
		id := sha256.Sum256([]byte(fmt.Sprintf("%s\x00%d\x00%d", exe, info.Size(), info.ModTime().UnixNano())))
		memo = filepath.Join(c.dir, "exe", hex.EncodeToString(id[:16]))
		if data, err := os.ReadFile(memo); err == nil && len(data) == 2*sha256.Size {
			return string(data), nil
		}
	}
	sum, err := hashFile(exe)
	if err != nil {
		return "", err
	}
	if memo != "" {
		if err := os.MkdirAll(filepath.Dir(memo), 0o777); err == nil {
			writeAtomic(memo, []byte(sum))
		}
	}
	return sum, nil
}

// hashFile returns the SHA-256 of a file's content, in hexadecimal.
func hashFile(name string) (string, error) {
	f, err := os.Open(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// writeAtomic writes a small file under another name and renames it.
func writeAtomic(name string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(name), ".tmp-*")
	if err != nil {
		return err
	}
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), name)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}
