// Package driver is facelint's standalone driver: it lists packages with
// go/packages, runs the analyzers as golang.org/x/tools/go/analysis/checker
// does on the packages that an earlier run did not analyse, takes what it
// needs of the others (their types, facts and, for the named packages,
// diagnostics) from a cache where it keeps them (internal/factcache), and
// prints the findings as text, JSON, SARIF or GitHub Actions annotations.
package driver

import (
	"errors"
	"flag"
	"fmt"
	"go/token"
	"io"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/facelint/facelint/analyzers/faceconfig"
	"github.com/facelint/facelint/analyzers/facetaint"
	"github.com/facelint/facelint/internal/baseline"
	"github.com/facelint/facelint/rules"
)

// Exit codes of the standalone driver.
const (
	ExitClean    = 0 // no findings at or above the -fail-on severity, and no errors
	ExitError    = 1 // bad flags or configuration, packages that do not load, analysis failure
	ExitFindings = 3 // findings at or above the -fail-on severity, and no errors
)

// Formats are the output formats, for -format.
var Formats = []string{"text", "json", "sarif", "github"}

// Options are the settings of one run.
type Options struct {
	Dir      string   // directory to run in ("" = current)
	Patterns []string // package patterns
	Tags     string   // build tags
	Tests    bool     // analyse test files too
	// Engine keeps the engine's results (facetaint's Result of each root
	// package, with the package's syntax) in Result.Engine, for the
	// inventory. Such a run analyses every package from source and leaves
	// the cache alone: the cache keeps diagnostics, not engine results.
	Engine bool
}

// Finding is one diagnostic with its package and analyzer.
type Finding struct {
	Package    string
	Analyzer   string
	Diagnostic analysis.Diagnostic
	Fset       *token.FileSet
	// Severity is the severity of the finding's rule in the rule set in
	// force for its package.
	Severity rules.Severity
}

// LoadError is a package that was not analysed, or a pattern that matched
// no package.
type LoadError struct {
	Package string // package path, or the pattern
	// Posn is the error's file:line:col, or "" when it has none; File,
	// Line and Col are its parts (Line 0 when there is no position).
	Posn      string
	File      string
	Line, Col int
	Msg       string
}

// String formats the error as a line of text output.
func (e LoadError) String() string {
	if e.Posn != "" {
		return fmt.Sprintf("%s: package %s not analysed: %s", e.Posn, e.Package, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Package, e.Msg)
}

// Result is the outcome of analysing packages.
type Result struct {
	Findings []Finding // sorted by position, then rule
	// LoadErrors are the packages that were not analysed (they do not
	// load or type-check) and the patterns that matched no package,
	// sorted. The other packages are analysed.
	LoadErrors []LoadError
	// Warnings say what was left out without an error: directories whose
	// Go files build constraints or a disabled cgo exclude.
	Warnings []string
	Fset     *token.FileSet
	// Rules is the rule set in force: the one faceconfig loaded for the
	// first root package.
	Rules *rules.Set
	// Dir is the absolute directory facelint ran in: baseline paths are
	// relative to it.
	Dir string
	// Root is the root of the repository Dir is in, or Dir outside a
	// repository: SARIF and GitHub annotation paths are relative to it,
	// and files facelint writes must not leave it through symbolic links.
	Root string
	// Baselined is the number of findings removed by ApplyBaseline.
	Baselined int
	// Packages says how the packages of the import graph were loaded.
	Packages PackageCounts
	// Engine holds the engine's result of each root package, sorted by
	// package ID, when Options.Engine is set.
	Engine []EngineResult
	// Names are the names of the packages of the import graph, by path,
	// when Options.Engine is set.
	Names map[string]string

	src *sources
}

// EngineResult is the engine's result on a root package.
type EngineResult struct {
	Package *packages.Package // with its syntax and type information
	Result  *facetaint.Result
}

// PackageCounts counts the packages of the import graph by how a run loaded
// them.
type PackageCounts struct {
	Analysed  int // type-checked from source and analysed
	TypesOnly int // type-checked from source for their declarations; facts from the cache
	Cached    int // types from export data, facts from the cache
}

// Main runs the driver with command-line arguments and returns the exit
// code.
func Main(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("facelint", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var opts Options
	var (
		jsonOut, sarifOut, listRules, update, showVersion bool
		explain, baselineFile, format, output, failOn     string
	)
	LoadFlags(fs, &opts)
	fs.StringVar(&format, "format", "text", "output `format`: "+strings.Join(Formats, ", ")+" (GitHub Actions annotations)")
	fs.BoolVar(&jsonOut, "json", false, "print findings as the JSON tree of go vet -json (-format json)")
	fs.BoolVar(&sarifOut, "sarif", false, "print findings as SARIF 2.1.0 for GitHub code scanning (-format sarif)")
	fs.StringVar(&output, "o", "", "write the output to `file` instead of standard output")
	fs.StringVar(&failOn, "fail-on", "note", "exit 3 only for findings of this `severity` or higher: error, warning or note")
	fs.StringVar(&baselineFile, "baseline", "", "do not report the findings recorded in baseline `file` (a missing file records none)")
	fs.BoolVar(&update, "update-baseline", false, "record the current findings in the -baseline file instead of reporting them")
	fs.BoolVar(&listRules, "list-rules", false, "list the rules (with -config, -enable and -disable applied) and exit")
	fs.StringVar(&explain, "explain", "", "describe the rule with the given `ID` (e.g. FR102) and exit")
	fs.BoolVar(&showVersion, "version", false, "print facelint's version and exit")
	fs.Usage = func() { usage(stderr, fs) }
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
	if showVersion {
		fmt.Fprintf(stdout, "facelint %s\n", Version())
		return ExitClean
	}
	if listRules || explain != "" {
		if err := describeRules(stdout, fs, opts.Dir, explain); err != nil {
			return fail(err)
		}
		return ExitClean
	}
	opts.Patterns = fs.Args()
	formatSet := false
	fs.Visit(func(f *flag.Flag) { formatSet = formatSet || f.Name == "format" })
	switch {
	case jsonOut && sarifOut, (jsonOut || sarifOut) && formatSet:
		return fail(errors.New("-json, -sarif and -format are exclusive"))
	case jsonOut:
		format = "json"
	case sarifOut:
		format = "sarif"
	}
	threshold, err := severityFlag(failOn)
	switch {
	case !isFormat(format):
		return fail(fmt.Errorf("-format %s: want one of %s", format, strings.Join(Formats, ", ")))
	case err != nil:
		return fail(err)
	case update && baselineFile == "":
		return fail(errors.New("-update-baseline needs -baseline FILE"))
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
		if base, err = baseline.Read(baselineFile); err != nil {
			return fail(err)
		}
	}
	res, err := Analyze(opts)
	if err != nil {
		return fail(err)
	}
	for _, w := range res.Warnings {
		fmt.Fprintf(stderr, "facelint: warning: %s\n", w)
	}
	if update {
		if len(res.LoadErrors) > 0 {
			printLoadErrors(stderr, res)
			return fail(errors.New("the baseline is not updated: some packages were not analysed"))
		}
		if err := res.Baseline().Write(baselineFile, res.Root); err != nil {
			return fail(err)
		}
		fmt.Fprintf(stderr, "facelint: recorded %d findings in %s\n", len(res.Findings), baselineFile)
		return ExitClean
	}
	if base != nil {
		res.ApplyBaseline(base)
		if res.Baselined > 0 && format != "text" {
			fmt.Fprintf(stderr, "facelint: %d findings in baseline %s not reported\n", res.Baselined, baselineFile)
		}
	}
	if err := WriteOutput(stdout, output, func(w io.Writer) error { return Print(w, res, format) }); err != nil {
		return fail(err)
	}
	if len(res.LoadErrors) > 0 {
		if format != "text" || output != "" {
			printLoadErrors(stderr, res)
		}
		fmt.Fprintf(stderr, "facelint: %d %s not analysed: exit code 1 even with findings\n", len(res.LoadErrors), plural(len(res.LoadErrors), "package or pattern", "packages or patterns"))
		return ExitError
	}
	for _, f := range res.Findings {
		if f.Severity.AtLeast(threshold) {
			return ExitFindings
		}
	}
	return ExitClean
}

// LoadFlags registers the flags that say what to load and how the
// analysis is configured, which the linter and the inventory share: -C,
// -tags, -test and the settings of faceconfig (-config, -enable,
// -disable, -std, -name-sources, -own-modules).
func LoadFlags(fs *flag.FlagSet, opts *Options) {
	fs.StringVar(&opts.Dir, "C", "", "change to `dir` before loading packages; baseline paths are relative to it")
	fs.StringVar(&opts.Tags, "tags", "", "comma-separated build tags")
	fs.BoolVar(&opts.Tests, "test", true, "also analyse test files")
	faceconfig.Analyzer.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
}

// usage prints the help of -help.
func usage(w io.Writer, fs *flag.FlagSet) {
	fmt.Fprint(w, `usage: facelint [flags] packages...
       facelint -list-rules | -explain ID
       facelint version
       facelint lsp [flags]          language server for editors (docs/editors.md)
       facelint inventory [flags] [packages]   face-data inventory (docs/inventory.md)
       go vet -vettool="$(go env GOPATH)/bin/facelint" [flags] packages...

Exit codes: 0 no findings at or above -fail-on; 3 findings at or above
-fail-on; 1 errors (bad flags or configuration, packages that do not load
or type-check, patterns that match no package, analysis failures). Load
errors take precedence: the other packages are analysed and their findings
printed, and the exit code is 1.

flags:
`)
	fs.PrintDefaults()
}

func isFormat(f string) bool {
	for _, known := range Formats {
		if f == known {
			return true
		}
	}
	return false
}

// severityFlag parses -fail-on.
func severityFlag(s string) (rules.Severity, error) {
	switch sev := rules.Severity(s); sev {
	case rules.SeverityError, rules.SeverityWarning, rules.SeverityNote:
		return sev, nil
	}
	return "", fmt.Errorf("-fail-on %s: want error, warning or note", s)
}

// WriteOutput writes with write to stdout, or, when output names a file
// (-o), to that file.
func WriteOutput(stdout io.Writer, output string, write func(io.Writer) error) error {
	if output == "" {
		return write(stdout)
	}
	f, err := os.Create(output)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// printLoadErrors prints the load errors, one per line.
func printLoadErrors(w io.Writer, res *Result) {
	for _, e := range res.LoadErrors {
		fmt.Fprintf(w, "facelint: %s\n", e)
	}
}
