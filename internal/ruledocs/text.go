package ruledocs

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/facelint/facelint/rules"
)

// List writes the rules of a set as a table: ID, severity, enabled,
// summary and the articles cited. It is the output of facelint -list-rules.
func List(w io.Writer, set *rules.Set) error {
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSEVERITY\tENABLED\tSUMMARY\tARTICLES")
	for _, r := range set.Rules {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.ID, r.Severity, yesNo(r.Enabled), r.Summary, citeOrDash(set, r))
	}
	return tw.Flush()
}

// Explain writes the plain-text help of the rule with the given ID (case
// does not matter). It is the output of facelint -explain. An unknown ID is
// an error that suggests the closest known one.
func Explain(w io.Writer, set *rules.Set, id string) error {
	r := set.Rule(strings.ToUpper(strings.TrimSpace(id)))
	if r == nil {
		return fmt.Errorf("unknown rule ID %q%s; facelint -list-rules lists the rules", id, rules.Suggest(id, ruleIDs(set)))
	}
	_, err := io.WriteString(w, HelpText(set, r))
	return err
}

// HelpText returns the plain-text help of a rule: its metadata, what
// triggers it, how to fix it, an example before and after, and every article
// it cites with its Chinese text, English gist, provenance and URL.
func HelpText(set *rules.Set, r *rules.Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s: %s\n\n", r.ID, r.Name, r.Summary)
	field(&b, "Severity", fmt.Sprintf("%s (%s)", r.Severity, enabled(r.Enabled)))
	field(&b, "Precision", r.Precision)
	field(&b, "Security severity", r.SecuritySeverity)
	field(&b, "CWE", strings.Join(r.CWE, ", "))
	field(&b, "Tags", strings.Join(r.Tags, ", "))
	field(&b, "Docs", r.Docs)
	section(&b, "What triggers it", indent(r.Description, "  "))
	section(&b, "How to fix", indent(r.Fix, "  "))
	section(&b, "Reported", indent(r.Bad, "    "))
	section(&b, "Compliant", indent(r.Good, "    "))
	if len(r.Articles) == 0 {
		section(&b, "Articles", "  "+noArticles(r))
		return b.String()
	}
	var arts strings.Builder
	for i, id := range r.Articles {
		a := set.Article(id)
		if i > 0 {
			arts.WriteString("\n")
		}
		fmt.Fprintf(&arts, "  %s (%s %s)\n", a.Cite, a.Law, a.Number)
		if a.Text != "" {
			fmt.Fprintf(&arts, "    zh:     %s\n", a.Text)
		}
		fmt.Fprintf(&arts, "    en:     %s\n", a.Gist)
		fmt.Fprintf(&arts, "    text:   %s, %s\n", a.Status, statusMeaning(a.Status))
		fmt.Fprintf(&arts, "    source: %s\n", a.Source)
		fmt.Fprintf(&arts, "    url:    %s", a.URL)
	}
	section(&b, "Articles", arts.String())
	return b.String()
}

// field writes a labelled value, unless it is empty.
func field(b *strings.Builder, label, value string) {
	if value != "" {
		fmt.Fprintf(b, "%-19s%s\n", label+":", value)
	}
}

// section writes a titled block of text.
func section(b *strings.Builder, title, body string) {
	fmt.Fprintf(b, "\n%s:\n%s\n", title, body)
}

// indent trims blank lines around s and prefixes its non-empty lines.
func indent(s, prefix string) string {
	lines := strings.Split(strings.Trim(s, "\n"), "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = prefix + l
		}
	}
	return strings.Join(lines, "\n")
}

func enabled(b bool) string {
	if b {
		return "enabled"
	}
	return "disabled"
}

func ruleIDs(set *rules.Set) []string {
	ids := make([]string, len(set.Rules))
	for i, r := range set.Rules {
		ids[i] = r.ID
	}
	return ids
}
