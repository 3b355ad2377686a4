// Package driver is facelint's standalone driver: it loads packages with
// go/packages, runs the analyzers with golang.org/x/tools/go/analysis/checker
// and prints the findings as text, JSON or SARIF.
package driver

import (
	"errors"
	"flag"
	"fmt"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/facelint/facelint/analyzers"
	"github.com/facelint/facelint/analyzers/faceconfig"
	"github.com/facelint/facelint/rules"
)

// Exit codes of the standalone driver.
const (
	ExitClean    = 0 // no findings
	ExitError    = 1 // loading or analysis failed
	ExitFindings = 3 // findings were reported
)

// Options are the settings of one run.
type Options struct {
	Dir      string   // directory to run in ("" = current)
	Patterns []string // package patterns
	Tags     string   // build tags
	Tests    bool     // analyse test files too
	Format   string   // "text", "json" or "sarif"
}

// Finding is one diagnostic with its package and analyzer.
type Finding struct {
	Package    string
	Analyzer   string
	Diagnostic analysis.Diagnostic
	Fset       *token.FileSet
}

// Result is the outcome of analysing packages.
type Result struct {
	Graph    *checker.Graph
	Findings []Finding // sorted by position, then rule
	Fset     *token.FileSet
}

// Main runs the driver with command-line arguments and returns the exit
// code.
func Main(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("facelint", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var opts Options
	var jsonOut, sarifOut bool
	fs.StringVar(&opts.Dir, "C", "", "change to `dir` before loading packages")
	fs.StringVar(&opts.Tags, "tags", "", "comma-separated build tags")
	fs.BoolVar(&opts.Tests, "test", true, "also analyse test files")
	fs.BoolVar(&jsonOut, "json", false, "print findings as the JSON tree of go vet -json")
	fs.BoolVar(&sarifOut, "sarif", false, "print findings as SARIF 2.1.0")
	faceconfig.Analyzer.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: facelint [flags] packages...\n       go vet -vettool=$(which facelint) [flags] packages...\n\nflags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return ExitClean
		}
		return ExitError
	}
	opts.Patterns = fs.Args()
	switch {
	case jsonOut && sarifOut:
		fmt.Fprintln(stderr, "facelint: -json and -sarif are exclusive")
		return ExitError
	case jsonOut:
		opts.Format = "json"
	case sarifOut:
		opts.Format = "sarif"
	default:
		opts.Format = "text"
	}
	if len(opts.Patterns) == 0 {
		fs.Usage()
		return ExitError
	}
	if err := checkConfig(fs); err != nil {
		fmt.Fprintf(stderr, "facelint: %v\n", err)
		return ExitError
	}
	res, err := Analyze(opts)
	if err != nil {
		fmt.Fprintf(stderr, "facelint: %v\n", err)
		return ExitError
	}
	if err := Print(stdout, res, opts.Format); err != nil {
		fmt.Fprintf(stderr, "facelint: %v\n", err)
		return ExitError
	}
	if len(res.Findings) > 0 {
		return ExitFindings
	}
	return ExitClean
}

// checkConfig validates a configuration file named by -config before any
// package is loaded, so that a broken file fails fast with its position.
func checkConfig(fs *flag.FlagSet) error {
	f := fs.Lookup("config")
	if f == nil || f.Value.String() == "" {
		return nil
	}
	_, err := rules.Load(f.Value.String())
	return err
}

// Analyze loads the packages and runs facelint's analyzers on them. It
// fails on packages that do not load or type-check, and on analysis errors.
func Analyze(opts Options) (*Result, error) {
	cfg := &packages.Config{
		Mode:  packages.LoadAllSyntax,
		Dir:   opts.Dir,
		Tests: opts.Tests,
	}
	if opts.Tags != "" {
		cfg.BuildFlags = []string{"-tags=" + opts.Tags}
	}
	pkgs, err := packages.Load(cfg, opts.Patterns...)
	if err != nil {
		return nil, err
	}
	if err := loadErrors(pkgs); err != nil {
		return nil, err
	}
	graph, err := checker.Analyze(analyzers.All(), pkgs, &checker.Options{})
	if err != nil {
		return nil, err
	}
	res := &Result{Graph: graph}
	var errs []string
	seenErr := map[string]bool{}
	for act := range graph.All() {
		if act.Err != nil {
			msg := act.Err.Error()
			if !strings.HasPrefix(msg, "failed prerequisites") && !seenErr[msg] {
				seenErr[msg] = true
				errs = append(errs, fmt.Sprintf("%s: %s: %v", act.Package.PkgPath, act.Analyzer.Name, act.Err))
			}
			continue
		}
		if !act.IsRoot {
			continue
		}
		res.Fset = act.Package.Fset
		for _, d := range act.Diagnostics {
			res.Findings = append(res.Findings, Finding{Package: act.Package.ID, Analyzer: act.Analyzer.Name, Diagnostic: d, Fset: act.Package.Fset})
		}
	}
	if len(errs) > 0 {
		sort.Strings(errs)
		return nil, errors.New(strings.Join(errs, "\n"))
	}
	sortFindings(res.Findings)
	res.Findings = dedupe(res.Findings)
	return res, nil
}

// loadErrors reports packages that failed to load, parse or type-check,
// with their positions.
func loadErrors(pkgs []*packages.Package) error {
	var msgs []string
	seen := map[string]bool{}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			msg := e.Error()
			if !seen[msg] {
				seen[msg] = true
				msgs = append(msgs, msg)
			}
		}
	})
	if len(msgs) == 0 {
		return nil
	}
	return fmt.Errorf("packages do not load or type-check:\n%s", strings.Join(msgs, "\n"))
}

func sortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i].Fset.Position(fs[i].Diagnostic.Pos), fs[j].Fset.Position(fs[j].Diagnostic.Pos)
		if a.Filename != b.Filename {
			return a.Filename < b.Filename
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Column != b.Column {
			return a.Column < b.Column
		}
		if fs[i].Diagnostic.Category != fs[j].Diagnostic.Category {
			return fs[i].Diagnostic.Category < fs[j].Diagnostic.Category
		}
		return fs[i].Diagnostic.Message < fs[j].Diagnostic.Message
	})
}

// dedupe drops findings reported twice: a package and its test variant
// share files.
func dedupe(fs []Finding) []Finding {
	var out []Finding
	seen := map[string]bool{}
	for _, f := range fs {
		key := f.Fset.Position(f.Diagnostic.Pos).String() + "|" + f.Diagnostic.Category + "|" + f.Diagnostic.Message
		if !seen[key] {
			seen[key] = true
			out = append(out, f)
		}
	}
	return out
}

// Print writes the findings in a format.
func Print(w io.Writer, res *Result, format string) error {
	switch format {
	case "json":
		return res.Graph.PrintJSON(w)
	case "text":
		return printText(w, res)
	}
	return fmt.Errorf("unknown format %q", format)
}

// printText prints one line per finding, file:line:col: message, followed
// by the steps of its path, indented.
func printText(w io.Writer, res *Result) error {
	wd, _ := os.Getwd()
	for _, f := range res.Findings {
		d := f.Diagnostic
		if _, err := fmt.Fprintf(w, "%s: %s\n", relPosition(f.Fset.Position(d.Pos), wd), d.Message); err != nil {
			return err
		}
		for _, r := range d.Related {
			if _, err := fmt.Fprintf(w, "\t%s: %s\n", relPosition(f.Fset.Position(r.Pos), wd), r.Message); err != nil {
				return err
			}
		}
	}
	return nil
}

// relPosition formats a position with its file relative to dir when it is
// inside dir.
func relPosition(p token.Position, dir string) string {
	if rel, err := filepath.Rel(dir, p.Filename); err == nil && !strings.HasPrefix(rel, "..") {
		p.Filename = rel
	}
	return p.String()
}
