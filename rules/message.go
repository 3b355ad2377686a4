package rules

import (
	"strings"
)

// messageVars lists, per rule, the placeholders its message may use besides
// {cite} (the articles the rule cites). The reporters supply exactly these.
var messageVars = map[string][]string{
	"FR101": {"data", "source", "sink"},
	"FR102": {"data", "source", "sink"},
	"FR103": {"data", "source", "sink"},
	"FR104": {"data", "source", "sink", "extractor"},
	"FR105": {"data", "source", "sink"},
	"FR106": {"data", "source", "sink", "dest"},
	"FR107": {"data", "source", "sink"},
	"FR201": {"data", "source"},
	"FR202": {"data", "source", "cond"},
	"FR301": {"verifier", "deny"},
	"FR900": {"problem"},
	"FR901": {"problem"},
	"FR902": {"directive"},
}

// IsMeta reports whether a rule is about facelint's own directives (FR9xx)
// rather than about face data.
func IsMeta(id string) bool { return strings.HasPrefix(id, "FR9") }

// placeholders returns the names of the {name} placeholders in a template.
func placeholders(tmpl string) []string {
	var names []string
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			return names
		}
		j := strings.IndexByte(tmpl[i:], '}')
		if j < 0 {
			return append(names, tmpl[i+1:])
		}
		names = append(names, tmpl[i+1:i+j])
		tmpl = tmpl[i+j+1:]
	}
}

// Cite returns the short citation of the rule's articles, e.g.
// "Measures Art. 14 第十四条; Art. 8 第八条".
func (s *Set) Cite(r *Rule) string {
	parts := make([]string, 0, len(r.Articles))
	for _, id := range r.Articles {
		if a := s.articles[id]; a != nil {
			parts = append(parts, a.Cite)
		}
	}
	return strings.Join(parts, "; ")
}

// Message renders the rule's message with the given placeholder values and
// prefixes it with the rule ID in brackets, as the rule contract requires.
func (s *Set) Message(r *Rule, vars map[string]string) string {
	var b strings.Builder
	b.WriteString("[" + r.ID + "] ")
	tmpl := r.Message
	for {
		i := strings.IndexByte(tmpl, '{')
		j := strings.IndexByte(tmpl[max(i, 0):], '}')
		if i < 0 || j < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		b.WriteString(tmpl[:i])
		name := tmpl[i+1 : i+j]
		if name == "cite" {
			b.WriteString(s.Cite(r))
		} else {
			b.WriteString(vars[name])
		}
		tmpl = tmpl[i+j+1:]
	}
}
