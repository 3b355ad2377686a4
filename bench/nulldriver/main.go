// Command nulldriver does what facelint's standalone driver does before any
// face-data analysis, and nothing else: it loads packages with go/packages
// (LoadAllSyntax, so every package of the import graph is parsed and
// type-checked from source) and runs golang.org/x/tools/go/analysis/checker
// with one analyzer that requires buildssa and does no work. The analyzer
// declares a fact type, as facelint's engine does, so that the checker runs
// it, and so builds SSA, on every package of the import graph rather than on
// the named packages only. Its cost is the floor of facelint's.
//
// Usage:
//
//	nulldriver [-C dir] [-test] packages...
//
// It exits 0 when every package loads and 1 otherwise.
package main

import (
	"flag"
	"fmt"
	"os"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/packages"
)

// noFact is the fact type that makes the checker run nullAnalyzer on
// dependencies. No fact is ever exported.
type noFact struct{}

// AFact marks noFact as an analysis fact.
func (*noFact) AFact() {}

var nullAnalyzer = &analysis.Analyzer{
	Name:      "null",
	Doc:       "null builds SSA for every package and reports nothing",
	Requires:  []*analysis.Analyzer{buildssa.Analyzer},
	FactTypes: []analysis.Fact{new(noFact)},
	Run:       func(*analysis.Pass) (any, error) { return nil, nil },
}

func main() {
	dir := flag.String("C", "", "change to `dir` before loading packages")
	tests := flag.Bool("test", false, "also load test files")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: nulldriver [-C dir] [-test] packages...\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(1)
	}
	if err := run(*dir, *tests, flag.Args()); err != nil {
		fmt.Fprintf(os.Stderr, "nulldriver: %v\n", err)
		os.Exit(1)
	}
}

func run(dir string, tests bool, patterns []string) error {
	cfg := &packages.Config{Mode: packages.LoadAllSyntax, Dir: dir, Tests: tests}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		return err
	}
	if n := packages.PrintErrors(pkgs); n > 0 {
		return fmt.Errorf("%d packages do not load", n)
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{nullAnalyzer}, pkgs, nil)
	if err != nil {
		return err
	}
	for act := range graph.All() {
		if act.Err != nil {
			return fmt.Errorf("%s: %s: %v", act.Package.PkgPath, act.Analyzer.Name, act.Err)
		}
	}
	return nil
}
