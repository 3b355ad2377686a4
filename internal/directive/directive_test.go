package directive_test

import (
	"reflect"
	"testing"

	"github.com/facelint/facelint/internal/directive"
)

// validTests are well-formed directives of every form.
var validTests = []struct {
	comment string
	want    directive.Directive
}{
	{"//facelint:source image", directive.Directive{Kind: directive.Source, Arg: "image"}},
	{"//facelint:source template", directive.Directive{Kind: directive.Source, Arg: "template"}},
	{"//facelint:source image capture", directive.Directive{Kind: directive.Source, Arg: "image", Capture: true}},
	{"//facelint:source template capture", directive.Directive{Kind: directive.Source, Arg: "template", Capture: true}},
	{"//facelint:facedata image", directive.Directive{Kind: directive.FaceData, Arg: "image"}},
	{"//facelint:facedata template", directive.Directive{Kind: directive.FaceData, Arg: "template"}},
	{"//facelint:consent", directive.Directive{Kind: directive.Consent}},
	{"//facelint:guardian-consent", directive.Directive{Kind: directive.Guardian}},
	{"//facelint:consent-middleware", directive.Directive{Kind: directive.Middleware}},
	{"//facelint:verifier face", directive.Directive{Kind: directive.Verifier, Arg: "face"}},
	{"//facelint:verifier alternative", directive.Directive{Kind: directive.Verifier, Arg: "alternative"}},
	{"//facelint:sanitizer encrypt", directive.Directive{Kind: directive.Sanitizer, Arg: "encrypt"}},
	{"//facelint:sanitizer decrypt", directive.Directive{Kind: directive.Sanitizer, Arg: "decrypt"}},
	{"//facelint:sink log", directive.Directive{Kind: directive.Sink, Arg: "log"}},
	{"//facelint:sink network", directive.Directive{Kind: directive.Sink, Arg: "network"}},
	{"//facelint:sink thirdparty", directive.Directive{Kind: directive.Sink, Arg: "thirdparty"}},
	{"//facelint:sink storage", directive.Directive{Kind: directive.Sink, Arg: "storage"}},
	{"//facelint:sink response", directive.Directive{Kind: directive.Sink, Arg: "response"}},
	{"//facelint:ignore FR101 the value is a hash", directive.Directive{Kind: directive.Ignore, Rules: []string{"FR101"}, Reason: "the value is a hash"}},
	{"//facelint:ignore FR101,FR902 test fixture", directive.Directive{Kind: directive.Ignore, Rules: []string{"FR101", "FR902"}, Reason: "test fixture"}},
	{"//facelint:file-ignore FR107 the handlers serve synthetic test faces", directive.Directive{Kind: directive.FileIgnore, Rules: []string{"FR107"}, Reason: "the handlers serve synthetic test faces"}},
	{"//facelint:file-ignore FR101,FR103 generated fixtures", directive.Directive{Kind: directive.FileIgnore, Rules: []string{"FR101", "FR103"}, Reason: "generated fixtures"}},
	// Blanks between and after the words do not matter; a reason is
	// rejoined with single spaces.
	{"//facelint:sink\tlog  ", directive.Directive{Kind: directive.Sink, Arg: "log"}},
	{"//facelint: consent", directive.Directive{Kind: directive.Consent}},
	{"//facelint:ignore  FR202   reviewed\tby legal ", directive.Directive{Kind: directive.Ignore, Rules: []string{"FR202"}, Reason: "reviewed by legal"}},
}

func TestParseValid(t *testing.T) {
	for _, tt := range validTests {
		d, ok, err := directive.Parse(tt.comment)
		if !ok || err != nil {
			t.Errorf("Parse(%q) = ok %v, error %v; want a directive", tt.comment, ok, err)
			continue
		}
		if !reflect.DeepEqual(d, tt.want) {
			t.Errorf("Parse(%q) = %+v, want %+v", tt.comment, d, tt.want)
		}
	}
}

// errorTests are malformed directives, one for each error Parse reports.
var errorTests = []struct {
	comment string
	want    string
}{
	{"//facelint:", "empty directive"},
	{"//facelint: \t", "empty directive"},
	{"//facelint:unknown", `unknown directive "unknown"`},
	{"//facelint:Source image", `unknown directive "Source"`},
	{"//facelint:sourceimage", `unknown directive "sourceimage"`},
	{"//facelint:consent always", `consent takes no argument, got "always"`},
	{"//facelint:guardian-consent parent or guardian", `guardian-consent takes no argument, got "parent or guardian"`},
	{"//facelint:consent-middleware x", `consent-middleware takes no argument, got "x"`},
	{"//facelint:source", "source needs one of image, template"},
	{"//facelint:facedata", "facedata needs one of image, template"},
	{"//facelint:verifier", "verifier needs one of face, alternative"},
	{"//facelint:sanitizer", "sanitizer needs one of encrypt, decrypt"},
	{"//facelint:sink", "sink needs one of log, network, thirdparty, storage, response"},
	{"//facelint:source photo", `unknown source argument "photo" (want one of image, template)`},
	{"//facelint:source capture", `unknown source argument "capture" (want one of image, template)`},
	{"//facelint:facedata video", `unknown facedata argument "video" (want one of image, template)`},
	{"//facelint:verifier password", `unknown verifier argument "password" (want one of face, alternative)`},
	{"//facelint:sanitizer hash", `unknown sanitizer argument "hash" (want one of encrypt, decrypt)`},
	{"//facelint:sink email", `unknown sink argument "email" (want one of log, network, thirdparty, storage, response)`},
	{"//facelint:source image capture now", `unexpected "now" after source image`},
	{"//facelint:source image live", `unexpected "live" after source image`},
	{"//facelint:facedata image capture", `unexpected "capture" after facedata image`},
	{"//facelint:verifier face only", `unexpected "only" after verifier face`},
	{"//facelint:sanitizer encrypt aes gcm", `unexpected "aes gcm" after sanitizer encrypt`},
	{"//facelint:sink log debug", `unexpected "debug" after sink log`},
	{"//facelint:ignore", "ignore needs rule IDs and a reason, e.g. //facelint:ignore FR101 the value is a hash"},
	{"//facelint:ignore fr101 lower case", `ignore: "fr101" is not a rule ID (want FR and three digits)`},
	{"//facelint:ignore FR1 short", `ignore: "FR1" is not a rule ID (want FR and three digits)`},
	{"//facelint:ignore FR101, FR102 blank after the comma", `ignore: "" is not a rule ID (want FR and three digits)`},
	{"//facelint:ignore FR101,FR10x typo", `ignore: "FR10x" is not a rule ID (want FR and three digits)`},
	{"//facelint:ignore FR101", "ignore FR101 has no reason: a suppression must say why"},
	{"//facelint:ignore FR101,FR102 ", "ignore FR101,FR102 has no reason: a suppression must say why"},
	{"//facelint:file-ignore", "file-ignore needs rule IDs and a reason, e.g. //facelint:file-ignore FR101 the value is a hash"},
	{"//facelint:file-ignore all generated", `file-ignore: "all" is not a rule ID (want FR and three digits)`},
	{"//facelint:file-ignore FR101", "file-ignore FR101 has no reason: a suppression must say why"},
	{"//facelint:fileignore FR101 typo", `unknown directive "fileignore"`},
}

// TestSuppresses checks which kinds suppress findings.
func TestSuppresses(t *testing.T) {
	for _, tt := range validTests {
		want := tt.want.Kind == directive.Ignore || tt.want.Kind == directive.FileIgnore
		if got := tt.want.Suppresses(); got != want {
			t.Errorf("%q: Suppresses() = %v, want %v", tt.comment, got, want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, tt := range errorTests {
		_, ok, err := directive.Parse(tt.comment)
		switch {
		case !ok:
			t.Errorf("Parse(%q): ok = false, want a malformed directive", tt.comment)
		case err == nil:
			t.Errorf("Parse(%q): no error, want %q", tt.comment, tt.want)
		case err.Error() != tt.want:
			t.Errorf("Parse(%q): error %q, want %q", tt.comment, err, tt.want)
		}
	}
}

// otherComments are comments that are not facelint directives.
var otherComments = []string{
	"",
	"//",
	"// facelint:consent",
	"//facelint",
	"//facelint consent",
	"//FACELINT:consent",
	"/*facelint:consent*/",
	" //facelint:consent",
	"//go:generate facelint:consent",
	"//nolint:facelint",
}

func TestParseOther(t *testing.T) {
	for _, c := range otherComments {
		d, ok, err := directive.Parse(c)
		if ok || err != nil || !reflect.DeepEqual(d, directive.Directive{}) {
			t.Errorf("Parse(%q) = %+v, ok %v, error %v; want no directive", c, d, ok, err)
		}
	}
}

func TestString(t *testing.T) {
	tests := []struct {
		d    directive.Directive
		want string
	}{
		{directive.Directive{Kind: directive.Source, Arg: "image"}, "//facelint:source image"},
		{directive.Directive{Kind: directive.Source, Arg: "template", Capture: true}, "//facelint:source template capture"},
		{directive.Directive{Kind: directive.FaceData, Arg: "template"}, "//facelint:facedata template"},
		{directive.Directive{Kind: directive.Consent}, "//facelint:consent"},
		{directive.Directive{Kind: directive.Guardian}, "//facelint:guardian-consent"},
		{directive.Directive{Kind: directive.Middleware}, "//facelint:consent-middleware"},
		{directive.Directive{Kind: directive.Verifier, Arg: "alternative"}, "//facelint:verifier alternative"},
		{directive.Directive{Kind: directive.Sanitizer, Arg: "decrypt"}, "//facelint:sanitizer decrypt"},
		{directive.Directive{Kind: directive.Sink, Arg: "thirdparty"}, "//facelint:sink thirdparty"},
		// An ignore directive is named by its rules: messages about unused
		// suppressions (FR902) print it so.
		{directive.Directive{Kind: directive.Ignore, Rules: []string{"FR101", "FR102"}, Reason: "hashed"}, "//facelint:ignore FR101,FR102 hashed"},
	}
	for _, tt := range tests {
		if got := tt.d.String(); got != tt.want {
			t.Errorf("%+v.String() = %q, want %q", tt.d, got, tt.want)
		}
	}
}

func TestIsNolint(t *testing.T) {
	tests := []struct {
		comment string
		want    bool
	}{
		{"//nolint", true},
		{"//nolint // generated", true},
		{"//nolint\tgenerated", true},
		{"//nolint:all", true},
		{"//nolint:facelint", true},
		{"//nolint:errcheck,facelint // reviewed", true},
		{"//nolint:facelint,gosec", true},
		{"//nolint: facelint", true},
		{"//nolint:errcheck", false},
		{"//nolint:errcheck // facelint", false},
		{"//nolint:facelinter", false},
		{"//nolint:", false},
		{"//nolintfacelint", false},
		{"// nolint", false},
		{"//facelint:ignore FR101 reason", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := directive.IsNolint(tt.comment); got != tt.want {
			t.Errorf("IsNolint(%q) = %v, want %v", tt.comment, got, tt.want)
		}
	}
}
