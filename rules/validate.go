package rules

import (
	"fmt"
	"go/token"
	"maps"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/mod/module"
	"golang.org/x/mod/semver"
)

// validator checks one decoded file and gives its elements positions.
type validator struct {
	loc  *locator
	set  *Set // what was loaded before this file
	errs []error
}

func (v *validator) errorf(pos Position, format string, args ...any) {
	v.errs = append(v.errs, &Error{Pos: pos, Msg: fmt.Sprintf(format, args...)})
}

var (
	ruleIDRE   = regexp.MustCompile(`^FR[0-9]{3}$`)
	ruleNameRE = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)
)

func (v *validator) file(f *file, builtin bool) {
	if !builtin {
		if len(f.Articles) > 0 {
			v.errorf(v.loc.at("article"), "articles are defined by facelint itself; a project file cannot add [[article]]")
		}
		if len(f.Rules) > 0 {
			v.errorf(v.loc.at("rule"), "rules are defined by facelint itself; use [rules.FR101] to change one")
		}
	}
	newArticles := map[string]bool{}
	for i, a := range f.Articles {
		at := fmt.Sprintf("article[%d]", i)
		a.Pos = v.loc.at(at)
		v.article(a, at, newArticles)
	}
	for i, r := range f.Rules {
		at := fmt.Sprintf("rule[%d]", i)
		r.Pos = v.loc.at(at)
		v.rule(r, at, f)
	}
	for _, id := range slices.Sorted(maps.Keys(f.Overrides)) {
		o := f.Overrides[id]
		at := "rules." + id
		if v.set.rules[id] == nil {
			v.errorf(v.loc.at(at), "unknown rule ID %q%s", id, Suggest(id, v.ruleIDs()))
		}
		if o.Severity != "" {
			v.severity(o.Severity, at+".severity")
		}
	}
	if f.Upload != nil {
		v.upload(f.Upload)
	}
	if a := f.Analysis; a != nil {
		a.Pos = v.loc.at("analysis")
		for i, m := range a.OwnModules {
			if m == "" || strings.ContainsAny(m, " \t\"") || strings.HasPrefix(m, "/") {
				v.errorf(v.loc.atValue(fmt.Sprintf("analysis.own-modules[%d]", i), m), "malformed module path %q", m)
			}
		}
	}
	v.modules(f.Modules)
	v.models(&f.Models)
}

// modules checks the [[module]] pins of a file: a valid module path, a
// canonical semantic version that agrees with the path's major version
// suffix, each path once.
func (v *validator) modules(mods []*Module) {
	seen := map[string]bool{}
	for i, m := range mods {
		at := fmt.Sprintf("module[%d]", i)
		m.Pos = v.loc.at(at)
		switch {
		case m.Path == "":
			v.errorf(m.Pos, "module without path")
		case IsStd(m.Path):
			v.errorf(v.loc.at(at+".path"), "module path %q is a standard library path (the standard library needs no [[module]]: it is checked against the Go toolchain)", m.Path)
		case seen[m.Path]:
			v.errorf(v.loc.at(at+".path"), "duplicate module %q", m.Path)
		default:
			if err := module.CheckPath(m.Path); err != nil {
				v.errorf(v.loc.at(at+".path"), "%v", err)
			}
		}
		seen[m.Path] = true
		base := strings.TrimSuffix(m.Version, "+incompatible")
		switch {
		case m.Version == "":
			v.errorf(m.Pos, "module %q without version", m.Path)
		case !semver.IsValid(m.Version) || semver.Canonical(base) != base:
			v.errorf(v.loc.at(at+".version"), "module %q: version %q is not a canonical semantic version (want e.g. v1.2.3 or a pseudo-version)", m.Path, m.Version)
		case m.Path != "" && !IsStd(m.Path) && module.CheckPath(m.Path) == nil:
			if err := module.Check(m.Path, m.Version); err != nil {
				v.errorf(v.loc.at(at+".version"), "%v", err)
			}
		}
	}
}

func (v *validator) article(a *Article, at string, seen map[string]bool) {
	switch {
	case a.ID == "":
		v.errorf(a.Pos, "article without id")
	case seen[a.ID] || v.set.articles[a.ID] != nil:
		v.errorf(v.loc.at(at+".id"), "duplicate article id %q", a.ID)
	}
	seen[a.ID] = true
	if a.Number == "" || a.Cite == "" || (a.Text == "" && a.Gist == "") {
		v.errorf(a.Pos, "article %q needs number, cite and zh or en", a.ID)
	}
	switch a.Status {
	case "verbatim", "quoted", "paraphrase":
	default:
		v.errorf(v.loc.at(at+".status"), "article %q: unknown status %q (want verbatim, quoted or paraphrase)", a.ID, a.Status)
	}
}

func (v *validator) rule(r *Rule, at string, f *file) {
	switch {
	case !ruleIDRE.MatchString(r.ID):
		v.errorf(v.loc.at(at+".id"), "malformed rule id %q (want FR and three digits)", r.ID)
	case v.set.rules[r.ID] != nil || countRules(f, r.ID) > 1:
		v.errorf(v.loc.at(at+".id"), "duplicate rule id %q", r.ID)
	}
	if !ruleNameRE.MatchString(r.Name) {
		v.errorf(v.loc.at(at+".name"), "rule %s: name %q is not kebab-case", r.ID, r.Name)
	}
	if r.Summary == "" || r.Message == "" || r.Description == "" || r.Fix == "" {
		v.errorf(r.Pos, "rule %s needs summary, description, fix and message", r.ID)
	}
	v.severity(r.Severity, at+".severity")
	if len(r.Articles) == 0 && !IsMeta(r.ID) {
		v.errorf(r.Pos, "rule %s cites no article", r.ID)
	}
	for _, id := range r.Articles {
		if v.set.articles[id] == nil && !hasArticle(f, id) {
			v.errorf(v.loc.atValue(at+".articles", id), "rule %s: unknown article %q", r.ID, id)
		}
	}
	v.message(r, at)
	if r.SecuritySeverity != "" {
		x, err := strconv.ParseFloat(r.SecuritySeverity, 64)
		if err != nil || x < 0.1 || x > 10 {
			v.errorf(v.loc.at(at+".security_severity"), "rule %s: security_severity %q is not a number from 0.1 to 10.0", r.ID, r.SecuritySeverity)
		}
	}
	switch r.Precision {
	case "", "very-high", "high", "medium", "low":
	default:
		v.errorf(v.loc.at(at+".precision"), "rule %s: unknown precision %q (want very-high, high, medium or low)", r.ID, r.Precision)
	}
}

// message checks the placeholders of a rule's message template.
func (v *validator) message(r *Rule, at string) {
	allowed, ok := messageVars[r.ID]
	if !ok {
		v.errorf(v.loc.at(at+".id"), "rule %s is not implemented by facelint", r.ID)
		return
	}
	for _, name := range placeholders(r.Message) {
		if !slices.Contains(allowed, name) && name != "cite" {
			v.errorf(v.loc.at(at+".message"), "rule %s: unknown placeholder {%s} in message (have %s)", r.ID, name, strings.Join(append(allowed, "cite"), ", "))
		}
	}
}

func (v *validator) severity(s Severity, at string) {
	switch s {
	case SeverityError, SeverityWarning, SeverityNote:
	default:
		v.errorf(v.loc.at(at), "unknown severity %q (want error, warning or note)", s)
	}
}

func (v *validator) upload(u *Upload) {
	u.Pos = v.loc.at("upload")
	var err error
	if u.Names != "" {
		if u.NamesRE, err = regexp.Compile(u.Names); err != nil {
			v.errorf(v.loc.at("upload.names"), "bad regular expression in names: %v", err)
		}
	}
	if u.Template != "" {
		if u.TemplateRE, err = regexp.Compile(u.Template); err != nil {
			v.errorf(v.loc.at("upload.templates"), "bad regular expression in templates: %v", err)
		}
	}
	if u.Exclude != "" {
		if u.ExcludeRE, err = regexp.Compile(u.Exclude); err != nil {
			v.errorf(v.loc.at("upload.exclude"), "bad regular expression in exclude: %v", err)
		}
	}
	if u.Encoded != "" {
		if u.EncodedRE, err = regexp.Compile(u.Encoded); err != nil {
			v.errorf(v.loc.at("upload.encoded"), "bad regular expression in encoded: %v", err)
		}
	}
	if u.Metadata != "" {
		if u.MetadataRE, err = regexp.Compile(u.Metadata); err != nil {
			v.errorf(v.loc.at("upload.metadata"), "bad regular expression in metadata: %v", err)
		}
	}
	for i, tag := range u.Tags {
		if !token.IsIdentifier(tag) {
			v.errorf(v.loc.atValue(fmt.Sprintf("upload.tags[%d]", i), tag), "struct tag key %q is not an identifier", tag)
		}
	}
	seen := map[string]bool{}
	for i, c := range u.Calls {
		at := fmt.Sprintf("upload.call[%d]", i)
		c.Pos = v.loc.at(at)
		v.funcs(c.Funcs, at, seen)
		v.role(c.Name, at+".name", true)
		v.roles(c.Out, at+".out")
	}
}

func (v *validator) models(m *Models) {
	seen := map[string]bool{}
	for i, s := range m.Sources {
		at := fmt.Sprintf("source[%d]", i)
		s.Pos = v.loc.at(at)
		v.funcs(s.Funcs, at, seen)
		v.label(s.Label, at+".label")
		v.roles(s.Out, at+".out")
	}
	seen = map[string]bool{}
	for i, s := range m.Sinks {
		at := fmt.Sprintf("sink[%d]", i)
		s.Pos = v.loc.at(at)
		v.funcs(s.Funcs, at, seen)
		if _, err := ParseSinkKind(string(s.Kind)); err != nil {
			v.errorf(v.loc.at(at+".kind"), "%v", err)
		}
		if len(s.Payload) == 0 {
			v.errorf(s.Pos, "sink needs payload roles")
		}
		v.roles(s.Payload, at+".payload")
		v.roles(s.Dest, at+".dest")
		v.role(s.TTL, at+".ttl", false)
		v.role(s.Key, at+".key", false)
		if (s.TTL != "" || s.Unbounded) && s.Kind != SinkStorage {
			v.errorf(s.Pos, "ttl and unbounded apply to storage sinks only")
		}
		if s.Extract && !s.Capture {
			v.errorf(v.loc.at(at+".extract"), "extract applies to face APIs (capture = true)")
		}
		v.encoding(s.Encoding, at+".encoding")
		v.roles(s.EncryptedIf, at+".encrypted_if")
		if len(s.EncryptedIf)+len(s.EncryptionOptions) > 0 && s.Kind != SinkStorage {
			v.errorf(s.Pos, "encrypted_if and encryption_options apply to storage sinks only")
		}
		if len(s.EncryptionOptions) > 0 {
			v.funcs(s.EncryptionOptions, at+".encryption_options", map[string]bool{})
		}
	}
	for name, list := range map[string][]*Propagator{"propagator": m.Propagators, "extractor": m.Extractors, "sanitizer": m.Sanitizers} {
		seen = map[string]bool{}
		for i, p := range list {
			at := fmt.Sprintf("%s[%d]", name, i)
			p.Pos = v.loc.at(at)
			v.funcs(p.Funcs, at, seen)
			if len(p.From) == 0 || len(p.To) == 0 {
				v.errorf(p.Pos, "%s needs from and to roles", name)
			}
			v.roles(p.From, at+".from")
			v.roles(p.To, at+".to")
			switch {
			case name == "sanitizer" && p.Kind != SanitizerEncrypt && p.Kind != SanitizerDecrypt:
				v.errorf(v.loc.at(at+".kind"), "unknown sanitizer kind %q (want %q or %q)", p.Kind, SanitizerEncrypt, SanitizerDecrypt)
			case name != "sanitizer" && p.Kind != "":
				v.errorf(v.loc.at(at+".kind"), "%s has no kind", name)
			}
			v.encoding(p.Encoding, at+".encoding")
		}
	}
	seen = map[string]bool{}
	for i, g := range m.Guards {
		at := fmt.Sprintf("guard[%d]", i)
		g.Pos = v.loc.at(at)
		v.funcs(g.Funcs, at, seen)
		if _, err := ParseGuardKind(string(g.Kind)); err != nil {
			v.errorf(v.loc.at(at+".kind"), "%v", err)
		}
	}
	seen = map[string]bool{}
	for i, x := range m.Verifiers {
		at := fmt.Sprintf("verifier[%d]", i)
		x.Pos = v.loc.at(at)
		v.funcs(x.Funcs, at, seen)
		if _, err := ParseVerifierKind(string(x.Kind)); err != nil {
			v.errorf(v.loc.at(at+".kind"), "%v", err)
		}
		v.roles(x.Input, at+".input")
	}
	seen = map[string]bool{}
	for i, x := range m.Insecure {
		at := fmt.Sprintf("insecure[%d]", i)
		x.Pos = v.loc.at(at)
		if len(x.Funcs) == 0 && len(x.Fields) == 0 {
			v.errorf(x.Pos, "insecure needs funcs or fields")
		}
		if len(x.Funcs) > 0 {
			v.funcs(x.Funcs, at, seen)
		}
		v.fields(x.Fields, at+".fields")
		if len(x.Unless) > 0 && len(x.Funcs) == 0 {
			v.errorf(v.loc.at(at+".unless"), "unless applies to funcs")
		}
		if len(x.Values) > 0 && len(x.Fields) == 0 {
			v.errorf(v.loc.at(at+".values"), "values applies to fields")
		}
		for _, u := range x.Unless {
			if _, err := ParseFieldPath(u); err != nil {
				v.errorf(v.loc.atValue(at+".unless", u), "%v", err)
			}
		}
	}
	seen = map[string]bool{}
	for i, x := range m.Expiries {
		at := fmt.Sprintf("expire[%d]", i)
		x.Pos = v.loc.at(at)
		v.funcs(x.Funcs, at, seen)
		v.role(x.Key, at+".key", true)
	}
	seen = map[string]bool{}
	for i, x := range m.Deniers {
		at := fmt.Sprintf("deny[%d]", i)
		x.Pos = v.loc.at(at)
		v.funcs(x.Funcs, at, seen)
		v.role(x.Status, at+".status", false)
	}
	seen = map[string]bool{}
	for i, x := range m.Routes {
		at := fmt.Sprintf("route[%d]", i)
		x.Pos = v.loc.at(at)
		v.funcs(x.Funcs, at, seen)
		if len(x.Handlers) == 0 {
			v.errorf(x.Pos, "route needs handlers roles")
		}
		if x.Use && x.Group || x.Subrouter && (x.Use || x.Group) {
			v.errorf(x.Pos, "a route model is one of use, group or subrouter")
		}
		v.roles(x.Handlers, at+".handlers")
	}
	seen = map[string]bool{}
	for i, x := range m.Wrappers {
		at := fmt.Sprintf("wrapper[%d]", i)
		x.Pos = v.loc.at(at)
		v.funcs(x.Funcs, at, seen)
		v.role(x.Writer, at+".writer", true)
	}
	for i, x := range m.FaceData {
		at := fmt.Sprintf("facedata[%d]", i)
		x.Pos = v.loc.at(at)
		if len(x.Types) == 0 && len(x.Fields) == 0 {
			v.errorf(x.Pos, "facedata needs types or fields")
		}
		for j, t := range x.Types {
			if _, err := ParseType(t); err != nil {
				v.errorf(v.loc.atValue(fmt.Sprintf("%s.types[%d]", at, j), t), "%v", err)
			}
		}
		v.fields(x.Fields, at+".fields")
		v.label(x.Label, at+".label")
	}
	v.flowModels(m)
}

// flowModels checks the models of what face data is, where requests come
// in and where stored data comes back.
func (v *validator) flowModels(m *Models) {
	seen := map[string]bool{}
	for i, x := range m.Carriers {
		at := fmt.Sprintf("carrier[%d]", i)
		x.Pos = v.loc.at(at)
		if len(x.Funcs) == 0 && len(x.Fields) == 0 {
			v.errorf(x.Pos, "carrier needs funcs or fields")
		}
		if len(x.Funcs) > 0 {
			v.funcs(x.Funcs, at, seen)
		}
		v.fields(x.Fields, at+".fields")
		v.roles(x.Out, at+".out")
	}
	for i, x := range m.FaceAPIs {
		at := fmt.Sprintf("faceapi[%d]", i)
		x.Pos = v.loc.at(at)
		if x.Vendor == "" {
			v.errorf(x.Pos, "faceapi needs a vendor")
		}
		if len(x.URLs) == 0 && x.Paths == "" {
			v.errorf(x.Pos, "faceapi needs urls or paths")
		}
		for j, u := range x.URLs {
			if u == "" || strings.Contains(u, "://") || strings.ContainsAny(u, " \t?#") {
				v.errorf(v.loc.atValue(fmt.Sprintf("%s.urls[%d]", at, j), u), "malformed face API URL %q (want host or host/path, without scheme)", u)
			}
		}
		if x.Paths != "" {
			var err error
			if x.PathsRE, err = regexp.Compile(x.Paths); err != nil {
				v.errorf(v.loc.at(at+".paths"), "bad regular expression in paths: %v", err)
			}
		}
	}
	seen = map[string]bool{}
	for i, x := range m.Metadata {
		at := fmt.Sprintf("metadata[%d]", i)
		x.Pos = v.loc.at(at)
		if len(x.Funcs) == 0 && len(x.Fields) == 0 {
			v.errorf(x.Pos, "metadata needs funcs or fields")
		}
		if len(x.Funcs) > 0 {
			v.funcs(x.Funcs, at, seen)
		}
		v.fields(x.Fields, at+".fields")
	}
	seen = map[string]bool{}
	for i, x := range m.Binds {
		at := fmt.Sprintf("bind[%d]", i)
		x.Pos = v.loc.at(at)
		v.funcs(x.Funcs, at, seen)
		if len(x.Out) == 0 {
			v.errorf(x.Pos, "bind needs out roles")
		}
		v.roles(x.Out, at+".out")
		v.roles(x.From, at+".from")
	}
	seen = map[string]bool{}
	for i, x := range m.Reads {
		at := fmt.Sprintf("read[%d]", i)
		x.Pos = v.loc.at(at)
		v.funcs(x.Funcs, at, seen)
		if len(x.Out) == 0 {
			v.errorf(x.Pos, "read needs out roles")
		}
		v.roles(x.Out, at+".out")
		v.role(x.Key, at+".key", false)
	}
	seen = map[string]bool{}
	for i, x := range m.Views {
		at := fmt.Sprintf("view[%d]", i)
		x.Pos = v.loc.at(at)
		v.funcs(x.Funcs, at, seen)
		v.role(x.Of, at+".of", true)
	}
	seen = map[string]bool{}
	for i, x := range m.EntryPoints {
		at := fmt.Sprintf("entrypoint[%d]", i)
		x.Pos = v.loc.at(at)
		switch {
		case len(x.Funcs) > 0 && len(x.Embeds) > 0:
			v.errorf(x.Pos, "an entrypoint model has funcs (with handler) or embeds, not both")
		case len(x.Funcs) > 0:
			v.funcs(x.Funcs, at, seen)
			v.role(x.Handler, at+".handler", true)
		case len(x.Embeds) > 0:
			if x.Handler != "" {
				v.errorf(v.loc.at(at+".handler"), "handler applies to funcs, not embeds")
			}
			for j, e := range x.Embeds {
				if _, err := path.Match(e, ""); err != nil || e == "" {
					v.errorf(v.loc.atValue(fmt.Sprintf("%s.embeds[%d]", at, j), e), "malformed type name pattern %q", e)
				}
			}
		default:
			v.errorf(x.Pos, "entrypoint needs funcs (with handler) or embeds")
		}
		for _, p := range append(slices.Clip(x.Request), x.Response...) {
			if _, _, err := p.Parse(); err != nil {
				v.errorf(v.loc.atValue(at, string(p)), "%v", err)
			}
		}
	}
	for i, x := range m.Forks {
		at := fmt.Sprintf("fork[%d]", i)
		x.Pos = v.loc.at(at)
		if !token.IsIdentifier(x.Package) || len(x.Types) == 0 || x.Of == "" {
			v.errorf(x.Pos, "fork needs of (an import path), package (a package name) and types")
		}
		for j, t := range x.Types {
			if !token.IsIdentifier(t) {
				v.errorf(v.loc.atValue(fmt.Sprintf("%s.types[%d]", at, j), t), "%q is not a type name", t)
			}
		}
	}
}

func (v *validator) encoding(e Encoding, at string) {
	if _, err := ParseEncoding(string(e)); err != nil {
		v.errorf(v.loc.at(at), "%v", err)
	}
}

func (v *validator) funcs(funcs []string, at string, seen map[string]bool) {
	if len(funcs) == 0 {
		v.errorf(v.loc.at(at), "no funcs")
	}
	for _, s := range funcs {
		f, err := ParseFunc(s)
		if err != nil {
			v.errorf(v.loc.atValue(at+".funcs", s), "%v", err)
			continue
		}
		if seen[f.String()] {
			v.errorf(v.loc.atValue(at+".funcs", s), "duplicate model for %s", f)
		}
		seen[f.String()] = true
	}
}

func (v *validator) fields(fields []string, at string) {
	for _, s := range fields {
		if _, err := ParseField(s); err != nil {
			v.errorf(v.loc.atValue(at, s), "%v", err)
		}
	}
}

func (v *validator) label(l Label, at string) {
	if _, err := ParseLabel(string(l)); err != nil {
		v.errorf(v.loc.at(at), "%v", err)
	}
}

func (v *validator) roles(roles []Role, at string) {
	for _, r := range roles {
		kind, _, err := r.Parse()
		switch {
		case err != nil:
			v.errorf(v.loc.atValue(at, string(r)), "%v", err)
		case kind == RoleSent && !(strings.HasPrefix(at, "sink[") && strings.HasSuffix(at, ".payload")):
			v.errorf(v.loc.atValue(at, string(r)), "role %q applies to sink payloads only", string(r))
		}
	}
}

func (v *validator) role(r Role, at string, required bool) {
	if r == "" {
		if required {
			v.errorf(v.loc.at(at), "missing role")
		}
		return
	}
	v.roles([]Role{r}, at)
}

func (v *validator) ruleIDs() []string { return slices.Sorted(maps.Keys(v.set.rules)) }

func countRules(f *file, id string) int {
	n := 0
	for _, r := range f.Rules {
		if r.ID == id {
			n++
		}
	}
	return n
}

func hasArticle(f *file, id string) bool {
	for _, a := range f.Articles {
		if a.ID == id {
			return true
		}
	}
	return false
}

// Suggest returns ` (did you mean "X"?)` for the known name closest to s
// (case-insensitively, within two edits), or "".
func Suggest(s string, known []string) string {
	best, bestD := "", 3
	for _, k := range known {
		if d := distance(strings.ToUpper(s), k); d < bestD {
			best, bestD = k, d
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}

// distance is the Levenshtein distance of a and b.
func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}
