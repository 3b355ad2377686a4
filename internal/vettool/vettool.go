// Package vettool runs facelint as a go vet tool. unitchecker speaks go
// vet's protocol; this package adds what that protocol lacks for a linter
// whose results depend on files go vet does not know about:
//
//   - The tool ID that go vet's cache keys on (the -V=full output) hashes
//     the executable and the configuration files in force (see
//     faceconfig.Fingerprint), so that editing .facelint.toml or the
//     -config file invalidates cached results. When the configuration
//     cannot be bounded (no module, or the go command's arguments cannot be
//     read), the ID is unique to the run and nothing is reused.
//   - A configuration error makes the tool exit 1 for the package, so go
//     vet fails and caches nothing: unitchecker's -json mode, which go vet
//     always uses, would report the error in its output and exit 0, and
//     go vet would cache a result that passes on the next run.
//   - A relative -config is resolved against the directory go vet was run
//     in, not against each package's directory (where go vet runs the
//     tool).
package vettool

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/facelint/facelint/analyzers/faceconfig"
)

// IsInvocation reports whether go vet runs the binary with args: to
// describe itself (-V=full, -flags) or to analyse one unit (a .cfg file).
func IsInvocation(args []string) bool {
	for _, a := range args {
		if a == "-V=full" || a == "-flags" || a == "--flags" {
			return true
		}
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg")
}

// Main runs the go vet protocol with args (os.Args[1:]) and exits.
func Main(args []string, analyzers ...*analysis.Analyzer) {
	// Settings are faceconfig's flags. unitchecker registers only the
	// flags of the analyzers it runs, with their name as prefix; add
	// faceconfig's both ways, so that go vet accepts -config as well as
	// -faceconfig.config.
	faceconfig.Analyzer.Flags.VisitAll(func(f *flag.Flag) {
		flag.Var(f.Value, f.Name, f.Usage)
		flag.Var(f.Value, faceconfig.Analyzer.Name+"."+f.Name, f.Usage)
	})
	switch {
	case slices.Contains(args, "-V=full"):
		id, err := toolID()
		if err != nil {
			fail(err)
		}
		fmt.Printf("%s version devel facelint buildID=%s\n", filepath.Base(os.Args[0]), id)
		os.Exit(0)
	case len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg"):
		args, err := absoluteConfig(args)
		if err != nil {
			fail(err)
		}
		if err := checkConfig(args); err != nil {
			fail(err)
		}
		os.Args = append(os.Args[:1], args...)
	}
	unitchecker.Main(analyzers...)
}

func fail(err error) {
	fmt.Fprintf(os.Stderr, "facelint: %v\n", err)
	os.Exit(1)
}

// checkConfig loads the configuration in force for the unit of a go vet
// .cfg invocation (the last argument), with the settings of args.
func checkConfig(args []string) error {
	for _, name := range []string{"enable", "disable"} {
		if v, ok := flagValue(args, name); ok {
			if err := faceconfig.Analyzer.Flags.Set(name, v); err != nil {
				return err
			}
		}
	}
	data, err := os.ReadFile(args[len(args)-1])
	if err != nil {
		return err
	}
	var unit struct {
		ImportPath string
		Dir        string
		GoFiles    []string
	}
	if err := json.Unmarshal(data, &unit); err != nil {
		return fmt.Errorf("reading %s: %w", args[len(args)-1], err)
	}
	var files []string
	config, explicit := flagValue(args, "config")
	switch {
	case explicit:
		files = []string{config}
	case len(unit.GoFiles) > 0:
		files = faceconfig.Discover(filepath.Dir(unit.GoFiles[0]))
	default:
		files = faceconfig.Discover(unit.Dir)
	}
	if _, err := faceconfig.Load(files, explicit); err != nil {
		return fmt.Errorf("%s: %w", unit.ImportPath, err)
	}
	return nil
}
