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
	"github.com/facelint/facelint/internal/baseline"
	"github.com/facelint/facelint/internal/repo"
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
	// Rules is the rule set in force: the one faceconfig loaded for the
	// first root package.
	Rules *rules.Set
	// Dir is the absolute directory facelint ran in: baseline paths are
	// relative to it.
	Dir string
	// Root is the root of the repository Dir is in, or Dir outside a
	// repository: SARIF paths are relative to it, and files facelint
	// writes must not leave it through symbolic links.
	Root string
	// Baselined is the number of findings removed by ApplyBaseline.
	Baselined int

	src *sources
}

// Main runs the driver with command-line arguments and returns the exit
// code.
func Main(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("facelint", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var opts Options
	var (
		jsonOut, sarifOut, listRules, update bool
		explain, baselineFile                string
	)
	fs.StringVar(&opts.Dir, "C", "", "change to `dir` before loading packages; SARIF and baseline paths are relative to it")
	fs.StringVar(&opts.Tags, "tags", "", "comma-separated build tags")
	fs.BoolVar(&opts.Tests, "test", true, "also analyse test files")
	fs.BoolVar(&jsonOut, "json", false, "print findings as the JSON tree of go vet -json")
	fs.BoolVar(&sarifOut, "sarif", false, "print findings as SARIF 2.1.0 (for GitHub code scanning)")
	fs.StringVar(&baselineFile, "baseline", "", "do not report the findings recorded in baseline `file` (a missing file records none)")
	fs.BoolVar(&update, "update-baseline", false, "record the current findings in the -baseline file instead of reporting them")
	fs.BoolVar(&listRules, "list-rules", false, "list the rules (with -config and -disable applied) and exit")
	fs.StringVar(&explain, "explain", "", "describe the rule with the given `ID` (e.g. FR102) and exit")
	faceconfig.Analyzer.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: facelint [flags] packages...\n       facelint -list-rules | -explain ID\n       go vet -vettool=$(which facelint) [flags] packages...\n\nflags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return ExitClean
		}
		return ExitError
	}
	fail := func(err error) int {
		fmt.Fprintf(stderr, "facelint: %v\n", err)
		return ExitError
	}
	if listRules || explain != "" {
		if err := describeRules(stdout, fs, opts.Dir, explain); err != nil {
			return fail(err)
		}
		return ExitClean
	}
	opts.Patterns = fs.Args()
	switch {
	case jsonOut && sarifOut:
		return fail(errors.New("-json and -sarif are exclusive"))
	case update && baselineFile == "":
		return fail(errors.New("-update-baseline needs -baseline FILE"))
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
	// Check the configuration and the baseline before loading packages,
	// so that a broken file fails fast.
	if _, err := ruleSet(fs, opts.Dir); err != nil {
		return fail(err)
	}
	var base *baseline.Baseline
	if baselineFile != "" && !update {
		var err error
		if base, err = baseline.Read(baselineFile); err != nil {
			return fail(err)
		}
	}
	res, err := Analyze(opts)
	if err != nil {
		return fail(err)
	}
	if update {
		if err := res.Baseline().Write(baselineFile, res.Root); err != nil {
			return fail(err)
		}
		fmt.Fprintf(stderr, "facelint: recorded %d findings in %s\n", len(res.Findings), baselineFile)
		return ExitClean
	}
	if base != nil {
		res.ApplyBaseline(base)
		if res.Baselined > 0 && opts.Format != "text" {
			fmt.Fprintf(stderr, "facelint: %d findings in baseline %s not reported\n", res.Baselined, baselineFile)
		}
	}
	if err := Print(stdout, res, opts.Format); err != nil {
		return fail(err)
	}
	if len(res.Findings) > 0 {
		return ExitFindings
	}
	return ExitClean
}

// Analyze loads the packages and runs facelint's analyzers on them. It
// fails on packages that do not load or type-check, and on analysis errors.
func Analyze(opts Options) (*Result, error) {
	cfg := &packages.Config{
		Mode:  packages.LoadAllSyntax,
		Dir:   opts.Dir,
		Env:   GoEnv(),
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
	// faceconfig is a root too, so that its result, the rule set in force,
	// is kept for the output.
	graph, err := checker.Analyze(append(analyzers.All(), faceconfig.Analyzer), pkgs, &checker.Options{})
	if err != nil {
		return nil, err
	}
	dir, err := filepath.Abs(opts.Dir)
	if err != nil {
		return nil, err
	}
	root, ok := repo.Root(dir)
	if !ok {
		root = dir
	}
	res := &Result{Graph: graph, Dir: dir, Root: root, src: newSources(dir)}
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
	if res.Rules, err = rulesInForce(graph); err != nil {
		return nil, err
	}
	return res, nil
}

// GoEnv is the environment of the go commands that facelint runs: the
// process's environment with GOTOOLCHAIN=local added unless the variable
// is set, so that the go line of an analysed go.mod never makes the go
// command download a toolchain.
func GoEnv() []string {
	env := os.Environ()
	if _, set := os.LookupEnv("GOTOOLCHAIN"); !set {
		env = append(env, "GOTOOLCHAIN=local")
	}
	return env
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
		if fs[i].Diagnostic.Message != fs[j].Diagnostic.Message {
			return fs[i].Diagnostic.Message < fs[j].Diagnostic.Message
		}
		// A package before its test variant, so that dedupe keeps the same
		// one in every run.
		if fs[i].Package != fs[j].Package {
			return fs[i].Package < fs[j].Package
		}
		return fs[i].Analyzer < fs[j].Analyzer
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
