package directive_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/facelint/facelint/internal/directive"
)

// FuzzParse parses arbitrary comments. Parse must never panic; it must
// recognise exactly the comments that start with the prefix; a malformed
// directive must be explained; a valid one must read back as itself. The
// seeds are the comments of the unit tests.
func FuzzParse(f *testing.F) {
	for _, tt := range validTests {
		f.Add(tt.comment)
	}
	for _, tt := range errorTests {
		f.Add(tt.comment)
	}
	for _, c := range otherComments {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, comment string) {
		d, ok, err := directive.Parse(comment)
		if want := strings.HasPrefix(comment, directive.Prefix); ok != want {
			t.Fatalf("Parse(%q): ok = %v, want %v", comment, ok, want)
		}
		switch {
		case !ok:
			if err != nil || !reflect.DeepEqual(d, directive.Directive{}) {
				t.Fatalf("Parse(%q) = %+v, error %v for a comment that is no directive", comment, d, err)
			}
		case err != nil:
			if err.Error() == "" {
				t.Fatalf("Parse(%q): empty error message", comment)
			}
		default:
			checkRoundTrip(t, d)
		}
	})
}

// checkRoundTrip fails unless the written form of d parses back to d.
func checkRoundTrip(t *testing.T, d directive.Directive) {
	t.Helper()
	text := d.String()
	back, ok, err := directive.Parse(text)
	if !ok || err != nil || !reflect.DeepEqual(back, d) {
		t.Fatalf("%+v is written %q, which parses as %+v, ok %v, error %v", d, text, back, ok, err)
	}
}
