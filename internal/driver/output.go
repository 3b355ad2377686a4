package driver

import (
	"cmp"
	"encoding/json"
	"fmt"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/facelint/facelint/internal/sarif"
)

// modulePath is facelint's module, whose version SARIF output records.
const modulePath = "github.com/facelint/facelint"

// Print writes the findings in a format: "text", "json" or "sarif".
func Print(w io.Writer, res *Result, format string) error {
	switch format {
	case "text":
		return printText(w, res)
	case "json":
		return printJSON(w, res)
	case "sarif":
		return printSARIF(w, res)
	}
	return fmt.Errorf("unknown format %q", format)
}

// printText prints one line per finding, file:line:col: message, followed
// by the steps of its path, indented, and the number of findings the
// baseline hid.
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
	if res.Baselined > 0 {
		_, err := fmt.Fprintf(w, "facelint: %d %s in the baseline not reported\n", res.Baselined, plural(res.Baselined, "finding", "findings"))
		return err
	}
	return nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// relPosition formats a position with its file relative to dir when it is
// inside dir.
func relPosition(p token.Position, dir string) string {
	if rel, ok := within(dir, p.Filename); ok {
		p.Filename = rel
	}
	return p.String()
}

// within returns file relative to dir when it is inside dir.
func within(dir, file string) (string, bool) {
	rel, err := filepath.Rel(dir, file)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
		return "", false
	}
	return rel, true
}

// jsonDiagnostic and jsonRelated are the schema of go vet -json.
type jsonDiagnostic struct {
	Category string        `json:"category,omitempty"`
	Posn     string        `json:"posn"`
	End      string        `json:"end"`
	Message  string        `json:"message"`
	Related  []jsonRelated `json:"related,omitempty"`
}

type jsonRelated struct {
	Posn    string `json:"posn"`
	End     string `json:"end"`
	Message string `json:"message"`
}

// printJSON prints the findings as go vet -json does: a tree from package
// ID to analyzer name to diagnostics. encoding/json sorts the keys.
func printJSON(w io.Writer, res *Result) error {
	tree := map[string]map[string][]jsonDiagnostic{}
	for _, f := range res.Findings {
		d := f.Diagnostic
		jd := jsonDiagnostic{
			Category: d.Category,
			Posn:     f.Fset.Position(d.Pos).String(),
			End:      f.Fset.Position(cmp.Or(d.End, d.Pos)).String(),
			Message:  d.Message,
		}
		for _, r := range d.Related {
			jd.Related = append(jd.Related, jsonRelated{
				Posn:    f.Fset.Position(r.Pos).String(),
				End:     f.Fset.Position(cmp.Or(r.End, r.Pos)).String(),
				Message: r.Message,
			})
		}
		if tree[f.Package] == nil {
			tree[f.Package] = map[string][]jsonDiagnostic{}
		}
		tree[f.Package][f.Analyzer] = append(tree[f.Package][f.Analyzer], jd)
	}
	data, err := json.MarshalIndent(tree, "", "\t")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", data)
	return err
}

// printSARIF prints the findings as a SARIF log, with every rule of the
// rule set in force and each finding's related information as its path.
func printSARIF(w io.Writer, res *Result) error {
	findings := make([]sarif.Finding, len(res.Findings))
	for i, f := range res.Findings {
		d := f.Diagnostic
		loc, line := res.src.location(f.Fset, d.Pos, d.End)
		findings[i] = sarif.Finding{Rule: d.Category, Message: d.Message, Location: loc, Line: line}
		for _, r := range d.Related {
			step, _ := res.src.location(f.Fset, r.Pos, r.End)
			findings[i].Path = append(findings[i].Path, sarif.Step{Location: step, Message: r.Message})
		}
	}
	log, err := sarif.New(res.Rules, findings, sarif.Options{Version: version(), WorkingDir: res.Dir})
	if err != nil {
		return err
	}
	return log.Write(w)
}

// version returns facelint's semantic version from the build information,
// or "" for a development build.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	v := info.Main.Version
	if info.Main.Path != modulePath {
		v = ""
		for _, dep := range info.Deps {
			if dep.Path == modulePath {
				v = dep.Version
			}
		}
	}
	if !strings.HasPrefix(v, "v") {
		return "" // "(devel)"
	}
	return strings.TrimPrefix(v, "v")
}
