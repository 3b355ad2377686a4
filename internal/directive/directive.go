// Package directive parses facelint's //facelint: comment directives.
//
// The grammar, one directive per comment:
//
//	//facelint:source image|template [capture]
//	//facelint:facedata image|template
//	//facelint:consent
//	//facelint:guardian-consent
//	//facelint:consent-middleware
//	//facelint:verifier face|alternative
//	//facelint:sanitizer encrypt|decrypt
//	//facelint:sink log|network|thirdparty|storage|response
//	//facelint:ignore FR101[,FR102...] reason
//	//facelint:file-ignore FR101[,FR102...] reason
//
// An ignore directive suppresses the rules on its own line, and, when it is
// alone on its line, on the next line; a file-ignore directive suppresses
// them in the whole file. Both need a reason; without one they are
// malformed and suppress nothing.
package directive

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// Prefix starts every facelint directive.
const Prefix = "//facelint:"

// Kind is the kind of a directive.
type Kind string

// The directive kinds.
const (
	Source     Kind = "source"
	FaceData   Kind = "facedata"
	Consent    Kind = "consent"
	Guardian   Kind = "guardian-consent"
	Middleware Kind = "consent-middleware"
	Verifier   Kind = "verifier"
	Sanitizer  Kind = "sanitizer"
	Sink       Kind = "sink"
	Ignore     Kind = "ignore"
	FileIgnore Kind = "file-ignore"
)

// Directive is one parsed directive.
type Directive struct {
	Kind    Kind
	Arg     string   // label, verifier kind, sanitizer kind or sink kind
	Capture bool     // source only: the function collects face data from a person
	Rules   []string // ignore and file-ignore only: the rule IDs
	Reason  string   // ignore and file-ignore only
}

// Suppresses reports whether the directive is an ignore or a file-ignore.
func (d Directive) Suppresses() bool { return d.Kind == Ignore || d.Kind == FileIgnore }

// String formats the directive as it is written.
func (d Directive) String() string {
	switch d.Kind {
	case Ignore, FileIgnore:
		s := Prefix + string(d.Kind) + " " + strings.Join(d.Rules, ",")
		if d.Reason != "" {
			s += " " + d.Reason
		}
		return s
	case Source:
		if d.Capture {
			return Prefix + "source " + d.Arg + " capture"
		}
	}
	if d.Arg != "" {
		return Prefix + string(d.Kind) + " " + d.Arg
	}
	return Prefix + string(d.Kind)
}

var (
	args = map[Kind][]string{
		Source:    {"image", "template"},
		FaceData:  {"image", "template"},
		Verifier:  {"face", "alternative"},
		Sanitizer: {"encrypt", "decrypt"},
		Sink:      {"log", "network", "thirdparty", "storage", "response"},
	}
	ruleIDRE = regexp.MustCompile(`^FR[0-9]{3}$`)
)

// Parse parses the text of one comment (with its leading //). ok is false
// when the comment is not a facelint directive; err describes a malformed
// one.
func Parse(comment string) (d Directive, ok bool, err error) {
	if !strings.HasPrefix(comment, Prefix) {
		return Directive{}, false, nil
	}
	fields := strings.Fields(comment[len(Prefix):])
	if len(fields) == 0 {
		return Directive{}, true, fmt.Errorf("empty directive")
	}
	d.Kind = Kind(fields[0])
	rest := fields[1:]
	switch d.Kind {
	case Consent, Guardian, Middleware:
		if len(rest) > 0 {
			return d, true, fmt.Errorf("%s takes no argument, got %q", d.Kind, strings.Join(rest, " "))
		}
	case Source, FaceData, Verifier, Sanitizer, Sink:
		valid := args[d.Kind]
		if len(rest) == 0 {
			return d, true, fmt.Errorf("%s needs one of %s", d.Kind, strings.Join(valid, ", "))
		}
		d.Arg = rest[0]
		if !slices.Contains(valid, d.Arg) {
			return d, true, fmt.Errorf("unknown %s argument %q (want one of %s)", d.Kind, d.Arg, strings.Join(valid, ", "))
		}
		rest = rest[1:]
		if d.Kind == Source && len(rest) > 0 && rest[0] == "capture" {
			d.Capture = true
			rest = rest[1:]
		}
		if len(rest) > 0 {
			return d, true, fmt.Errorf("unexpected %q after %s %s", strings.Join(rest, " "), d.Kind, d.Arg)
		}
	case Ignore, FileIgnore:
		if len(rest) == 0 {
			return d, true, fmt.Errorf("%s needs rule IDs and a reason, e.g. //facelint:%s FR101 the value is a hash", d.Kind, d.Kind)
		}
		for _, id := range strings.Split(rest[0], ",") {
			if !ruleIDRE.MatchString(id) {
				return d, true, fmt.Errorf("%s: %q is not a rule ID (want FR and three digits)", d.Kind, id)
			}
			d.Rules = append(d.Rules, id)
		}
		d.Reason = strings.Join(rest[1:], " ")
		if d.Reason == "" {
			return d, true, fmt.Errorf("%s %s has no reason: a suppression must say why", d.Kind, rest[0])
		}
	default:
		return d, true, fmt.Errorf("unknown directive %q", fields[0])
	}
	return d, true, nil
}

// IsNolint reports whether a comment is a golangci-lint style nolint
// directive that covers facelint: //nolint, //nolint:all or a list that
// names facelint.
func IsNolint(comment string) bool {
	text, ok := strings.CutPrefix(comment, "//nolint")
	if !ok {
		return false
	}
	if text == "" || text[0] == ' ' || text[0] == '\t' {
		return true
	}
	if text[0] != ':' {
		return false
	}
	list := strings.Fields(text[1:])
	if len(list) == 0 {
		return false
	}
	for _, name := range strings.Split(list[0], ",") {
		if name == "facelint" || name == "all" {
			return true
		}
	}
	return false
}
