package lsp

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/facelint/facelint/analyzers/faceconfig"
	"github.com/facelint/facelint/rules"
)

// configuration is the facelint configuration in force for a package
// directory.
type configuration struct {
	// file is the configuration file, given by -config or found by
	// faceconfig.Discover, or "" for the embedded rules alone.
	file string
	// data is the content of file.
	data []byte
	// rules is the rule set in force, with -disable applied: it gives the
	// diagnostics their severities and documentation links.
	rules *rules.Set
}

// configFor loads the configuration in force for the package in dir.
func (opts Options) configFor(dir string) (*configuration, error) {
	c := &configuration{file: opts.Config}
	if c.file == "" {
		c.file = faceconfig.Discover(dir)
	}
	var err error
	if c.file == "" {
		c.rules, err = rules.Default()
	} else {
		if c.data, err = os.ReadFile(c.file); err != nil {
			return nil, fmt.Errorf("facelint configuration: %w", err)
		}
		c.rules, err = rules.LoadData(c.file, c.data)
	}
	if err != nil {
		return nil, err
	}
	if opts.Disable != "" {
		if c.rules, err = c.rules.Disable(strings.Split(opts.Disable, ",")); err != nil {
			return nil, fmt.Errorf("-disable: %w", err)
		}
	}
	return c, nil
}

// vetFile returns the file to pass to go vet as -faceconfig.config: a copy
// of the configuration named by the SHA-256 of its content, in dir. go vet
// keys its cache on the tool's flags, not on the files the tool reads, so
// naming the content makes an edit of the configuration invalidate the
// cached results, and going back to an earlier content finds them again.
// It returns "" when no configuration file is in force.
func (c *configuration) vetFile(dir string) (string, error) {
	if c.file == "" {
		return "", nil
	}
	sum := sha256.Sum256(c.data)
	name := filepath.Join(dir, hex.EncodeToString(sum[:])+".toml")
	if _, err := os.Stat(name); err == nil {
		return name, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	tmp, err := os.CreateTemp(dir, "config-*.tmp")
	if err != nil {
		return "", err
	}
	_, werr := tmp.Write(c.data)
	cerr := tmp.Close()
	if werr != nil || cerr != nil {
		os.Remove(tmp.Name())
		return "", fmt.Errorf("copying %s: %w", c.file, errors.Join(werr, cerr))
	}
	if err := os.Rename(tmp.Name(), name); err != nil {
		os.Remove(tmp.Name())
		return "", err
	}
	return name, nil
}

// configCacheDir is where the server keeps the copies of configuration
// files that go vet is given.
func configCacheDir() string {
	dir, err := os.UserCacheDir()
	if err != nil {
		dir = os.TempDir()
	}
	return filepath.Join(dir, "facelint", "config")
}
