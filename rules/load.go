package rules

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"

	"github.com/facelint/facelint/internal/safefile"
)

//go:embed rules.toml models/*.toml
var embedded embed.FS

// Set is a loaded, validated rule set with its API models.
type Set struct {
	Articles []*Article // in file order
	Rules    []*Rule    // sorted by ID
	Models   Models     // defaults first, then the project's (later entries win)
	Upload   Upload
	Analysis Analysis
	// Modules are the module versions the files describe, in file order;
	// each one's Pos.File says which file pinned it.
	Modules []*Module
	Files   []string // the files loaded, in order

	articles map[string]*Article
	rules    map[string]*Rule
}

// Rule returns the rule with the given ID, or nil.
func (s *Set) Rule(id string) *Rule { return s.rules[id] }

// Article returns the article with the given ID, or nil.
func (s *Set) Article(id string) *Article { return s.articles[id] }

// Disable returns a copy of the set with the given rules switched off.
func (s *Set) Disable(ids []string) (*Set, error) {
	return s.switchRules(ids, func(listed bool, r *Rule) bool {
		return r.Enabled && !listed
	})
}

// Enable returns a copy of the set with the given rules switched on and
// every other rule switched off.
func (s *Set) Enable(ids []string) (*Set, error) {
	return s.switchRules(ids, func(listed bool, _ *Rule) bool { return listed })
}

// switchRules returns a copy of the set where each rule is enabled as on
// says, given whether ids list it. Unknown IDs are errors.
func (s *Set) switchRules(ids []string, on func(listed bool, r *Rule) bool) (*Set, error) {
	listed := map[string]bool{}
	for _, id := range ids {
		id = strings.TrimSpace(id)
		if s.rules[id] == nil {
			return nil, fmt.Errorf("unknown rule ID %q%s", id, Suggest(id, slices.Sorted(maps.Keys(s.rules))))
		}
		listed[id] = true
	}
	c := s.clone()
	for i, r := range c.Rules {
		if enabled := on(listed[r.ID], r); enabled != r.Enabled {
			changed := *r
			changed.Enabled = enabled
			c.Rules[i] = &changed
			c.rules[r.ID] = &changed
		}
	}
	return c, nil
}

// file is the schema of every rule file. Only embedded files may define
// articles and rules; a project's file overrides rules under [rules.ID].
type file struct {
	Articles  []*Article               `toml:"article"`
	Rules     []*Rule                  `toml:"rule"`
	Overrides map[string]*RuleOverride `toml:"rules"`
	Upload    *Upload                  `toml:"upload"`
	Analysis  *Analysis                `toml:"analysis"`
	Modules   []*Module                `toml:"module"`
	Models
}

// Default returns the embedded rule set and models. The result is the
// caller's to extend: each call returns a copy of the set decoded once.
func Default() (*Set, error) {
	s, err := embeddedSet()
	if err != nil {
		return nil, err
	}
	return s.clone(), nil
}

// embeddedSet decodes and checks the embedded files, once.
var embeddedSet = sync.OnceValues(func() (*Set, error) {
	s := &Set{articles: map[string]*Article{}, rules: map[string]*Rule{}}
	names, err := fs.Glob(embedded, "models/*.toml")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	for _, name := range append([]string{"rules.toml"}, names...) {
		data, err := embedded.ReadFile(name)
		if err != nil {
			return nil, err
		}
		if err := s.add("(embedded)/rules/"+name, data, true); err != nil {
			return nil, err
		}
	}
	if err := s.finish(); err != nil {
		return nil, err
	}
	return s, nil
})

// clone returns a copy of the set that can be extended without changing s:
// slices are copied on append, rules are replaced (not changed) when
// overridden.
func (s *Set) clone() *Set {
	c := *s
	c.Articles = slices.Clip(s.Articles)
	c.Rules = slices.Clone(s.Rules)
	c.Files = slices.Clip(s.Files)
	c.Modules = slices.Clip(s.Modules)
	c.articles = maps.Clone(s.articles)
	c.rules = maps.Clone(s.rules)
	c.Upload.Calls = slices.Clip(s.Upload.Calls)
	m := &c.Models
	m.Sources, m.Sinks, m.Propagators = slices.Clip(m.Sources), slices.Clip(m.Sinks), slices.Clip(m.Propagators)
	m.Extractors, m.Sanitizers, m.Guards = slices.Clip(m.Extractors), slices.Clip(m.Sanitizers), slices.Clip(m.Guards)
	m.Verifiers, m.Insecure, m.Expiries = slices.Clip(m.Verifiers), slices.Clip(m.Insecure), slices.Clip(m.Expiries)
	m.Deniers, m.Routes, m.Wrappers, m.FaceData = slices.Clip(m.Deniers), slices.Clip(m.Routes), slices.Clip(m.Wrappers), slices.Clip(m.FaceData)
	m.Carriers, m.FaceAPIs, m.Metadata, m.Binds = slices.Clip(m.Carriers), slices.Clip(m.FaceAPIs), slices.Clip(m.Metadata), slices.Clip(m.Binds)
	m.Reads, m.Views, m.EntryPoints, m.Forks = slices.Clip(m.Reads), slices.Clip(m.Views), slices.Clip(m.EntryPoints), slices.Clip(m.Forks)
	return &c
}

// Load returns the embedded rule set extended by the project file at
// filename (a .facelint.toml). The file must be a regular file (a symbolic
// link to one is followed) of at most MaxFileSize bytes.
func Load(filename string) (*Set, error) {
	data, err := safefile.Read(filename, safefile.Options{Limit: MaxFileSize})
	if err != nil {
		return nil, err
	}
	return LoadData(filename, data)
}

// LoadData is Load with the project file's content given.
func LoadData(filename string, data []byte) (*Set, error) {
	return LoadProject(ProjectFile{Name: filename, Data: data})
}

// ProjectFile is a project configuration file: its name, for positions,
// and its content.
type ProjectFile struct {
	Name string
	Data []byte
}

// LoadProject returns the embedded rule set extended by project files in
// order, each extending (and, for the same rule or model, overriding) the
// ones before it.
func LoadProject(files ...ProjectFile) (*Set, error) {
	s, err := Default()
	if err != nil {
		return nil, fmt.Errorf("embedded rules: %w", err)
	}
	for _, f := range files {
		if err := s.add(f.Name, f.Data, false); err != nil {
			return nil, err
		}
	}
	if err := s.finish(); err != nil {
		return nil, err
	}
	return s, nil
}

// add decodes, checks and merges one file.
func (s *Set) add(name string, data []byte, builtin bool) error {
	if err := checkSize(name, data); err != nil {
		return err
	}
	// Parse once; the key check and the typed decode both work on the
	// parsed document.
	var doc toml.Primitive
	md, err := toml.Decode(string(data), &doc)
	if err != nil {
		return tomlError(name, data, err)
	}
	loc := newLocator(name, data)
	var raw map[string]any
	if err := md.PrimitiveDecode(doc, &raw); err != nil {
		return tomlError(name, data, err)
	}
	keyErr := checkKeys(loc, raw, reflect.TypeOf(file{}), "")
	var f file
	if err := md.PrimitiveDecode(doc, &f); err != nil {
		return sortedErrors(append(flatten(keyErr), tomlError(name, data, err)))
	}
	v := validator{loc: loc, set: s}
	v.file(&f, builtin)
	if keyErr != nil || len(v.errs) > 0 {
		return sortedErrors(append(flatten(keyErr), v.errs...))
	}
	s.Files = append(s.Files, name)
	s.merge(&f)
	return nil
}

func (s *Set) merge(f *file) {
	for _, a := range f.Articles {
		s.Articles = append(s.Articles, a)
		s.articles[a.ID] = a
	}
	for _, r := range f.Rules {
		s.Rules = append(s.Rules, r)
		s.rules[r.ID] = r
	}
	for id, o := range f.Overrides {
		old := s.rules[id]
		r := *old
		if o.Severity != "" {
			r.Severity = o.Severity
		}
		if o.Enabled != nil {
			r.Enabled = *o.Enabled
		}
		s.rules[id] = &r
		s.Rules[slices.Index(s.Rules, old)] = &r
	}
	if u := f.Upload; u != nil {
		if u.Enabled != nil {
			s.Upload.Enabled = u.Enabled
		}
		if u.Names != "" {
			s.Upload.Names, s.Upload.NamesRE = u.Names, u.NamesRE
		}
		if u.Template != "" {
			s.Upload.Template, s.Upload.TemplateRE = u.Template, u.TemplateRE
		}
		if u.Exclude != "" {
			s.Upload.Exclude, s.Upload.ExcludeRE = u.Exclude, u.ExcludeRE
		}
		if u.Encoded != "" {
			s.Upload.Encoded, s.Upload.EncodedRE = u.Encoded, u.EncodedRE
		}
		if u.Metadata != "" {
			s.Upload.Metadata, s.Upload.MetadataRE = u.Metadata, u.MetadataRE
		}
		if u.Tags != nil {
			s.Upload.Tags = u.Tags
		}
		s.Upload.Calls = append(s.Upload.Calls, u.Calls...)
	}
	if a := f.Analysis; a != nil {
		s.Analysis.OwnModules = append(slices.Clip(s.Analysis.OwnModules), a.OwnModules...)
	}
	s.Modules = append(s.Modules, f.Modules...)
	m, n := &s.Models, &f.Models
	m.Sources = append(m.Sources, n.Sources...)
	m.Sinks = append(m.Sinks, n.Sinks...)
	m.Propagators = append(m.Propagators, n.Propagators...)
	m.Extractors = append(m.Extractors, n.Extractors...)
	m.Sanitizers = append(m.Sanitizers, n.Sanitizers...)
	m.Guards = append(m.Guards, n.Guards...)
	m.Verifiers = append(m.Verifiers, n.Verifiers...)
	m.Insecure = append(m.Insecure, n.Insecure...)
	m.Expiries = append(m.Expiries, n.Expiries...)
	m.Deniers = append(m.Deniers, n.Deniers...)
	m.Routes = append(m.Routes, n.Routes...)
	m.Wrappers = append(m.Wrappers, n.Wrappers...)
	m.FaceData = append(m.FaceData, n.FaceData...)
	m.Carriers = append(m.Carriers, n.Carriers...)
	m.FaceAPIs = append(m.FaceAPIs, n.FaceAPIs...)
	m.Metadata = append(m.Metadata, n.Metadata...)
	m.Binds = append(m.Binds, n.Binds...)
	m.Reads = append(m.Reads, n.Reads...)
	m.Views = append(m.Views, n.Views...)
	m.EntryPoints = append(m.EntryPoints, n.EntryPoints...)
	m.Forks = append(m.Forks, n.Forks...)
}

// finish checks what only the whole set can tell.
func (s *Set) finish() error {
	sort.Slice(s.Rules, func(i, j int) bool { return s.Rules[i].ID < s.Rules[j].ID })
	u := &s.Upload
	if u.NamesRE == nil || u.TemplateRE == nil || u.ExcludeRE == nil || u.EncodedRE == nil || u.MetadataRE == nil {
		return errors.New("rules: the embedded [upload] section must set names, templates, exclude, encoded and metadata")
	}
	return nil
}

// flatten returns the errors of a joined error tree.
func flatten(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, flatten(e)...)
		}
		return out
	}
	return []error{err}
}

// sortedErrors joins errors in the order of their positions.
func sortedErrors(errs []error) error {
	sort.SliceStable(errs, func(i, j int) bool {
		a, aok := errs[i].(*Error)
		b, bok := errs[j].(*Error)
		if !aok || !bok {
			return aok
		}
		if a.Pos.Line != b.Pos.Line {
			return a.Pos.Line < b.Pos.Line
		}
		return a.Pos.Col < b.Pos.Col
	})
	return errors.Join(errs...)
}

func tomlError(name string, data []byte, err error) error {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		msg := pe.Message
		if pe.LastKey != "" {
			msg = fmt.Sprintf("%s (key %s)", msg, pe.LastKey)
		}
		// Some lexer errors come without a position: point at the start.
		return &Error{Pos: Position{File: name, Line: max(pe.Position.Line, 1), Col: max(pe.Position.Col, 1)}, Msg: msg}
	}
	// Type mismatches come as plain errors naming the key: locate it.
	pos := Position{File: name, Line: 1, Col: 1}
	msg := err.Error()
	if m := lastKeyRE.FindStringSubmatch(msg); m != nil {
		pos = newLocator(name, data).at(m[1])
	}
	return &Error{Pos: pos, Msg: strings.TrimPrefix(msg, "toml: ")}
}

// lastKeyRE finds the key a decoding error is about.
var lastKeyRE = regexp.MustCompile(`last key "([^"]+)"`)

// checkKeys reports keys of the decoded document that the schema does not
// have, with their positions.
func checkKeys(loc *locator, v any, t reflect.Type, at string) error {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch val := v.(type) {
	case map[string]any:
		switch t.Kind() {
		case reflect.Map:
			var errs []error
			for _, k := range sortedKeys(val) {
				if err := checkKeys(loc, val[k], t.Elem(), join(at, k)); err != nil {
					errs = append(errs, err)
				}
			}
			return errors.Join(errs...)
		case reflect.Struct:
			fields := tomlFields(t)
			var errs []error
			for _, k := range sortedKeys(val) {
				ft, ok := fields[k]
				if !ok {
					errs = append(errs, &Error{Pos: loc.at(join(at, k)), Msg: fmt.Sprintf("unknown key %q%s", k, where(at))})
					continue
				}
				if err := checkKeys(loc, val[k], ft, join(at, k)); err != nil {
					errs = append(errs, err)
				}
			}
			return errors.Join(errs...)
		}
	case []map[string]any:
		if t.Kind() == reflect.Slice {
			var errs []error
			for i, e := range val {
				if err := checkKeys(loc, e, t.Elem(), at+"["+strconv.Itoa(i)+"]"); err != nil {
					errs = append(errs, err)
				}
			}
			return errors.Join(errs...)
		}
	case []any:
		if t.Kind() == reflect.Slice {
			var errs []error
			for i, e := range val {
				if err := checkKeys(loc, e, t.Elem(), at+"["+strconv.Itoa(i)+"]"); err != nil {
					errs = append(errs, err)
				}
			}
			return errors.Join(errs...)
		}
	}
	return nil // scalars and type mismatches: the typed decode reports those
}

func where(at string) string {
	if at == "" {
		return ""
	}
	return " in " + at
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// tomlFields maps the TOML keys of struct type t (embedded structs
// flattened) to their field types.
func tomlFields(t reflect.Type) map[string]reflect.Type {
	m := map[string]reflect.Type{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("toml")
		switch {
		case tag == "-":
		case f.Anonymous && tag == "":
			for k, v := range tomlFields(f.Type) {
				m[k] = v
			}
		case tag != "" && f.IsExported():
			m[strings.Split(tag, ",")[0]] = f.Type
		}
	}
	return m
}
