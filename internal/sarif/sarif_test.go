package sarif_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/facelint/facelint/internal/sarif"
	"github.com/facelint/facelint/internal/sarifcheck"
	"github.com/facelint/facelint/rules"
)

func loc(uri string, line, col, endCol int) sarif.PhysicalLocation {
	return sarif.PhysicalLocation{
		ArtifactLocation: sarif.ArtifactLocation{URI: uri, URIBaseID: sarif.SrcRoot},
		Region:           sarif.Region{StartLine: line, StartColumn: col, EndLine: line, EndColumn: endCol},
	}
}

// findings are a flow with its path, a finding without one and two
// identical findings on identical lines.
var findings = []sarif.Finding{
	{
		Rule:     "FR101",
		Message:  `[FR101] face image from http.Request.FormFile("selfie") is written to a log by log.Printf`,
		Location: loc("cmd/app/main.go", 12, 12, 13),
		Line:     `	log.Printf("%x", b)`,
		Path: []sarif.Step{
			{Location: loc("cmd/app/main.go", 10, 23, 24), Message: `face image from http.Request.FormFile("selfie")`},
			{Location: loc("cmd/app/main.go", 11, 20, 21), Message: "through io.ReadAll"},
			{Location: loc("cmd/app/main.go", 12, 12, 13), Message: "written to a log by log.Printf"},
		},
	},
	{
		Rule:     "FR201",
		Message:  `[FR201] face image is captured by http.Request.FormFile("selfie") with no separate-consent check before it`,
		Location: loc("cmd/app/main.go", 10, 23, 24),
		Line:     `	f, _, _ := r.FormFile("selfie")`,
	},
	{Rule: "FR902", Message: "[FR902] a & b <c>", Location: loc("x.go", 3, 1, 2), Line: "x := 1 //facelint:ignore FR101 r"},
	{Rule: "FR902", Message: "[FR902] a & b <c>", Location: loc("x.go", 9, 1, 2), Line: "x := 1 //facelint:ignore FR101 r"},
}

func newLog(t *testing.T, set *rules.Set, fs []sarif.Finding) (*sarif.Log, []byte) {
	t.Helper()
	log, err := sarif.New(set, fs, nil, sarif.Options{Version: "v1.2.3", SemanticVersion: "1.2.3", WorkingDir: "/src/app/svc", Root: "/src/app"})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := log.Write(&b); err != nil {
		t.Fatal(err)
	}
	return log, b.Bytes()
}

func defaultSet(t *testing.T) *rules.Set {
	t.Helper()
	set, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	return set
}

// TestSchema validates logs against the SARIF 2.1.0 schema and GitHub's
// required properties.
func TestSchema(t *testing.T) {
	set := defaultSet(t)
	tests := []struct {
		name     string
		findings []sarif.Finding
	}{
		{"empty", nil},
		{"findings", findings},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, data := newLog(t, set, tt.findings)
			validate(t, data)
		})
	}
}

func validate(t *testing.T, data []byte) {
	t.Helper()
	for _, p := range sarifcheck.Check(data) {
		t.Error(p)
	}
}

func TestRules(t *testing.T) {
	set, err := rules.LoadData("facelint.toml", []byte("[rules.FR107]\nenabled = false\n[rules.FR105]\nseverity = \"note\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	log, _ := newLog(t, set, nil)
	driver := log.Runs[0].Tool.Driver
	if driver.Version != "v1.2.3" || driver.SemanticVersion != "1.2.3" || driver.InformationURI == "" {
		t.Errorf("driver = %+v", driver)
	}
	if len(driver.Rules) != len(set.Rules) {
		t.Fatalf("%d rules, want %d", len(driver.Rules), len(set.Rules))
	}
	byID := map[string]sarif.ReportingDescriptor{}
	for _, r := range driver.Rules {
		byID[r.ID] = r
	}
	tests := []struct {
		id                 string
		level              string
		enabled            bool
		problem, security  string
		tag                string
		help, fullDescHead string
	}{
		{"FR101", "error", true, "error", "7.5", "external/cwe/cwe-532", "> 人脸识别技术应用系统应当采取数据加密", "Face images or templates are written to a log: the standard `log` and `log/slog` packages,"},
		{"FR105", "note", true, "recommendation", "5.0", "retention", "### PIPL Art. 19 个人信息保护法第十九条", "Face data is written to a key-value store"},
		{"FR107", "warning", false, "warning", "4.0", "external/cwe/cwe-359", "## How to fix", "Face data is written to an HTTP response"},
		{"FR901", "error", true, "error", "", "maintainability", "None: this rule is about facelint's own directives", "A `//facelint:` comment could not be understood"},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			r := byID[tt.id]
			rule := set.Rule(tt.id)
			if r.Name != rule.Name || r.ShortDescription.Text != rule.Summary || r.HelpURI != rule.Docs {
				t.Errorf("name/short description/helpUri = %q/%q/%q", r.Name, r.ShortDescription.Text, r.HelpURI)
			}
			if r.DefaultConfiguration.Level != tt.level || r.DefaultConfiguration.Enabled != tt.enabled {
				t.Errorf("defaultConfiguration = %+v, want level %s enabled %v", r.DefaultConfiguration, tt.level, tt.enabled)
			}
			if p := r.Properties; p.ProblemSeverity != tt.problem || p.SecuritySeverity != tt.security || p.Precision != rule.Precision {
				t.Errorf("properties = %+v", p)
			}
			if !strings.Contains(strings.Join(r.Properties.Tags, " "), tt.tag) {
				t.Errorf("tags %v lack %q", r.Properties.Tags, tt.tag)
			}
			if !strings.Contains(r.Help.Markdown, tt.help) || !strings.Contains(r.Help.Text, rule.ID+" "+rule.Name) {
				t.Errorf("help lacks %q:\n%s", tt.help, r.Help.Markdown)
			}
			if !strings.HasPrefix(r.FullDescription.Text, tt.fullDescHead) || strings.Contains(r.FullDescription.Text, "\n") {
				t.Errorf("fullDescription = %q, want one paragraph starting with %q", r.FullDescription.Text, tt.fullDescHead)
			}
		})
	}
}

func TestResults(t *testing.T) {
	log, data := newLog(t, defaultSet(t), findings)
	run := log.Runs[0]
	if got := run.Invocations; len(got) != 1 || !got[0].ExecutionSuccessful || got[0].WorkingDirectory.URI != "file:///src/app/svc/" || got[0].ToolExecutionNotifications != nil {
		t.Errorf("invocations = %+v", got)
	}
	if got := run.OriginalURIBaseIDs[sarif.SrcRoot].URI; got != "file:///src/app/" {
		t.Errorf("originalUriBaseIds[%s] = %q, want file:///src/app/", sarif.SrcRoot, got)
	}
	if len(run.Results) != len(findings) {
		t.Fatalf("%d results, want %d", len(run.Results), len(findings))
	}
	flow := run.Results[0]
	if flow.RuleID != "FR101" || flow.RuleIndex != 0 || flow.Level != "error" || flow.Message.Text != findings[0].Message {
		t.Errorf("result 0 = %+v", flow)
	}
	if flow.Locations[0].PhysicalLocation != findings[0].Location {
		t.Errorf("location = %+v", flow.Locations[0])
	}
	steps := flow.CodeFlows[0].ThreadFlows[0].Locations
	if len(flow.CodeFlows) != 1 || len(steps) != 3 || len(flow.RelatedLocations) != 3 {
		t.Fatalf("codeFlows %+v, relatedLocations %+v: want the 3 steps", flow.CodeFlows, flow.RelatedLocations)
	}
	for i, s := range findings[0].Path {
		if got := steps[i].Location; got.PhysicalLocation != s.Location || got.Message.Text != s.Message {
			t.Errorf("step %d = %+v, want %+v", i, got, s)
		}
		if got := flow.RelatedLocations[i]; got.ID != i+1 || got.PhysicalLocation != s.Location || got.Message.Text != s.Message {
			t.Errorf("related location %d = %+v", i, got)
		}
	}
	if r := run.Results[1]; r.CodeFlows != nil || r.RelatedLocations != nil || r.RuleIndex != 7 {
		t.Errorf("result without a path = %+v", r)
	}
	if !bytes.Contains(data, []byte(`"[FR902] a & b <c>"`)) {
		t.Errorf("messages are HTML-escaped")
	}
	opts := sarif.Options{Version: "devel", WorkingDir: "/", Root: "/"}
	if _, err := sarif.New(defaultSet(t), []sarif.Finding{{Rule: "FR999", Location: loc("a.go", 1, 1, 2)}}, nil, opts); err == nil {
		t.Errorf("a finding of an unknown rule is not an error")
	}
	if _, err := sarif.New(defaultSet(t), findings, nil, sarif.Options{WorkingDir: "/", Root: "/"}); err == nil {
		t.Errorf("a log without a tool version is not an error")
	}
}

// TestFingerprints checks that primaryLocationLineHash depends on the rule
// and the line's text without blanks, not on the line number, and tells
// identical lines of a file apart by their occurrence.
func TestFingerprints(t *testing.T) {
	set := defaultSet(t)
	fp := func(fs ...sarif.Finding) []string {
		log, _ := newLog(t, set, fs)
		var out []string
		for _, r := range log.Runs[0].Results {
			out = append(out, r.PartialFingerprints["primaryLocationLineHash"])
		}
		return out
	}
	f := func(rule, file string, line int, text string) sarif.Finding {
		return sarif.Finding{Rule: rule, Message: "[" + rule + "] m", Location: loc(file, line, 1, 2), Line: text}
	}
	base := fp(f("FR101", "a.go", 10, "\tlog.Print(b)"))[0]
	if !strings.HasSuffix(base, ":1") || len(base) != 18 {
		t.Errorf("fingerprint %q: want 16 hex digits and :1", base)
	}
	tests := []struct {
		name string
		got  []string
		want []string
	}{
		{"moved and re-indented", fp(f("FR101", "a.go", 42, "    log.Print( b )\r")), []string{base}},
		{"other file", fp(f("FR101", "b.go", 10, "\tlog.Print(b)")), []string{base}},
		{"identical lines", fp(f("FR101", "a.go", 1, "log.Print(b)"), f("FR101", "a.go", 5, "log.Print(b)"), f("FR101", "b.go", 5, "log.Print(b)")),
			[]string{base, strings.TrimSuffix(base, "1") + "2", base}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if strings.Join(tt.got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("got %v, want %v", tt.got, tt.want)
			}
		})
	}
	if other := fp(f("FR102", "a.go", 10, "\tlog.Print(b)"))[0]; other == base {
		t.Errorf("the rule is not part of the fingerprint")
	}
	if other := fp(f("FR101", "a.go", 10, "\tlog.Print(c)"))[0]; other == base {
		t.Errorf("the line text is not part of the fingerprint")
	}
}

func TestDeterministic(t *testing.T) {
	set := defaultSet(t)
	_, a := newLog(t, set, findings)
	_, b := newLog(t, set, findings)
	if !bytes.Equal(a, b) {
		t.Errorf("two writes of the same log differ")
	}
}

func TestFileURI(t *testing.T) {
	tests := []struct{ path, want string }{
		{"/src/app", "file:///src/app"},
		{"/src/my app/a.go", "file:///src/my%20app/a.go"},
		{"/src/中文", "file:///src/%E4%B8%AD%E6%96%87"},
	}
	for _, tt := range tests {
		if got := sarif.FileURI(tt.path); got != tt.want {
			t.Errorf("FileURI(%q) = %q, want %q", tt.path, got, tt.want)
		}
	}
}

// TestNoFakePositions checks that a path step without a real position (no
// file, line 0, an absolute path) is left out, which the schema and code
// scanning require, and that a finding without one is an error.
func TestNoFakePositions(t *testing.T) {
	f := findings[0]
	f.Path = append([]sarif.Step{
		{Location: sarif.PhysicalLocation{ArtifactLocation: sarif.ArtifactLocation{URI: "file:///"}}, Message: "under 14"},
		{Location: loc("", 3, 1, 2), Message: "no file"},
		{Location: loc("/abs/x.go", 3, 1, 2), Message: "absolute"},
		{Location: loc("cmd/app/main.go", 0, 0, 0), Message: "line 0"},
	}, f.Path...)
	log, data := newLog(t, defaultSet(t), []sarif.Finding{f})
	validate(t, data)
	res := log.Runs[0].Results[0]
	if n := len(res.CodeFlows[0].ThreadFlows[0].Locations); n != len(findings[0].Path) {
		t.Errorf("%d steps, want the %d with a position", n, len(findings[0].Path))
	}
	for i, l := range res.RelatedLocations {
		if l.ID != i+1 {
			t.Errorf("related location %d has id %d", i, l.ID)
		}
	}
	bad := findings[1]
	bad.Location = loc("cmd/app/main.go", 0, 0, 0)
	if _, err := sarif.New(defaultSet(t), []sarif.Finding{bad}, nil, sarif.Options{Version: "devel", WorkingDir: "/", Root: "/"}); err == nil {
		t.Error("a finding at line 0 is not an error")
	}
}

// TestNotifications checks that problems become tool execution
// notifications, and that an error makes the run unsuccessful.
func TestNotifications(t *testing.T) {
	at := loc("broken/broken.go", 3, 9, 10)
	problems := []sarif.Problem{
		{Error: true, Message: "package example.com/m/broken not analysed: undefined: x", Location: &at},
		{Message: "cgo skipped: its Go files use cgo, which is disabled"},
	}
	log, err := sarif.New(defaultSet(t), findings, problems, sarif.Options{Version: "devel", WorkingDir: "/src/app", Root: "/src/app"})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := log.Write(&b); err != nil {
		t.Fatal(err)
	}
	validate(t, b.Bytes())
	inv := log.Runs[0].Invocations[0]
	if inv.ExecutionSuccessful || len(inv.ToolExecutionNotifications) != 2 {
		t.Fatalf("invocation = %+v, want unsuccessful with 2 notifications", inv)
	}
	if n := inv.ToolExecutionNotifications[0]; n.Level != "error" || n.Locations[0].PhysicalLocation != at {
		t.Errorf("notification = %+v", n)
	}
	if n := inv.ToolExecutionNotifications[1]; n.Level != "warning" || n.Locations != nil {
		t.Errorf("notification = %+v", n)
	}
}

func TestRelativeURI(t *testing.T) {
	tests := []struct{ rel, want string }{
		{"cmd/app/main.go", "cmd/app/main.go"},
		{"my app/a b.go", "my%20app/a%20b.go"},
		{"人脸/识别.go", "%E4%BA%BA%E8%84%B8/%E8%AF%86%E5%88%AB.go"},
		{"c:d/x.go", "c%3Ad/x.go"},
		{"100%/#x?.go", "100%25/%23x%3F.go"},
	}
	for _, tt := range tests {
		if got := sarif.RelativeURI(tt.rel); got != tt.want {
			t.Errorf("RelativeURI(%q) = %q, want %q", tt.rel, got, tt.want)
		}
	}
}
