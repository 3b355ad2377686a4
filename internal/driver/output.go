package driver

import (
	"cmp"
	"encoding/json"
	"fmt"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/facelint/facelint/internal/sarif"
)

// Print writes the result in a format: "text", "json", "sarif" or
// "github". Every format carries the findings and the load errors.
func Print(w io.Writer, res *Result, format string) error {
	switch format {
	case "text":
		return printText(w, res)
	case "json":
		return printJSON(w, res)
	case "sarif":
		return printSARIF(w, res)
	case "github":
		return printGitHub(w, res)
	}
	return fmt.Errorf("unknown format %q", format)
}

// printText prints one line per finding, file:line:col: message, followed
// by the steps of its path, indented, then one line per load error and
// the number of findings the baseline hid.
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
	for _, e := range res.LoadErrors {
		if e.File != "" {
			e.Posn = relPosition(token.Position{Filename: e.File, Line: e.Line, Column: e.Col}, wd)
		}
		if _, err := fmt.Fprintln(w, e); err != nil {
			return err
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

// jsonError is go vet -json's form of an error.
type jsonError struct {
	Err string `json:"error"`
}

// loadErrorKey is the key of load errors in the JSON tree, where go vet
// has analyzer names.
const loadErrorKey = "facelint"

// printJSON prints the findings as go vet -json does: a tree from package
// ID to analyzer name to diagnostics; a package that was not analysed has
// {"error": ...} under "facelint". encoding/json sorts the keys.
func printJSON(w io.Writer, res *Result) error {
	tree := map[string]map[string]any{}
	add := func(pkg, key string, v any) {
		if tree[pkg] == nil {
			tree[pkg] = map[string]any{}
		}
		switch v := v.(type) {
		case jsonDiagnostic:
			list, _ := tree[pkg][key].([]jsonDiagnostic)
			tree[pkg][key] = append(list, v)
		default:
			tree[pkg][key] = v
		}
	}
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
		add(f.Package, f.Analyzer, jd)
	}
	errs := map[string][]string{}
	var order []string
	for _, e := range res.LoadErrors {
		if errs[e.Package] == nil {
			order = append(order, e.Package)
		}
		errs[e.Package] = append(errs[e.Package], e.String())
	}
	for _, pkg := range order {
		add(pkg, loadErrorKey, jsonError{Err: strings.Join(errs[pkg], "\n")})
	}
	data, err := json.MarshalIndent(tree, "", "\t")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", data)
	return err
}

// printSARIF prints the findings as a SARIF log, with every rule of the
// rule set in force, each finding's related information as its path, and
// the load errors and warnings as tool execution notifications. Paths are
// relative to the repository root.
func printSARIF(w io.Writer, res *Result) error {
	src := newSources(res.Root)
	findings := make([]sarif.Finding, len(res.Findings))
	for i, f := range res.Findings {
		d := f.Diagnostic
		loc, line := src.location(f.Fset, d.Pos, d.End)
		if !loc.Real() {
			return fmt.Errorf("-sarif: the finding at %s is outside the repository %s: run facelint from inside the repository", f.Fset.Position(d.Pos), res.Root)
		}
		findings[i] = sarif.Finding{Rule: d.Category, Message: d.Message, Location: loc, Line: line}
		for _, r := range d.Related {
			step, _ := src.location(f.Fset, r.Pos, r.End)
			findings[i].Path = append(findings[i].Path, sarif.Step{Location: step, Message: r.Message})
		}
	}
	var problems []sarif.Problem
	for _, e := range res.LoadErrors {
		p := sarif.Problem{Error: true, Message: e.String()}
		if e.File != "" {
			loc := src.at(e.File, e.Line, e.Col)
			p.Location = &loc
		}
		problems = append(problems, p)
	}
	for _, w := range res.Warnings {
		problems = append(problems, sarif.Problem{Message: w})
	}
	v := Version()
	log, err := sarif.New(res.Rules, findings, problems, sarif.Options{Version: v, SemanticVersion: semanticVersion(v), WorkingDir: res.Dir, Root: res.Root})
	if err != nil {
		return err
	}
	return log.Write(w)
}
