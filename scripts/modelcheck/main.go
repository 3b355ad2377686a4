// Command modelcheck checks facelint's API models against the source of
// the modules they describe, at the versions their files pin with
// [[module]], and the analyzer tests' stub packages against the same
// modules.
//
// For every name in every model (sources, sinks, propagators, extractors,
// sanitizers, guards, verifiers, insecure functions and fields, expiries,
// deniers, routes, wrappers, upload calls, facedata types and fields,
// carriers, metadata, binds, reads, views, entry points and forks) it
// checks that
//
//   - the package is in the standard library of the Go toolchain (go env
//     GOROOT) or in a module pinned by the same file, and exists there;
//   - the function, type, method or field exists (a function's name may
//     be that of a function type: it stands for calls of its values):
//     methods declared on the type or promoted through embedded fields,
//     interface methods declared in the interface or in the interfaces it
//     embeds; fields declared on
//     the named struct (a promoted field is never matched by that name);
//   - no name is an alias, and no pointer method is named on an interface;
//   - the roles fit the signature: argN within the parameters, variadic
//     only on a variadic function, recv only on a method, resultN within
//     the results (and result, the default out of a source, on a function
//     that has results);
//   - a role's field path ("arg1.Body") and an insecure model's unless
//     path ("pkg.Config.Net.TLS.Enable") name fields declared on the
//     struct they are read from (through pointers, named types and
//     anonymous struct types; role paths also through slice elements),
//     never promoted ones, as facelint matches them;
//   - an entry point's request and response ports fit the handler's
//     function type, where the parameter that takes it has one;
//   - a fork's package has the package name forks are recognised by and
//     declares every type they must declare.
//
// Names in cgo's C pseudo-package (C.name) are skipped with a note: C
// declarations live in the headers a cgo preamble includes, which are not
// Go source.
//
// Then, for every stub package under testdata/src whose import path belongs
// to a pinned module, every exported function, type and method must exist
// in the real package with the same signature (parameter and result types
// as printed source, parameter names left out, qualifiers resolved to
// import paths, interface{} spelled any), methods with the same kind of
// receiver and declared on the same type, and the stub's exported struct
// fields and interface methods must exist with the same types.
//
// Sources are parsed, not type-checked, with the files the go command
// selects for linux/amd64 with cgo enabled, so cgo bindings such as gocv
// are checked without their C libraries. Modules are downloaded with go mod
// download (GOTOOLCHAIN=local, GOFLAGS=-mod=mod) through the configured
// module proxy; a module that an embedded type leads to is taken at the
// version the embedding module's go.mod requires.
//
// Usage, from the repository:
//
//	go run ./scripts/modelcheck [-config .facelint.toml] [-stubs testdata/src] [-v]
//
// With -config, only that project file's models are checked (and no stubs
// unless -stubs is given), and its names
// in packages that no [[module]] of the file covers (the project's own) are
// skipped with a note. Problems go to standard output as file:line:col:
// message; the exit status is 1 when there are any, 2 when the check could
// not run.
package main

import (
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/mod/module"

	"github.com/facelint/facelint/rules"
)

func main() {
	var o options
	flag.StringVar(&o.config, "config", "", "check this project `file` (a .facelint.toml) instead of the embedded models")
	flag.StringVar(&o.stubs, "stubs", filepath.Join("testdata", "src"), "check the stub packages under this `directory` (\"\": none)")
	flag.BoolVar(&o.verbose, "v", false, "also print notes: what was skipped and why")
	flag.Parse()
	if flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	stubsSet := false
	flag.Visit(func(f *flag.Flag) { stubsSet = stubsSet || f.Name == "stubs" })
	if o.config != "" && !stubsSet {
		o.stubs = "" // a project has no facelint stubs
	}
	root, err := goroot()
	if err != nil {
		fmt.Fprintf(os.Stderr, "modelcheck: %v\n", err)
		os.Exit(2)
	}
	o.repo, o.goroot, o.fetcher, o.out, o.log = ".", root, goFetcher{}, os.Stdout, os.Stderr
	ok, err := run(o)
	if err != nil {
		fmt.Fprintf(os.Stderr, "modelcheck: %v\n", err)
		os.Exit(2)
	}
	if !ok {
		os.Exit(1)
	}
}

// options are the inputs of a check.
type options struct {
	repo    string // rule files and stubs are shown relative to it
	config  string // a project file to check instead of the embedded models
	stubs   string // the stub tree (GOPATH layout), "" for none
	goroot  string
	fetcher fetcher
	verbose bool
	out     io.Writer // problems (and notes)
	log     io.Writer // the summary
}

// A problem is a name that does not match the real source.
type problem struct {
	pos rules.Position // zero when it has no position
	msg string
}

func (p problem) String() string {
	if p.pos.File == "" {
		return p.msg
	}
	return p.pos.String() + ": " + p.msg
}

// checker accumulates what a run finds.
type checker struct {
	w        *world
	repo     string
	problems []problem
	notes    []string
	texts    map[string]string // rule file texts, for positions

	names, funcs        int // names checked, functions found
	stubPkgs, stubDecls int
}

// run checks the models (and stubs) and reports whether they match.
func run(o options) (bool, error) {
	start := time.Now()
	var set *rules.Set
	var err error
	if o.config != "" {
		set, err = rules.Load(o.config)
	} else {
		set, err = rules.Default()
	}
	if err != nil {
		return false, err
	}
	c := newChecker(o.repo, newWorld(o.goroot, o.fetcher))
	checked := func(file string) bool { return o.config == "" || file == o.config }
	pins, files := c.checkSet(set, checked, o.config == "")
	if o.stubs != "" {
		c.checkStubs(filepath.Join(o.repo, o.stubs), pins)
	}

	c.sortProblems()
	for _, p := range c.problems {
		fmt.Fprintln(o.out, p)
	}
	if o.verbose {
		for _, n := range c.notes {
			fmt.Fprintln(o.out, "note: "+n)
		}
	}
	fmt.Fprintf(o.log, "modelcheck: %d names in %d rule files (%d functions and methods) against %d pinned modules and the standard library in %s; %d declarations in %d stub packages; %d problems, %d notes; %s\n",
		c.names, files, c.funcs, len(pins), o.goroot, c.stubDecls, c.stubPkgs, len(c.problems), len(c.notes), time.Since(start).Round(time.Millisecond))
	return len(c.problems) == 0, nil
}

func newChecker(repo string, w *world) *checker {
	return &checker{w: w, repo: repo, texts: map[string]string{}}
}

// checkSet checks the models of the rule files of a set that checked
// selects, each against its own pins (strict: names in packages no pin
// covers are problems, not notes). It returns the pins of those files, by
// module path, and how many files had models.
func (c *checker) checkSet(set *rules.Set, checked func(file string) bool, strict bool) (map[string]string, int) {
	files := map[string]*modelFile{}
	file := func(name string) *modelFile {
		if files[name] == nil {
			files[name] = &modelFile{name: name, strict: strict}
		}
		return files[name]
	}
	pins := map[string]string{}
	var all []module.Version
	for _, m := range set.Modules {
		if !checked(m.Pos.File) {
			continue
		}
		mf := file(m.Pos.File)
		mf.mods = append(mf.mods, m)
		if v, ok := pins[m.Path]; ok && v != m.Version {
			c.problems = append(c.problems, problem{pos: pinPos(m), msg: fmt.Sprintf("%s is pinned at %s here and at %s in another file", m.Path, m.Version, v)})
		}
		pins[m.Path] = m.Version
		all = append(all, module.Version{Path: m.Path, Version: m.Version})
	}
	slices.SortFunc(all, func(a, b module.Version) int { return strings.Compare(a.Path+"@"+a.Version, b.Path+"@"+b.Version) })
	c.w.prefetch(slices.Compact(all))
	for _, mf := range files {
		for _, m := range mf.mods {
			if err := c.w.fetchErrs[module.Version{Path: m.Path, Version: m.Version}]; err != nil {
				c.problems = append(c.problems, problem{pos: pinPos(m), msg: fmt.Sprintf("module %s@%s cannot be downloaded, its names are not checked: %v", m.Path, m.Version, err)})
			}
		}
	}

	byFile := map[string][]entry{}
	for _, e := range entries(set) {
		if checked(e.pos.File) {
			byFile[e.pos.File] = append(byFile[e.pos.File], e)
		}
	}
	for _, name := range slices.Sorted(maps.Keys(byFile)) {
		for _, e := range byFile[name] {
			c.checkEntry(file(name), e)
		}
	}
	return pins, len(byFile)
}

// pinPos is the position of a [[module]] pin as problems show it.
func pinPos(m *rules.Module) rules.Position {
	pos := m.Pos
	pos.File = display(pos.File)
	return pos
}

// sortProblems orders the problems by position.
func (c *checker) sortProblems() {
	slices.SortStableFunc(c.problems, func(a, b problem) int {
		if a.pos.File != b.pos.File {
			return strings.Compare(a.pos.File, b.pos.File)
		}
		if a.pos.Line != b.pos.Line {
			return a.pos.Line - b.pos.Line
		}
		return a.pos.Col - b.pos.Col
	})
}

// problemAt records a problem with a name of an entry.
func (c *checker) problemAt(e entry, name, msg string) {
	c.problems = append(c.problems, problem{pos: c.position(e, name), msg: fmt.Sprintf("%s: %s: %s", e.section, name, msg)})
}

func (c *checker) notef(format string, args ...any) {
	c.notes = append(c.notes, fmt.Sprintf(format, args...))
}

// position returns where a name of an entry is written: the first quoted
// occurrence at or after the entry's table header, or the header.
func (c *checker) position(e entry, name string) rules.Position {
	pos := e.pos
	pos.File = display(pos.File)
	text := c.text(pos.File)
	if text == "" || pos.Line == 0 {
		return pos
	}
	off := 0
	for range pos.Line - 1 {
		i := strings.IndexByte(text[off:], '\n')
		if i < 0 {
			return pos
		}
		off += i + 1
	}
	best := -1
	for _, lit := range []string{strconv.Quote(name), "'" + name + "'"} {
		if i := strings.Index(text[off:], lit); i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	if best < 0 {
		return pos
	}
	at := off + best
	line := strings.Count(text[:at], "\n") + 1
	return rules.Position{File: pos.File, Line: line, Col: at - strings.LastIndexByte(text[:at], '\n')}
}

// text returns a rule file's content ("" when it cannot be read).
func (c *checker) text(file string) string {
	if t, ok := c.texts[file]; ok {
		return t
	}
	path := file
	if !filepath.IsAbs(path) {
		path = filepath.Join(c.repo, file)
	}
	data, _ := os.ReadFile(path)
	c.texts[file] = string(data)
	return c.texts[file]
}

// rel shows a path relative to the repository when it is inside it.
func (c *checker) rel(path string) string {
	abs, err1 := filepath.Abs(path)
	repo, err2 := filepath.Abs(c.repo)
	if err1 != nil || err2 != nil {
		return path
	}
	if r, err := filepath.Rel(repo, abs); err == nil && !strings.HasPrefix(r, "..") {
		return r
	}
	return path
}
