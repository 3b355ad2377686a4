package driver

import (
	"fmt"
	"go/build"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/tools/go/packages"
)

// metaPatterns are package patterns that name sets of packages rather
// than paths.
var metaPatterns = map[string]bool{"all": true, "std": true, "cmd": true, "tool": true, "work": true}

// isDirPattern reports whether a pattern names directories rather than
// import paths.
func isDirPattern(p string) bool {
	return p == "." || p == ".." || strings.HasPrefix(p, "./") || strings.HasPrefix(p, "../") || filepath.IsAbs(p)
}

// unmatchedPatterns returns a load error for each pattern with a "..."
// wildcard that matched no package: go list only warns about them, and a
// run that analyses nothing must not pass. Patterns without a wildcard
// that name no package are errors of go list already.
func unmatchedPatterns(dir string, patterns []string, pkgs []*packages.Package) []LoadError {
	var out []LoadError
	for _, pattern := range patterns {
		if metaPatterns[pattern] || !strings.Contains(pattern, "...") {
			continue
		}
		match := matcher(dir, pattern)
		matched := slices.ContainsFunc(pkgs, func(p *packages.Package) bool {
			if isDirPattern(pattern) {
				pkgDir := packageDir(p)
				return pkgDir != "" && match(pkgDir)
			}
			return match(p.PkgPath)
		})
		if !matched {
			out = append(out, LoadError{Package: pattern, Msg: "matched no packages"})
		}
	}
	return out
}

// matcher returns a function that reports whether an import path, or a
// directory for a directory pattern, matches a pattern with "..."
// wildcards, as the go command matches them: "x/..." matches x and
// everything below it.
func matcher(dir, pattern string) func(string) bool {
	if isDirPattern(pattern) {
		if !filepath.IsAbs(pattern) {
			pattern = filepath.Join(dir, pattern)
		}
		pattern = filepath.ToSlash(filepath.Clean(pattern))
	}
	re := regexp.QuoteMeta(pattern)
	re = strings.ReplaceAll(re, `/\.\.\.`, `(/.*)?`)
	re = strings.ReplaceAll(re, `\.\.\.`, `.*`)
	compiled := regexp.MustCompile("^" + re + "$")
	return func(s string) bool { return compiled.MatchString(filepath.ToSlash(s)) }
}

// packageDir returns the directory of a package's files, or "".
func packageDir(p *packages.Package) string {
	for _, files := range [][]string{p.GoFiles, p.CompiledGoFiles, p.OtherFiles, p.IgnoredFiles} {
		if len(files) > 0 {
			return filepath.Dir(files[0])
		}
	}
	return ""
}

// skipped returns a warning for each directory that a "..." directory
// pattern covers whose Go files build constraints (or a disabled cgo)
// all exclude: go list leaves such directories out without a word. It
// also warns about the files of loaded packages that are left out only
// because cgo is disabled.
func skipped(dir string, opts Options, pkgs []*packages.Package) []string {
	ctxt := build.Default
	ctxt.CgoEnabled = true // to tell files excluded by cgo alone
	if opts.Tags != "" {
		ctxt.BuildTags = strings.Split(opts.Tags, ",")
	}
	cgoOff := os.Getenv("CGO_ENABLED") == "0" || !build.Default.CgoEnabled
	loaded := map[string]bool{}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if d := packageDir(p); d != "" {
			loaded[d] = true
		}
	})
	var warnings []string
	for _, pattern := range opts.Patterns {
		if !isDirPattern(pattern) || !strings.Contains(pattern, "...") {
			continue
		}
		match := matcher(dir, pattern)
		base := pattern[:strings.Index(pattern, "...")]
		if !filepath.IsAbs(base) {
			base = filepath.Join(dir, base)
		}
		root := filepath.Clean(base)
		if info, err := os.Stat(root); err != nil || !info.IsDir() {
			root = filepath.Dir(root)
		}
		filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || !d.IsDir() {
				return nil
			}
			name := d.Name()
			if path != root && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || name == "testdata" || name == "vendor" || exists(filepath.Join(path, "go.mod"))) {
				return fs.SkipDir
			}
			if loaded[path] || !match(path) {
				return nil
			}
			if why := excluded(ctxt, cgoOff, path); why != "" {
				rel, _ := filepath.Rel(dir, path)
				warnings = append(warnings, fmt.Sprintf("%s skipped: %s", filepath.ToSlash(rel), why))
			}
			return nil
		})
	}
	for _, p := range pkgs {
		for _, file := range p.IgnoredFiles {
			if cgoOff && usesCgo(file) && matches(ctxt, file) {
				warnings = append(warnings, fmt.Sprintf("%s skipped: it uses cgo, which is disabled (CGO_ENABLED=0)", relTo(dir, file)))
			}
		}
	}
	slices.Sort(warnings)
	return slices.Compact(warnings)
}

// excluded says why a directory with Go files yields no package, or ""
// when it has no Go files.
func excluded(ctxt build.Context, cgoOff bool, dir string) string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return ""
	}
	goFiles, cgoOnly := 0, false
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") {
			continue
		}
		goFiles++
		file := filepath.Join(dir, name)
		if cgoOff && usesCgo(file) && matches(ctxt, file) {
			cgoOnly = true
		}
	}
	switch {
	case goFiles == 0:
		return ""
	case cgoOnly:
		return "its Go files use cgo, which is disabled (CGO_ENABLED=0)"
	}
	return "build constraints exclude all its Go files (GOOS, GOARCH, -tags)"
}

// matches reports whether the build context, with cgo enabled, includes
// the file.
func matches(ctxt build.Context, file string) bool {
	ok, err := ctxt.MatchFile(filepath.Dir(file), filepath.Base(file))
	return err == nil && ok
}

// usesCgo reports whether a Go file imports "C".
func usesCgo(file string) bool {
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, parser.ImportsOnly)
	if err != nil {
		return false
	}
	for _, imp := range f.Imports {
		if imp.Path.Value == `"C"` {
			return true
		}
	}
	return false
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// relTo returns file relative to dir when it is inside dir.
func relTo(dir, file string) string {
	if rel, ok := within(dir, file); ok {
		return filepath.ToSlash(rel)
	}
	return file
}
