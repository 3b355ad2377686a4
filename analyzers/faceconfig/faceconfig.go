package faceconfig

import (
	_ "embed"
	"fmt"
	"go/build"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/facelint/facelint/internal/analyzerdoc"
	"github.com/facelint/facelint/rules"
)

//go:embed doc.go
var doc string

// FileName is the name of a project's configuration file.
const FileName = ".facelint.toml"

// Analyzer loads the rule set for each package.
var Analyzer = &analysis.Analyzer{
	Name:       "faceconfig",
	Doc:        analyzerdoc.MustExtract(doc, "faceconfig"),
	URL:        "https://github.com/facelint/facelint/blob/main/docs/configuration.md",
	Run:        run,
	ResultType: reflect.TypeFor[*Config](),
}

// Settings of facelint, as flags of this analyzer.
var (
	configFile string
	disable    string
	analyzeStd bool
	nameBased  = true
	ownModules string
)

func init() {
	Analyzer.Flags.StringVar(&configFile, "config", "", "facelint configuration file (default: "+FileName+" found from the package directory up to the module root)")
	Analyzer.Flags.StringVar(&disable, "disable", "", "comma-separated rule IDs to switch off, e.g. FR105,FR107")
	Analyzer.Flags.BoolVar(&analyzeStd, "std", false, "also analyse standard library packages (by default they are described by models)")
	Analyzer.Flags.BoolVar(&nameBased, "name-sources", true, "treat request inputs whose names say face (form files, JSON fields...) as face data")
	Analyzer.Flags.StringVar(&ownModules, "own-modules", "", "comma-separated module paths (or prefixes ending in /...) to analyse as your own code, besides the main and workspace modules")
}

// Config is the result of the analyzer: the rule set in force for a package.
type Config struct {
	// Err is set when the configuration cannot be loaded. The analyzer
	// does not fail itself: drivers such as go vet print only the errors
	// of the analyzers they were asked to run, so the rule analyzers
	// return this error instead.
	Err   error
	Rules *rules.Set
	// File is the project configuration file in force, or "".
	File string
	// AnalyzeStd says whether standard library packages are analysed.
	AnalyzeStd bool
	// NameSources says whether name-based upload sources are on.
	NameSources bool
	// OwnModules are the modules analysed as the user's own code besides
	// the main and workspace modules: the configuration's and the flag's.
	OwnModules []string
}

func run(pass *analysis.Pass) (any, error) {
	file := configFile
	if file == "" && len(pass.Files) > 0 {
		file = Discover(filepath.Dir(pass.Fset.File(pass.Files[0].Pos()).Name()))
	}
	set, err := load(file)
	if err != nil {
		return &Config{Err: err, File: file}, nil
	}
	if disable != "" {
		set, err = set.Disable(strings.Split(disable, ","))
		if err != nil {
			return &Config{Err: fmt.Errorf("-disable: %w", err), File: file}, nil
		}
	}
	return &Config{
		Rules:       set,
		File:        file,
		AnalyzeStd:  analyzeStd,
		NameSources: nameBased && set.Upload.UploadEnabled(),
		OwnModules:  append(slices.Clip(set.Analysis.OwnModules), splitList(ownModules)...),
	}, nil
}

// Discover returns the configuration file in force in dir: the first
// FileName found in dir and its parents, up to the directory that holds
// go.mod (the module root) or the file system root; or "".
func Discover(dir string) string {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		candidate := filepath.Join(dir, FileName)
		if _, err := os.Stat(candidate); err == nil {
			return candidate
		}
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// cache memoises loaded rule sets by file and modification time: every
// package of a run loads the same file.
var cache sync.Map // cacheKey -> *cached

type cacheKey struct {
	file    string
	modTime int64
	size    int64
}

type cached struct {
	once sync.Once
	set  *rules.Set
	err  error
}

func load(file string) (*rules.Set, error) {
	key := cacheKey{file: file}
	if file != "" {
		info, err := os.Stat(file)
		if err != nil {
			return nil, fmt.Errorf("facelint configuration: %w", err)
		}
		key.modTime, key.size = info.ModTime().UnixNano(), info.Size()
	}
	v, _ := cache.LoadOrStore(key, &cached{})
	c := v.(*cached)
	c.once.Do(func() {
		if file == "" {
			c.set, c.err = rules.Default()
		} else {
			c.set, c.err = rules.Load(file)
		}
	})
	return c.set, c.err
}

// IsStandard reports whether pass analyses a package of the standard library
// (its files live under GOROOT/src).
func IsStandard(pass *analysis.Pass) bool {
	if len(pass.Files) == 0 {
		return !strings.Contains(pass.Pkg.Path(), ".")
	}
	name := pass.Fset.File(pass.Files[0].Pos()).Name()
	root := filepath.Join(build.Default.GOROOT, "src") + string(filepath.Separator)
	return strings.HasPrefix(name, root)
}

// splitList splits a comma-separated flag value, dropping empty items.
func splitList(s string) []string {
	var out []string
	for _, x := range strings.Split(s, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}
