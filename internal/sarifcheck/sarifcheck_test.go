package sarifcheck_test

import (
	"strings"
	"testing"

	"github.com/facelint/facelint/internal/sarifcheck"
)

// logWith returns a minimal log with one result whose code flow step is
// step (a JSON location).
func logWith(version, step string) string {
	return `{
  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
  "version": "2.1.0",
  "runs": [{
    "tool": {"driver": {"name": "facelint", "version": "` + version + `", "rules": [{"id": "FR202", "shortDescription": {"text": "s"}, "fullDescription": {"text": "f"}, "help": {"text": "h"}}]}},
    "originalUriBaseIds": {"%SRCROOT%": {"uri": "file:///src/app/"}},
    "invocations": [{"executionSuccessful": true}],
    "results": [{
      "ruleId": "FR202", "ruleIndex": 0, "level": "error",
      "message": {"text": "m"},
      "partialFingerprints": {"primaryLocationLineHash": "0123:1"},
      "locations": [{"physicalLocation": {"artifactLocation": {"uri": "cmd/app/main.go", "uriBaseId": "%SRCROOT%"}, "region": {"startLine": 3, "startColumn": 2}}}],
      "codeFlows": [{"threadFlows": [{"locations": [{"location": ` + step + `}]}]}]
    }]
  }]
}`
}

const good = `{"physicalLocation": {"artifactLocation": {"uri": "cmd/app/my%20file.go", "uriBaseId": "%SRCROOT%"}, "region": {"startLine": 1}}}`

func TestCheck(t *testing.T) {
	tests := []struct {
		name, log string
		want      []string
	}{
		{"good", logWith("devel", good), nil},
		{"no version", logWith("", good), []string{"tool.driver.version is not set"}},
		{"line 0 at file:///", logWith("devel", `{"physicalLocation": {"artifactLocation": {"uri": "file:///"}, "region": {"startLine": 0}}}`),
			[]string{"schema: ", `URI "file:///" is absolute`, "not a real position"}},
		{"absolute path", logWith("devel", `{"physicalLocation": {"artifactLocation": {"uri": "/src/app/a.go"}, "region": {"startLine": 1}}}`),
			[]string{`URI "/src/app/a.go" is absolute`}},
		{"not encoded", logWith("devel", `{"physicalLocation": {"artifactLocation": {"uri": "my file.go"}, "region": {"startLine": 1}}}`),
			[]string{"not a percent-encoded path"}},
		{"unknown base", logWith("devel", `{"physicalLocation": {"artifactLocation": {"uri": "a.go", "uriBaseId": "GOROOT"}, "region": {"startLine": 1}}}`),
			[]string{`uriBaseId "GOROOT" is not defined`}},
		{"not JSON", "{", []string{"not a SARIF log"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			problems := strings.Join(sarifcheck.Check([]byte(tt.log)), "\n")
			if tt.want == nil && problems != "" {
				t.Errorf("problems in a good log:\n%s", problems)
			}
			for _, w := range tt.want {
				if !strings.Contains(problems, w) {
					t.Errorf("problems lack %q:\n%s", w, problems)
				}
			}
		})
	}
}
