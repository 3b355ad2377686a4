package rules_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/facelint/facelint/rules"
)

// project is the name project files are loaded under in these tests.
const project = ".facelint.toml"

// TestLoadErrors loads a broken project file for each class of error and
// checks every error's position (file:line:col) and message. The errors are
// listed in the order of their positions, but compared in any order: the
// test is about where each error points.
func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name string
		file string
		want []string
	}{
		// TOML syntax: the positions come from the TOML parser.
		{
			name: "newline in string",
			file: "[rules.FR101]\nseverity = \"error\n",
			want: []string{`.facelint.toml:2:18: strings cannot contain newlines (key rules.FR101.severity)`},
		},
		{
			name: "invalid escape",
			file: "[upload]\nnames = \"\\q\"\n",
			want: []string{`.facelint.toml:2:10: invalid escape in string '\q' (key upload.names)`},
		},
		{
			name: "missing value",
			file: "[upload]\nenabled =\n",
			want: []string{`.facelint.toml:2:10: expected value but found '\n' instead (key upload.enabled)`},
		},
		{
			name: "unclosed multi-line string",
			file: "[upload]\nnames = '''face\n",
			want: []string{`.facelint.toml:2:16: unexpected EOF; expected "'''" (key upload.names)`},
		},
		{
			name: "table defined twice",
			file: "[rules.FR101]\nseverity = \"error\"\n\n[rules.FR101]\nenabled = false\n",
			want: []string{`.facelint.toml:4:2: Key 'rules.FR101' has already been defined. (key rules)`},
		},

		// Limits, checked before parsing.
		{
			name: "nested inline tables",
			file: "[upload]\nnames = " + strings.Repeat("{a = ", 20) + "1" + strings.Repeat("}", 20) + "\n",
			want: []string{`.facelint.toml:2:89: arrays and tables nested deeper than 16 levels`},
		},
		{
			name: "nested arrays after strings and comments with brackets",
			file: "# [[[[\n[upload]\nnames = '[[[['  # {{{{\ntags = [\"[\\\"[\", \"\"\"\n[[[[\"\"\"]\nexclude = " + strings.Repeat("[", 17) + strings.Repeat("]", 17) + "\n",
			want: []string{`.facelint.toml:6:27: arrays and tables nested deeper than 16 levels`},
		},
		{
			name: "too large",
			file: "# " + strings.Repeat("x", rules.MaxFileSize) + "\n",
			want: []string{`.facelint.toml:1:1: file is larger than 1048576 bytes`},
		},

		// Unknown keys, at every level and in inline tables.
		{
			name: "unknown top-level key",
			file: "colour = \"blue\"\n",
			want: []string{`.facelint.toml:1:1: unknown key "colour"`},
		},
		{
			name: "unknown table",
			file: "# models\n  [sinks]\nfuncs = [\"example.com/x.Send\"]\n",
			want: []string{`.facelint.toml:2:3: unknown key "sinks"`},
		},
		{
			name: "unknown key in a rule override",
			file: "[rules.FR101]\nseverity = \"error\"\nlevel = 3\n",
			want: []string{`.facelint.toml:3:1: unknown key "level" in rules.FR101`},
		},
		{
			name: "unknown key in the second model",
			file: "[[sink]]\nfuncs = [\"example.com/x.A\"]\nkind = \"log\"\npayload = [\"arg0\"]\n\n[[sink]]\nfuncs = [\"example.com/x.B\"]\nkind = \"log\"\npayload = [\"arg0\"]\n  where = \"x\"\n",
			want: []string{`.facelint.toml:10:3: unknown key "where" in sink[1]`},
		},
		{
			name: "unknown key in an upload call",
			file: "[upload]\n\n[[upload.call]]\nfuncs = [\"(*net/http.Request).FormFile\"]\nname = \"arg0\"\nouts = [\"result0\"]\n",
			want: []string{`.facelint.toml:6:1: unknown key "outs" in upload.call[0]`},
		},
		{
			// Keys of inline tables nested in inline tables have no
			// position of their own: errors point at the enclosing key.
			name: "unknown key in a nested inline table",
			file: "rules = { FR101 = { severity = \"note\", enable = false } }\n",
			want: []string{`.facelint.toml:1:11: unknown key "enable" in rules.FR101`},
		},
		{
			name: "unknown key in an inline table",
			file: "[rules]\nFR101 = { severity = \"note\", enable = false }\n",
			want: []string{`.facelint.toml:2:30: unknown key "enable" in rules.FR101`},
		},
		{
			name: "unknown key under a dotted key",
			file: "rules.FR101.level = 3\n",
			want: []string{`.facelint.toml:1:1: unknown key "level" in rules.FR101`},
		},

		// What only facelint's own files may define.
		{
			name: "article in a project file",
			file: "[[article]]\nid = \"measures-8\"\n",
			want: []string{
				`.facelint.toml:1:1: articles are defined by facelint itself; a project file cannot add [[article]]`,
				`.facelint.toml:1:1: article "measures-8" needs number, cite and zh or en`,
				`.facelint.toml:1:1: article "measures-8": unknown status "" (want verbatim, quoted or paraphrase)`,
				`.facelint.toml:2:1: duplicate article id "measures-8"`,
			},
		},

		// Unknown rule IDs and severities.
		{
			name: "unknown rule ID",
			file: "[rules.FR999]\nenabled = false\n",
			want: []string{`.facelint.toml:1:1: unknown rule ID "FR999" (did you mean "FR900"?)`},
		},
		{
			name: "rule ID in lower case",
			file: "# overrides\n[rules.fr101]\nenabled = false\n",
			want: []string{`.facelint.toml:2:1: unknown rule ID "fr101" (did you mean "FR101"?)`},
		},
		{
			name: "unknown rule ID in an inline table",
			file: "rules = { FR101 = { enabled = false }, FR1O2 = { enabled = false } }\n",
			want: []string{`.facelint.toml:1:40: unknown rule ID "FR1O2" (did you mean "FR102"?)`},
		},
		{
			name: "unknown severity",
			file: "[rules.FR101]\nseverity = \"fatal\"\n",
			want: []string{`.facelint.toml:2:1: unknown severity "fatal" (want error, warning or note)`},
		},

		// Unknown kinds, labels and roles.
		{
			name: "unknown sink kind",
			file: "[[sink]]\nfuncs = [\"example.com/x.Send\"]\nkind = \"email\"\npayload = [\"arg0\"]\n",
			want: []string{`.facelint.toml:3:1: unknown sink kind "email" (want one of "log", "network", "thirdparty", "storage", "response")`},
		},
		{
			name: "unknown guard kind",
			file: "[[guard]]\nfuncs = [\"example.com/x.Check\"]\nkind = \"opt-in\"\n",
			want: []string{`.facelint.toml:3:1: unknown guard kind "opt-in" (want one of "consent", "guardian", "consent-middleware")`},
		},
		{
			name: "unknown verifier kind",
			file: "[[verifier]]\nfuncs = [\"example.com/x.Check\"]\nkind = \"fingerprint\"\n",
			want: []string{`.facelint.toml:3:1: unknown verifier kind "fingerprint" (want one of "face", "alternative")`},
		},
		{
			name: "unknown sanitizer kind",
			file: "[[sanitizer]]\nfuncs = [\"example.com/x.Seal\"]\nfrom = [\"arg0\"]\nto = [\"result0\"]\nkind = \"hash\"\n",
			want: []string{`.facelint.toml:5:1: unknown sanitizer kind "hash" (want "encrypt" or "decrypt")`},
		},
		{
			name: "kind on an extractor",
			file: "[[extractor]]\nfuncs = [\"example.com/x.Embed\"]\nfrom = [\"arg0\"]\nto = [\"result0\"]\nkind = \"encrypt\"\n",
			want: []string{`.facelint.toml:5:1: extractor has no kind`},
		},
		{
			name: "unknown label",
			file: "[[source]]\nfuncs = [\"example.com/x.Photo\"]\nlabel = \"picture\"\n",
			want: []string{`.facelint.toml:3:1: unknown label "picture" (want one of "image", "template")`},
		},
		{
			name: "missing label",
			file: "[[facedata]]\ntypes = [\"example.com/x.Photo\"]\n",
			want: []string{`.facelint.toml:1:1: unknown label "" (want one of "image", "template")`},
		},
		{
			name: "unknown roles",
			file: "[[sink]]\nfuncs = [\"example.com/x.Send\"]\nkind = \"network\"\npayload = [\"arg0\", \"arg-1\", \"arg64\"]\ndest = [\"receiver\"]\n",
			want: []string{
				`.facelint.toml:4:20: unknown role "arg-1" (want recv, argN, variadic, result, resultN or sent)`,
				`.facelint.toml:4:29: unknown role "arg64" (want recv, argN, variadic, result, resultN or sent)`,
				`.facelint.toml:5:9: unknown role "receiver" (want recv, argN, variadic, result, resultN or sent)`,
			},
		},
		{
			name: "missing role",
			file: "[[expire]]\nfuncs = [\"example.com/x.Expire\"]\n",
			want: []string{`.facelint.toml:1:1: missing role`},
		},

		// Malformed function, type and field names, pointing at the string.
		{
			name: "function without package",
			file: "[[source]]\nfuncs = [\"Photo\"]\nlabel = \"image\"\n",
			want: []string{`.facelint.toml:2:10: malformed function name "Photo": no package path (want pkg/path.Func or (*pkg/path.Type).Method)`},
		},
		{
			name: "method without closing parenthesis",
			file: "[[source]]\nfuncs = [\"(*example.com/x.Camera.Snap\"]\nlabel = \"image\"\n",
			want: []string{`.facelint.toml:2:10: malformed function name "(*example.com/x.Camera.Snap": no ).Method (want pkg/path.Func or (*pkg/path.Type).Method)`},
		},
		{
			name: "names that are not identifiers, on their own lines",
			file: "[[source]]\nfuncs = [\n  \"example.com/x.Photo\",\n  \"(example.com/x.Camera).1Snap\",\n  \"example.com/x.\",\n]\nlabel = \"image\"\n",
			want: []string{
				`.facelint.toml:4:3: malformed function name "(example.com/x.Camera).1Snap": "1Snap" is not an identifier (want pkg/path.Func or (*pkg/path.Type).Method)`,
				`.facelint.toml:5:3: malformed function name "example.com/x.": "" is not an identifier (want pkg/path.Func or (*pkg/path.Type).Method)`,
			},
		},
		{
			name: "bad import paths",
			file: "[[source]]\nfuncs = ['/x.Snap', \"example.com/x/.Snap\"]\nlabel = \"image\"\n",
			want: []string{
				`.facelint.toml:2:10: malformed function name "/x.Snap": "/x" is not an import path (want pkg/path.Func or (*pkg/path.Type).Method)`,
				`.facelint.toml:2:21: malformed function name "example.com/x/.Snap": "example.com/x/" is not an import path (want pkg/path.Func or (*pkg/path.Type).Method)`,
			},
		},
		{
			name: "malformed type name",
			file: "[[facedata]]\ntypes = [\"Photo\"]\nlabel = \"image\"\n",
			want: []string{`.facelint.toml:2:10: malformed type name "Photo": no package path (want pkg/path.Type)`},
		},
		{
			name: "malformed field names",
			file: "[[facedata]]\nfields = [\"example.com/x.User\"]\nlabel = \"image\"\n\n[[insecure]]\nfields = [\"crypto/tls.Config.1\"]\n",
			want: []string{
				`.facelint.toml:2:11: malformed field name "example.com/x.User" (want pkg/path.Type.Field)`,
				`.facelint.toml:6:11: malformed field name "crypto/tls.Config.1" (want pkg/path.Type.Field)`,
			},
		},

		// Bad regular expressions and struct tag keys of [upload].
		{
			name: "bad regular expressions",
			file: "[upload]\nnames = \"(face\"\ntemplates = \"[a-\"\nexclude = 'a**'\n",
			want: []string{
				".facelint.toml:2:1: bad regular expression in names: error parsing regexp: missing closing ): `(face`",
				".facelint.toml:3:1: bad regular expression in templates: error parsing regexp: missing closing ]: `[a-`",
				".facelint.toml:4:1: bad regular expression in exclude: error parsing regexp: invalid nested repetition operator: `**`",
			},
		},
		{
			name: "struct tag key",
			file: "[upload]\ntags = [\"json\", \"form-data\"]\n",
			want: []string{`.facelint.toml:2:17: struct tag key "form-data" is not an identifier`},
		},

		// Duplicates: the second spelling of a function is reported.
		{
			name: "duplicate function in one model",
			file: "[[source]]\nfuncs = [\"example.com/x.Photo\", \"example.com/x.Photo\"]\nlabel = \"image\"\n",
			want: []string{`.facelint.toml:2:10: duplicate model for example.com/x.Photo`},
		},
		{
			name: "duplicate function in two models",
			file: "[[guard]]\nfuncs = [\"(*example.com/x.T).Ok\"]\nkind = \"consent\"\n\n[[guard]]\nfuncs = ['(*example.com/x.T).Ok']\nkind = \"guardian\"\n",
			want: []string{`.facelint.toml:6:10: duplicate model for (*example.com/x.T).Ok`},
		},

		// Module pins: path, version, their agreement, duplicates.
		{
			name: "module pins",
			file: "[[module]]\npath = \"github.com/gin-gonic/gin\"\nversion = \"v1.12\"\n\n" +
				"[[module]]\npath = \"github.com/redis/go-redis/v9\"\nversion = \"v8.11.5\"\n\n" +
				"[[module]]\npath = \"net/http\"\nversion = \"v1.0.0\"\n\n" +
				"[[module]]\npath = \"github.com/gin-gonic/gin\"\nversion = \"v1.11.0\"\n\n" +
				"[[module]]\nversion = \"v1.0.0\"\n\n" +
				"[[module]]\npath = \"example.com/Bad Path\"\nversion = \"v1.0.0\"\n\n" +
				"[[module]]\npath = \"example.com/sdk\"\n  release = \"v1.0.0\"\n",
			want: []string{
				`.facelint.toml:3:1: module "github.com/gin-gonic/gin": version "v1.12" is not a canonical semantic version (want e.g. v1.2.3 or a pseudo-version)`,
				`.facelint.toml:7:1: github.com/redis/go-redis/v9@v8.11.5: invalid version: should be v9, not v8`,
				`.facelint.toml:10:1: module path "net/http" is a standard library path (the standard library needs no [[module]]: it is checked against the Go toolchain)`,
				`.facelint.toml:14:1: duplicate module "github.com/gin-gonic/gin"`,
				`.facelint.toml:17:1: module without path`,
				`.facelint.toml:21:1: malformed module path "example.com/Bad Path": invalid char ' '`,
				`.facelint.toml:24:1: module "example.com/sdk" without version`,
				`.facelint.toml:26:3: unknown key "release" in module[6]`,
			},
		},

		// Incomplete models, reported at their table.
		{
			name: "incomplete models",
			file: "[[sink]]\nfuncs = []\nkind = \"network\"\npayload = [\"arg0\"]\n\n" +
				"[[sink]]\nfuncs = [\"example.com/x.Send\"]\nkind = \"network\"\n\n" +
				"[[sink]]\nfuncs = [\"example.com/x.Put\"]\nkind = \"network\"\npayload = [\"arg0\"]\nttl = \"arg1\"\n\n" +
				"[[propagator]]\nfuncs = [\"example.com/x.Copy\"]\nfrom = [\"arg0\"]\n\n" +
				"[[route]]\nfuncs = [\"example.com/x.Handle\"]\n\n" +
				"[[route]]\nfuncs = [\"example.com/x.Mount\"]\nhandlers = [\"arg1\"]\nuse = true\ngroup = true\n\n" +
				"[[insecure]]\nwhat = \"x\"\n\n" +
				"[[facedata]]\nlabel = \"image\"\n\n" +
				"[[route]]\nfuncs = [\"example.com/x.Group\"]\nhandlers = [\"arg0\"]\nuse = true\nsubrouter = true\n\n" +
				"[[insecure]]\nfuncs = [\"example.com/x.Dial\"]\nvalues = [\"HTTP\"]\n\n" +
				"[[propagator]]\nfuncs = [\"example.com/x.Pipe\"]\nfrom = [\"sent\"]\nto = [\"result\"]\n",
			want: []string{
				`.facelint.toml:1:1: no funcs`,
				`.facelint.toml:6:1: sink needs payload roles`,
				`.facelint.toml:10:1: ttl and unbounded apply to storage sinks only`,
				`.facelint.toml:16:1: propagator needs from and to roles`,
				`.facelint.toml:20:1: route needs handlers roles`,
				`.facelint.toml:23:1: a route model is one of use, group or subrouter`,
				`.facelint.toml:29:1: insecure needs funcs or fields`,
				`.facelint.toml:32:1: facedata needs types or fields`,
				`.facelint.toml:35:1: a route model is one of use, group or subrouter`,
				`.facelint.toml:43:1: values applies to fields`,
				`.facelint.toml:47:9: role "sent" applies to sink payloads only`,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := rules.LoadData(project, []byte(tt.file))
			if err == nil {
				t.Fatal("the file loads")
			}
			var got []string
			for _, e := range leafErrors(err) {
				if _, ok := e.(*rules.Error); !ok {
					t.Errorf("error %q is a %T, not a *rules.Error", e, e)
				}
				got = append(got, e.Error())
			}
			if !slices.Equal(slices.Sorted(slices.Values(got)), slices.Sorted(slices.Values(tt.want))) {
				t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestLoadOverrides loads a valid project file and checks that it changes
// rules, the upload patterns and the models as it says.
func TestLoadOverrides(t *testing.T) {
	const file = `
[rules.FR101]
severity = "note"

[rules.FR105]
enabled = false

[upload]
names = '(^|_)avatar(_|$)'

[[module]]
path = "example.com/cam"
version = "v1.4.0"

[[source]]
funcs = ["example.com/cam.Snap"]
label = "image"
capture = true
`
	def, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	s, err := rules.LoadData(project, []byte(file))
	if err != nil {
		t.Fatal(err)
	}
	if r := s.Rule("FR101"); r.Severity != rules.SeverityNote || !r.Enabled {
		t.Errorf("FR101: severity %q, enabled %v; want note, enabled", r.Severity, r.Enabled)
	}
	if r := s.Rule("FR105"); r.Enabled || r.Severity != def.Rule("FR105").Severity {
		t.Errorf("FR105: severity %q, enabled %v; want %q, disabled", r.Severity, r.Enabled, def.Rule("FR105").Severity)
	}
	if !s.Upload.NamesRE.MatchString("user_avatar") || s.Upload.NamesRE.MatchString("selfie") {
		t.Errorf("upload names %q: the project's pattern is not in force", s.Upload.Names)
	}
	if s.Upload.Exclude != def.Upload.Exclude {
		t.Errorf("upload exclude %q, want the default %q", s.Upload.Exclude, def.Upload.Exclude)
	}
	mod := s.Modules[len(s.Modules)-1]
	if mod.Path != "example.com/cam" || mod.Version != "v1.4.0" || mod.Pos != (rules.Position{File: project, Line: 11, Col: 1}) {
		t.Errorf("last module %+v, want the project's example.com/cam v1.4.0 at %s:11:1", mod, project)
	}
	if rules.Owner(s.Modules, "example.com/cam/usb") != mod || rules.Owner(s.Modules, "example.com/camera") != nil {
		t.Errorf("Owner: example.com/cam should own example.com/cam/usb and not example.com/camera")
	}
	src := s.Models.Sources[len(s.Models.Sources)-1]
	want := rules.Position{File: project, Line: 15, Col: 1}
	if !slices.Equal(src.Funcs, []string{"example.com/cam.Snap"}) || src.Label != rules.LabelImage || !src.Capture || src.Pos != want {
		t.Errorf("last source %+v, want the project's at %s", src, want)
	}
	if got := s.Files[len(s.Files)-1]; got != project {
		t.Errorf("last file %q, want %q", got, project)
	}
}
