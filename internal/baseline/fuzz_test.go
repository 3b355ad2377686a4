package baseline_test

import (
	"reflect"
	"testing"

	"github.com/facelint/facelint/internal/baseline"
)

// FuzzParse parses arbitrary bytes as a baseline file. Parse must never
// panic; a baseline it accepts must encode to a file that parses back to
// the same baseline, and must match findings without panicking.
func FuzzParse(f *testing.F) {
	for _, seed := range []string{
		`{"version": 1, "findings": []}`,
		`{"version": 1, "findings": [{"rule": "FR101", "file": "a.go", "message": "m", "fingerprint": "00"}]}`,
		`{"version": 1, "findings": []}]}garbage`,
		`{"version": 2}`,
		`{"version": 1, "findings": null} `,
		`[]`,
		``,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := baseline.Parse("fuzz.json", data)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error message")
			}
			return
		}
		b.Match([]baseline.Finding{{Rule: "FR101", File: "a.go", Line: "x", Message: "m"}})
		out, err := b.Encode()
		if err != nil {
			t.Fatalf("Encode: %v", err)
		}
		back, err := baseline.Parse("fuzz.json", out)
		if err != nil {
			t.Fatalf("the encoded baseline does not parse: %v\n%s", err, out)
		}
		if !reflect.DeepEqual(normal(back), normal(b)) {
			t.Fatalf("round trip: %+v, want %+v", back, b)
		}
	})
}

// normal makes an empty list of findings nil, as JSON writes both as null
// or [] and reads them back either way.
func normal(b *baseline.Baseline) *baseline.Baseline {
	c := *b
	if len(c.Findings) == 0 {
		c.Findings = nil
	}
	return &c
}
