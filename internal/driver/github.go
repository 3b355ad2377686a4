package driver

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/facelint/facelint/rules"
)

// printGitHub prints GitHub Actions workflow commands that annotate the
// findings in pull requests and the run's summary: one ::error,
// ::warning or ::notice command per finding (after the rule's severity),
// with the path of the finding in the message, then one ::error per load
// error and one ::warning per warning. Paths are relative to the
// repository root, as GitHub expects.
func printGitHub(w io.Writer, res *Result) error {
	rel := func(file string) string {
		if r, ok := within(res.Root, file); ok {
			return filepath.ToSlash(r)
		}
		return file
	}
	for _, f := range res.Findings {
		d := f.Diagnostic
		p := f.Fset.Position(d.Pos)
		props := []string{"file=" + rel(p.Filename), fmt.Sprintf("line=%d", p.Line), fmt.Sprintf("col=%d", p.Column)}
		if e := f.Fset.Position(d.End); d.End.IsValid() && e.Filename == p.Filename {
			props = append(props, fmt.Sprintf("endLine=%d", e.Line), fmt.Sprintf("endColumn=%d", e.Column))
		}
		title := d.Category
		if r := res.Rules.Rule(d.Category); r != nil {
			title += " " + r.Name
		}
		props = append(props, "title="+title)
		msg := d.Message
		for _, r := range d.Related {
			rp := f.Fset.Position(r.Pos)
			msg += fmt.Sprintf("\n  %s:%d:%d: %s", rel(rp.Filename), rp.Line, rp.Column, r.Message)
		}
		if err := command(w, level(f.Severity), props, msg); err != nil {
			return err
		}
	}
	for _, e := range res.LoadErrors {
		var props []string
		if e.File != "" {
			props = []string{"file=" + rel(e.File), fmt.Sprintf("line=%d", e.Line)}
			if e.Col > 0 {
				props = append(props, fmt.Sprintf("col=%d", e.Col))
			}
		}
		props = append(props, "title=facelint: package not analysed")
		if err := command(w, "error", props, e.String()); err != nil {
			return err
		}
	}
	for _, warning := range res.Warnings {
		if err := command(w, "warning", []string{"title=facelint: skipped"}, warning); err != nil {
			return err
		}
	}
	return nil
}

// level is the workflow command for a severity.
func level(s rules.Severity) string {
	switch s {
	case rules.SeverityError:
		return "error"
	case rules.SeverityNote:
		return "notice"
	}
	return "warning"
}

// command writes one workflow command, escaping its properties and
// message as the GitHub Actions runner unescapes them.
func command(w io.Writer, name string, props []string, msg string) error {
	for i, p := range props {
		k, v, _ := strings.Cut(p, "=")
		props[i] = k + "=" + escapeProperty(v)
	}
	_, err := fmt.Fprintf(w, "::%s %s::%s\n", name, strings.Join(props, ","), escapeData(msg))
	return err
}

// escapeData escapes a command's message.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty escapes a command's property value.
func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
