package driver

import (
	"flag"
	"io"

	"golang.org/x/tools/go/analysis/checker"

	"github.com/facelint/facelint/analyzers/faceconfig"
	"github.com/facelint/facelint/internal/ruledocs"
	"github.com/facelint/facelint/rules"
)

// describeRules writes the table of -list-rules, or with an ID the help
// of -explain.
func describeRules(w io.Writer, fs *flag.FlagSet, dir, explain string) error {
	set, err := ruleSet(fs, dir)
	if err != nil {
		return err
	}
	if explain != "" {
		return ruledocs.Explain(w, set, explain)
	}
	return ruledocs.List(w, set)
}

// ruleSet returns the rule set that -list-rules and -explain describe: the
// embedded rules extended by the -config file (or else by the
// .facelint.toml files that faceconfig would find for a package in dir),
// with -enable and -disable applied.
func ruleSet(fs *flag.FlagSet, dir string) (*rules.Set, error) {
	if file := fs.Lookup("config").Value.String(); file != "" {
		return faceconfig.Load([]string{file}, true)
	}
	return faceconfig.Load(faceconfig.Discover(dir), false)
}

// rulesInForce returns the rule set that faceconfig (a root analyzer)
// loaded for the root package whose ID sorts first, or the embedded rules when no package was
// analysed.
func rulesInForce(g *checker.Graph) (*rules.Set, error) {
	var first *checker.Action
	for _, act := range g.Roots {
		if act.Analyzer == faceconfig.Analyzer && act.Err == nil && (first == nil || act.Package.ID < first.Package.ID) {
			first = act
		}
	}
	if first == nil {
		return rules.Default()
	}
	return first.Result.(*faceconfig.Config).Rules, nil
}
