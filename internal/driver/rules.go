package driver

import (
	"flag"
	"io"

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

// rulesInForce returns the rule set in force for the root package whose ID
// sorts first (sets holds those of the roots), or the embedded rules when
// no package was analysed.
func rulesInForce(sets map[string]*rules.Set) (*rules.Set, error) {
	first := ""
	for id := range sets {
		if first == "" || id < first {
			first = id
		}
	}
	if first == "" {
		return rules.Default()
	}
	return sets[first], nil
}
