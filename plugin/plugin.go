// Package plugin registers facelint as a golangci-lint v2 module plugin
// named "facelint".
//
// Build a golangci-lint binary that includes it with the .custom-gcl.yml at
// the root of the facelint repository, then enable it in the run
// configuration:
//
//	version: "2"
//	linters:
//	  default: none
//	  enable: [facelint]
//	  settings:
//	    custom:
//	      facelint:
//	        type: module
//	        settings:
//	          disable: [FR107]
//
// The settings are those of the faceconfig analyzer; see [Settings]. All
// facelint findings appear under the one golangci-lint linter "facelint",
// and the analyzers need type information and facts, so the plugin asks
// for the typesinfo load mode.
package plugin

import (
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/facelint/facelint/analyzers"
	"github.com/facelint/facelint/analyzers/faceconfig"
	"github.com/facelint/facelint/analyzers/facetaint"
)

// Name is the name facelint registers under: the key of its entry in
// linters.settings.custom and the linter name golangci-lint reports.
const Name = "facelint"

func init() { register.Plugin(Name, New) }

// Settings are the plugin settings, linters.settings.custom.facelint.settings
// in the golangci-lint configuration. Each key sets the faceconfig flag of
// the same name; an absent key leaves the flag at its default. Unknown keys
// are errors.
type Settings struct {
	// Config is the facelint configuration file. A relative path is
	// resolved against the directory golangci-lint runs in. When empty,
	// each package uses the .facelint.toml files found from its module
	// root down to its directory.
	Config string `json:"config"`
	// Enable lists the only rule IDs to run, e.g. ["FR101", "FR102"].
	Enable []string `json:"enable"`
	// Disable lists rule IDs to switch off, e.g. ["FR105", "FR107"].
	Disable []string `json:"disable"`
	// Std also analyses standard library packages instead of relying on
	// facelint's models of them.
	Std *bool `json:"std"`
	// NameSources treats request inputs whose names say face (form files,
	// JSON fields...) as face data.
	NameSources *bool `json:"name-sources"`
}

// The analyzers' names before New marks them with the configuration.
var (
	configName = faceconfig.Analyzer.Name
	taintName  = facetaint.Analyzer.Name
)

// New is the plugin constructor golangci-lint calls with the raw settings.
// It applies them to the faceconfig analyzer's flags, checks them (the
// configuration file loads, every rule ID exists) and marks the analyzers
// with the configuration in force (see [markConfiguration]). The flags
// are process-wide, so the latest call to New configures every analyzer it
// returned.
func New(settings any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](settings)
	if err != nil {
		return nil, fmt.Errorf("facelint settings: %w", err)
	}
	if s.Config != "" {
		if s.Config, err = filepath.Abs(s.Config); err != nil {
			return nil, fmt.Errorf("facelint settings: config: %w", err)
		}
	}
	for name, value := range s.flags() {
		if err := faceconfig.Analyzer.Flags.Set(name, value); err != nil {
			return nil, fmt.Errorf("facelint settings: %s: %w", name, err)
		}
	}
	if err := s.validate(); err != nil {
		return nil, fmt.Errorf("facelint settings: %w", err)
	}
	if err := markConfiguration(s.Config); err != nil {
		return nil, fmt.Errorf("facelint settings: %w", err)
	}
	dir, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	showStepPositions(dir)
	return linter{}, nil
}

// showStepPositions makes golangci-lint show where every step of a
// finding's path is. golangci-lint reports each step (related information)
// as an issue of its own, but moves a step in another file than the
// finding to the finding's position: the message of such a step gets its
// file:line:col, relative to dir (where golangci-lint runs), as the
// standalone driver shows it. The reporting analyzers are wrapped once:
// the plugin runs only inside golangci-lint.
func showStepPositions(dir string) {
	wrapOnce.Do(func() {
		for _, a := range analyzers.All() {
			run := a.Run
			a.Run = func(pass *analysis.Pass) (any, error) {
				report := pass.Report
				pass.Report = func(d analysis.Diagnostic) { report(withStepPositions(pass.Fset, d, dir)) }
				return run(pass)
			}
		}
	})
}

var wrapOnce sync.Once

// withStepPositions returns d with the position of each step in another
// file than d's at the end of the step's message.
func withStepPositions(fset *token.FileSet, d analysis.Diagnostic, dir string) analysis.Diagnostic {
	file := fset.Position(d.Pos).Filename
	related := slices.Clone(d.Related)
	for i, r := range related {
		p := fset.Position(r.Pos)
		if !p.IsValid() || p.Filename == file {
			continue
		}
		if rel, err := filepath.Rel(dir, p.Filename); err == nil && !strings.HasPrefix(rel, "..") {
			p.Filename = filepath.ToSlash(rel)
		}
		related[i].Message = fmt.Sprintf("%s (%s)", r.Message, p)
	}
	d.Related = related
	return d
}

// validate loads the rule set the settings select, so that a broken
// configuration file or an unknown rule ID fails before any package is
// analysed.
func (s Settings) validate() error {
	files, explicit := []string(nil), s.Config != ""
	if explicit {
		files = []string{s.Config}
	}
	if _, err := faceconfig.Load(files, explicit); err != nil {
		for _, prefix := range []string{"-enable: ", "-disable: "} {
			if rest, ok := strings.CutPrefix(err.Error(), prefix); ok {
				return fmt.Errorf("%s: %s", strings.Trim(prefix, "-: "), rest)
			}
		}
		return fmt.Errorf("config: %w", err)
	}
	return nil
}

// markConfiguration puts a hash of the configuration in force into the
// names of facelint's configuration and engine analyzers, which the
// plugin returns among its analyzers. golangci-lint keys its cache of
// findings on the names of a linter's analyzers and its cache of facts on
// the analyzer's name, besides the packages' files and its own settings:
// with the hash, editing a .facelint.toml of the module (or the file the
// config setting names) invalidates both, as the settings do. Outside a
// module, the hash includes the time, so that nothing is reused.
// Messages are unchanged: golangci-lint prefixes them with the name of
// the reporting analyzer, and these two report nothing.
func markConfiguration(config string) error {
	dir, err := os.Getwd()
	if err != nil {
		return err
	}
	sum, bounded, err := faceconfig.Fingerprint(dir, config)
	if err != nil {
		return err
	}
	if !bounded {
		sum += strconv.FormatInt(time.Now().UnixNano(), 36)
	}
	faceconfig.Analyzer.Name = configName + "_" + sum[:16]
	facetaint.Analyzer.Name = taintName + "_" + sum[:16]
	return nil
}

// flags returns the faceconfig flag values for the settings: every flag is
// set, to its default when the key is absent, so that earlier calls to New
// leave nothing behind.
func (s Settings) flags() map[string]string {
	values := map[string]string{
		"config":  s.Config,
		"enable":  strings.Join(s.Enable, ","),
		"disable": strings.Join(s.Disable, ","),
	}
	for name, v := range map[string]*bool{"std": s.Std, "name-sources": s.NameSources} {
		if v == nil {
			values[name] = faceconfig.Analyzer.Flags.Lookup(name).DefValue
		} else {
			values[name] = strconv.FormatBool(*v)
		}
	}
	return values
}

// linter is facelint as a golangci-lint plugin.
type linter struct{}

// BuildAnalyzers returns facelint's reporting analyzers and the
// configuration analyzer, whose name carries the configuration in force
// (see [markConfiguration]); golangci-lint runs their prerequisites with
// them.
func (linter) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return append(analyzers.All(), faceconfig.Analyzer), nil
}

// GetLoadMode asks for type information: facelint's analyzers use types and
// facts, which golangci-lint's syntax mode does not provide.
func (linter) GetLoadMode() string { return register.LoadModeTypesInfo }
