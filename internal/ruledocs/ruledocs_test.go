package ruledocs_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/facelint/facelint/internal/ruledocs"
	"github.com/facelint/facelint/rules"
)

func defaultSet(t *testing.T) *rules.Set {
	t.Helper()
	set, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	return set
}

// TestDocsUpToDate regenerates docs/rules in memory and compares it with
// the files in the repository.
func TestDocsUpToDate(t *testing.T) {
	const dir = "../../docs/rules"
	const hint = "docs/rules is out of date: run go generate ./internal/ruledocs"
	want := map[string]bool{}
	for _, f := range ruledocs.Files(defaultSet(t)) {
		want[f.Name] = true
		got, err := os.ReadFile(filepath.Join(dir, f.Name))
		if err != nil {
			t.Errorf("%v\n%s", err, hint)
			continue
		}
		if !bytes.Equal(got, f.Data) {
			t.Errorf("%s differs from the rule set\n%s", f.Name, hint)
		}
	}
	present, err := filepath.Glob(filepath.Join(dir, "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range present {
		if !want[filepath.Base(name)] {
			t.Errorf("%s documents no rule\n%s", name, hint)
		}
	}
}

// TestFiles checks that every rule has a page and the index links them all.
func TestFiles(t *testing.T) {
	set := defaultSet(t)
	files := ruledocs.Files(set)
	if len(files) != len(set.Rules)+1 || files[0].Name != "README.md" {
		t.Fatalf("Files returned %d files starting with %q, want README.md and one page per rule", len(files), files[0].Name)
	}
	index := string(files[0].Data)
	for i, r := range set.Rules {
		if got, want := files[i+1].Name, r.ID+".md"; got != want {
			t.Errorf("file %d is %s, want %s", i+1, got, want)
		}
		if link := "[" + r.ID + "](" + r.ID + ".md)"; !strings.Contains(index, link) {
			t.Errorf("README.md does not link %s", link)
		}
	}
	for _, id := range []string{"FR101", "FR102", "FR103", "FR104", "FR105", "FR106", "FR107", "FR201", "FR202", "FR301", "FR900", "FR901", "FR902"} {
		if set.Rule(id) == nil {
			t.Errorf("rule %s is missing from the rule set", id)
		}
	}
}

func TestPage(t *testing.T) {
	set := defaultSet(t)
	tests := []struct {
		id   string
		want []string
	}{
		{"FR101", []string{
			"# FR101: face-data-logged\n",
			"Face data reaches a log sink.\n",
			"| Severity | error |",
			"| Security severity | 7.5 |",
			"[CWE-532](https://cwe.mitre.org/data/definitions/532.html)",
			"| Tags | `security`, `privacy`, `face-data` |",
			"## What triggers it\n\nFace images or templates are written to a log",
			"## How to fix\n\nLog an identifier",
			"Reported:\n\n```go\nframe := gocv.NewMat()\ncam.Read(&frame)\nlog.Printf(\"captured %v\", frame.ToBytes())\n```",
			"Compliant:\n\n```go\n",
			"### Measures Art. 14 第十四条\n\n人脸识别技术应用安全管理办法 第十四条\n\n> 人脸识别技术应用系统应当采取数据加密",
			"Face recognition systems must protect face information",
			"Text: **quoted** (a sentence quoted by a secondary source). Source: sentence from the CAC press release",
			"Published at <https://www.gov.cn/zhengce/zhengceku/202503/content_7016075.htm>.",
			"### Measures Art. 8 第八条",
		}},
		{"FR105", []string{
			"### PIPL Art. 47 个人信息保护法第四十七条\n\n个人信息保护法 第四十七条\n\nThe handler must delete", // no zh text: no quote
			"Text: **paraphrase**",
		}},
		{"FR902", []string{
			"| Severity | warning |",
			"None: this rule is about facelint's own directives, not about face data.",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			page := string(ruledocs.Page(set, set.Rule(tt.id)))
			for _, w := range tt.want {
				if !strings.Contains(page, w) {
					t.Errorf("page lacks %q\n%s", w, page)
				}
			}
			if strings.Contains(page, "Security severity") != (set.Rule(tt.id).SecuritySeverity != "") {
				t.Errorf("security severity row does not match the rule")
			}
		})
	}
}

func TestList(t *testing.T) {
	set := overridden(t, "[rules.FR107]\nenabled = false\n[rules.FR105]\nseverity = \"error\"\n")
	var b strings.Builder
	if err := ruledocs.List(&b, set); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != len(set.Rules)+1 {
		t.Fatalf("got %d lines, want a header and one line per rule:\n%s", len(lines), b.String())
	}
	tests := []struct {
		line int
		want []string
	}{
		{0, []string{"ID", "SEVERITY", "ENABLED", "SUMMARY", "ARTICLES"}},
		{1, []string{"FR101", "error", "yes", "face data reaches a log sink", "Measures Art. 14 第十四条; Measures Art. 8 第八条"}},
		{5, []string{"FR105", "error", "yes"}},
		{7, []string{"FR107", "warning", "no"}},
		{13, []string{"FR902", "warning", "yes", "-"}},
	}
	for _, tt := range tests {
		fields := strings.Fields(lines[tt.line])
		for i, w := range tt.want {
			if i < 3 && (i >= len(fields) || fields[i] != w) {
				t.Errorf("line %d = %q, field %d want %q", tt.line, lines[tt.line], i, w)
			}
			if !strings.Contains(lines[tt.line], w) {
				t.Errorf("line %d = %q, want %q in it", tt.line, lines[tt.line], w)
			}
		}
	}
}

func TestExplain(t *testing.T) {
	set := overridden(t, "[rules.FR102]\nseverity = \"warning\"\n")
	tests := []struct {
		id      string
		want    []string
		wantErr string
	}{
		{id: "FR102", want: []string{
			"FR102 face-data-egress-without-consent: face data leaves the device",
			"Severity:          warning (enabled)",
			"CWE:               CWE-359",
			"Docs:              https://github.com/facelint/facelint/blob/main/docs/rules/FR102.md",
			"What triggers it:\n  Face data is sent over the network",
			"How to fix:\n  Check the person's separate consent",
			"Reported:\n    img, _ := io.ReadAll(r.Body)",
			"Compliant:\n    if !consent.HasFaceConsent(r.Context(), userID) {",
			"  Measures Art. 8 第八条 (人脸识别技术应用安全管理办法 第八条)\n    zh:     除法律、行政法规另有规定或者取得个人单独同意外",
			"    en:     Unless a law says otherwise",
			"    text:   quoted, a sentence quoted by a secondary source",
			"    source: sentences from the CAC press release",
			"    url:    https://www.gov.cn/zhengce/zhengceku/202503/content_7016075.htm",
			"PIPL Art. 29 个人信息保护法第二十九条",
		}},
		{id: "fr901", want: []string{"FR901 malformed-directive", "Articles:\n  None: this rule is about facelint's own directives"}},
		{id: "FR109", wantErr: `unknown rule ID "FR109" (did you mean "FR101"?); facelint -list-rules lists the rules`},
		{id: "nonsense", wantErr: `unknown rule ID "nonsense"; facelint -list-rules lists the rules`},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			var b strings.Builder
			err := ruledocs.Explain(&b, set, tt.id)
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("Explain(%q) error = %v, want %q", tt.id, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(b.String(), w) {
					t.Errorf("output lacks %q\n%s", w, b.String())
				}
			}
		})
	}
}

// overridden returns the default rule set changed by a project file.
func overridden(t *testing.T, config string) *rules.Set {
	t.Helper()
	set, err := rules.LoadData("facelint.toml", []byte(config))
	if err != nil {
		t.Fatal(err)
	}
	return set
}
