package plugin_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/facelint/facelint/analyzers"
	"github.com/facelint/facelint/analyzers/faceconfig"
	"github.com/facelint/facelint/analyzers/facetaint"
	_ "github.com/facelint/facelint/plugin"
)

// newLinter builds the plugin through golangci-lint's registry, as
// golangci-lint does, with raw settings shaped as golangci-lint passes them
// (map[string]any, lists as []any).
func newLinter(t *testing.T, settings any) register.LinterPlugin {
	t.Helper()
	newPlugin, err := register.GetPlugin("facelint")
	if err != nil {
		t.Fatal(err)
	}
	linter, err := newPlugin(settings)
	if err != nil {
		t.Fatalf("settings %v: %v", settings, err)
	}
	return linter
}

// analyzer returns the analyzer called name among those the plugin builds
// with settings.
func analyzer(t *testing.T, settings any, name string) *analysis.Analyzer {
	t.Helper()
	as, err := newLinter(t, settings).BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range as {
		if a.Name == name {
			return a
		}
	}
	t.Fatalf("the plugin builds no analyzer %q", name)
	return nil
}

func TestBuildAnalyzers(t *testing.T) {
	linter := newLinter(t, nil)
	if got := linter.GetLoadMode(); got != register.LoadModeTypesInfo {
		t.Errorf("GetLoadMode() = %q, want %q", got, register.LoadModeTypesInfo)
	}
	got, err := linter.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	want := append(analyzers.All(), faceconfig.Analyzer)
	if len(got) != len(want) {
		t.Fatalf("BuildAnalyzers() returned %d analyzers, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("analyzer %d is %s, want %s", i, got[i].Name, want[i].Name)
		}
	}
	if err := analysis.Validate(got); err != nil {
		t.Error(err)
	}
}

func TestFR101(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer(t, nil, "facesinks"), "selfie/logged")
}

func TestFR201(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer(t, nil, "faceconsent"), "selfie/unconsented")
}

// TestDisable checks that settings reach the analyzers: package
// selfie/quiet logs a selfie and expects no findings once FR101 is off.
func TestDisable(t *testing.T) {
	settings := map[string]any{"disable": []any{"FR101"}}
	analysistest.Run(t, analysistest.TestData(), analyzer(t, settings, "facesinks"), "selfie/quiet")
}

// TestSettings checks the faceconfig flag values each call to New leaves:
// given keys set their flag, absent keys reset it to its default.
func TestSettings(t *testing.T) {
	config := filepath.Join(analysistest.TestData(), "config", "no-fr101.facelint.toml")
	for _, tt := range []struct {
		name     string
		settings any
		want     map[string]string
	}{
		{
			name:     "all keys",
			settings: map[string]any{"config": config, "disable": []any{"FR105", "FR107"}, "std": true, "name-sources": false},
			want:     map[string]string{"config": config, "disable": "FR105,FR107", "std": "true", "name-sources": "false"},
		},
		{
			name:     "enable",
			settings: map[string]any{"enable": []any{"FR101", "FR102"}},
			want:     map[string]string{"config": "", "enable": "FR101,FR102", "disable": ""},
		},
		{
			name:     "none",
			settings: nil,
			want:     map[string]string{"config": "", "enable": "", "disable": "", "std": "false", "name-sources": "true"},
		},
		{
			name:     "some",
			settings: map[string]any{"name-sources": false},
			want:     map[string]string{"config": "", "disable": "", "std": "false", "name-sources": "false"},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			newLinter(t, tt.settings)
			for name, want := range tt.want {
				if got := faceconfig.Analyzer.Flags.Lookup(name).Value.String(); got != want {
					t.Errorf("-%s = %q, want %q", name, got, want)
				}
			}
		})
	}
}

func TestBadSettings(t *testing.T) {
	newPlugin, err := register.GetPlugin("facelint")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name     string
		settings any
		want     string
	}{
		{"unknown key", map[string]any{"severity": "error"}, `unknown field "severity"`},
		{"unknown rule ID", map[string]any{"disable": []any{"FR101", "FR999"}}, `disable: unknown rule ID "FR999"`},
		{"list as string", map[string]any{"disable": "FR101"}, "cannot unmarshal string"},
		{"bool as string", map[string]any{"std": "yes"}, "cannot unmarshal string"},
		{"unknown rule ID to enable", map[string]any{"enable": []any{"FR10"}}, `enable: unknown rule ID "FR10"`},
		{"missing config", map[string]any{"config": "testdata/config/missing.toml"}, "testdata/config/missing.toml: no such file or directory"},
		{"broken config", map[string]any{"config": "testdata/config/broken.facelint.toml"}, "broken.facelint.toml:3:1"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := newPlugin(tt.settings)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("New(%v) error = %v, want it to contain %q", tt.settings, err, tt.want)
			}
		})
	}
}

// TestConfigurationInCacheKey checks that the names of the analyzers
// golangci-lint keys its caches on change when a configuration file of
// the module is edited, and only then.
func TestConfigurationInCacheKey(t *testing.T) {
	mod := t.TempDir()
	write := func(name, content string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(mod, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("go.mod", "module example.com/m\n")
	t.Chdir(mod)
	names := func() string {
		t.Helper()
		as, err := newLinter(t, nil).BuildAnalyzers()
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, a := range as {
			out = append(out, a.Name)
		}
		return strings.Join(out, ",")
	}
	before := names()
	if again := names(); again != before {
		t.Errorf("names changed with nothing edited: %s, then %s", before, again)
	}
	write(".facelint.toml", "[rules.FR101]\nenabled = false\n")
	after := names()
	if after == before {
		t.Errorf("adding .facelint.toml left the analyzer names unchanged: %s", after)
	}
	if !strings.Contains(after, "faceconfig_") || !strings.Contains(facetaint.Analyzer.Name, "facetaint_") {
		t.Errorf("names %s, engine %s: want faceconfig_<hash> and facetaint_<hash>", after, facetaint.Analyzer.Name)
	}
}
