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
	"github.com/facelint/facelint/internal/safefile"
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
	enable     string
	disable    string
	analyzeStd bool
	nameBased  = true
	ownModules string
)

func init() {
	Analyzer.Flags.StringVar(&configFile, "config", "", "facelint configuration `file` (default: the "+FileName+" files from the module root down to the package directory)")
	Analyzer.Flags.StringVar(&enable, "enable", "", "comma-separated rule IDs to run, switching every other rule off, e.g. FR101,FR102")
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
	// Files are the project configuration files in force, outermost
	// first, or none.
	Files []string
	// AnalyzeStd says whether standard library packages are analysed.
	AnalyzeStd bool
	// NameSources says whether name-based upload sources are on.
	NameSources bool
	// OwnModules are the modules analysed as the user's own code besides
	// the main and workspace modules: the configuration's and the flag's.
	OwnModules []string
}

func run(pass *analysis.Pass) (any, error) {
	var files []string
	switch {
	case configFile != "":
		files = []string{configFile}
	case len(pass.Files) > 0:
		files = Discover(filepath.Dir(pass.Fset.File(pass.Files[0].Pos()).Name()))
	}
	set, err := Load(files, configFile != "")
	if err != nil {
		return &Config{Err: err, Files: files}, nil
	}
	return &Config{
		Rules:       set,
		Files:       files,
		AnalyzeStd:  analyzeStd,
		NameSources: nameBased && set.Upload.UploadEnabled(),
		OwnModules:  append(slices.Clip(set.Analysis.OwnModules), splitList(ownModules)...),
	}, nil
}

// Discover returns the configuration files in force in dir: every
// FileName in dir and its parents up to the directory that holds go.mod
// (the module root) or the file system root, outermost first. A nested
// file extends the files above it.
func Discover(dir string) []string {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return nil
	}
	var files []string
	for {
		candidate := filepath.Join(dir, FileName)
		if _, err := os.Lstat(candidate); err == nil {
			files = append([]string{candidate}, files...)
		}
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return files
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return files
		}
		dir = parent
	}
}

// Load returns the rule set for configuration files, outermost first, with
// the -enable and -disable settings applied. Files that a user names
// (explicit: the -config setting) may be symbolic links to regular files;
// files found in a repository must be regular files themselves. Loaded
// sets are memoised by the files' names, sizes and modification times:
// every package of a run loads the same files.
func Load(files []string, explicit bool) (*rules.Set, error) {
	set, err := loadFiles(files, explicit)
	if err != nil {
		return nil, err
	}
	if enable != "" {
		if set, err = set.Enable(strings.Split(enable, ",")); err != nil {
			return nil, fmt.Errorf("-enable: %w", err)
		}
	}
	if disable != "" {
		if set, err = set.Disable(strings.Split(disable, ",")); err != nil {
			return nil, fmt.Errorf("-disable: %w", err)
		}
	}
	return set, nil
}

// cache memoises loaded rule sets.
var cache sync.Map // cache key -> *cached

type cached struct {
	once sync.Once
	set  *rules.Set
	err  error
}

func loadFiles(files []string, explicit bool) (*rules.Set, error) {
	var key strings.Builder
	fmt.Fprintf(&key, "%v", explicit)
	for _, file := range files {
		info, err := os.Stat(file)
		if err != nil {
			return nil, fmt.Errorf("facelint configuration: %w", err)
		}
		fmt.Fprintf(&key, "\x00%s\x00%d\x00%d", file, info.ModTime().UnixNano(), info.Size())
	}
	v, _ := cache.LoadOrStore(key.String(), &cached{})
	c := v.(*cached)
	c.once.Do(func() {
		project := make([]rules.ProjectFile, len(files))
		for i, file := range files {
			data, err := ReadFile(file, explicit)
			if err != nil {
				c.err = fmt.Errorf("facelint configuration: %w", err)
				return
			}
			project[i] = rules.ProjectFile{Name: file, Data: data}
		}
		c.set, c.err = rules.LoadProject(project...)
	})
	return c.set, c.err
}

// ReadFile reads a configuration file: a regular file of at most
// rules.MaxFileSize bytes, or with explicit (a file the user named) a
// symbolic link to one.
func ReadFile(file string, explicit bool) ([]byte, error) {
	return safefile.Read(file, safefile.Options{Limit: rules.MaxFileSize, NoSymlink: !explicit})
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
