package lsp

import (
	"fmt"
	"slices"
	"strings"

	"github.com/facelint/facelint/analyzers/faceconfig"
	"github.com/facelint/facelint/rules"
)

// configuration is the facelint configuration in force for a package
// directory.
type configuration struct {
	// files are the configuration files: the one given by -config, or
	// those faceconfig.Discover finds (outermost first); none for the
	// embedded rules alone.
	files []string
	// rules is the rule set in force, with -disable applied: it gives the
	// diagnostics their severities and documentation links.
	rules *rules.Set
}

// configFor loads the configuration in force for the package in dir.
//
// go vet needs no copy of it: facelint's vet tool makes the content of
// every configuration file of the module part of the identity go vet keys
// its cache on, so an edit invalidates the cached results.
func (opts Options) configFor(dir string) (*configuration, error) {
	c := &configuration{}
	explicit := opts.Config != ""
	if explicit {
		c.files = []string{opts.Config}
	} else {
		c.files = faceconfig.Discover(dir)
	}
	var err error
	if c.rules, err = faceconfig.Load(c.files, explicit); err != nil {
		return nil, err
	}
	if opts.Disable != "" {
		if c.rules, err = c.rules.Disable(strings.Split(opts.Disable, ",")); err != nil {
			return nil, fmt.Errorf("-disable: %w", err)
		}
	}
	return c, nil
}

// sameFiles reports whether two configurations come from the same files.
func (c *configuration) sameFiles(d *configuration) bool { return slices.Equal(c.files, d.files) }
