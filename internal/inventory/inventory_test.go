package inventory

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/xeipuuv/gojsonschema"

	"github.com/facelint/facelint/internal/driver"
)

var (
	exampleOnce sync.Once
	exampleInv  *Inventory
	exampleErr  error
)

// example returns the inventory of the bundled example service.
func example(t *testing.T) *Inventory {
	t.Helper()
	exampleOnce.Do(func() { exampleInv, exampleErr = analyse(filepath.Join("..", "..", "examples", "faceservice")) })
	if exampleErr != nil {
		t.Fatal(exampleErr)
	}
	return exampleInv
}

func analyse(dir string) (*Inventory, error) {
	res, err := driver.Analyze(driver.Options{Dir: dir, Patterns: []string{"./..."}, Tests: true, Engine: true})
	if err != nil {
		return nil, err
	}
	return Build(res, []string{"./..."})
}

func render(t *testing.T, inv *Inventory, format string) string {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, inv, format); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

const (
	handlersGo = "examples/faceservice/internal/handlers/handlers.go"
	cameraGo   = "examples/faceservice/internal/camera/camera.go"
	storeGo    = "examples/faceservice/internal/store/store.go"
	cloudGo    = "examples/faceservice/internal/cloud/cloud.go"
)

func captureOf(t *testing.T, inv *Inventory, api string) *Capture {
	t.Helper()
	for _, c := range inv.Captures {
		if c.API == api {
			return c
		}
	}
	t.Fatalf("no capture %s in %s", api, mustJSON(inv.Captures))
	return nil
}

func destOf(t *testing.T, inv *Inventory, api string) *Destination {
	t.Helper()
	for _, d := range inv.Destinations {
		if d.API == api {
			return d
		}
	}
	t.Fatalf("no destination %s in %s", api, mustJSON(inv.Destinations))
	return nil
}

func mustJSON(v any) string {
	data, _ := json.MarshalIndent(v, "", " ")
	return string(data)
}

func at(l *Location, file string, line int) bool { return l != nil && l.File == file && l.Line == line }

// sources returns the sources of a destination's flows as "C1" or "C1 → P2".
func sources(d *Destination) []string {
	var out []string
	for _, f := range d.Flows {
		s := f.Source
		if f.Via != "" {
			s += " → " + f.Via
		}
		out = append(out, s)
	}
	return out
}

// TestExampleCaptures checks the capture points of the example against
// its known flows: the kiosk camera, reached from five routes with and
// without consent (and once where the person is under 14), and the
// uploaded selfie of /enroll, with no consent check.
func TestExampleCaptures(t *testing.T) {
	inv := example(t)
	if n := inv.Summary.CapturePoints; n != 2 {
		t.Errorf("%d capture points, want 2 (the camera and the selfie upload)", n)
	}
	cam := captureOf(t, inv, "gocv.VideoCapture.Read")
	if cam.Kind != "camera" || !cam.Capture || cam.Label != "image" || !at(cam.Location, cameraGo, 11) {
		t.Errorf("camera capture = %s", mustJSON(cam))
	}
	uses := map[string]*CaptureUse{}
	for _, u := range cam.Uses {
		uses[u.Entry] = u
	}
	for entry, consent := range map[string]bool{"/kiosk": false, "/login": true, "/me/photo": true, "/children/enroll": true} {
		u := uses[entry]
		if u == nil {
			t.Errorf("the camera capture has no use on route %s: %s", entry, mustJSON(cam.Uses))
			continue
		}
		if u.Consent != consent {
			t.Errorf("camera on %s: consent %v, want %v", entry, u.Consent, consent)
		}
	}
	if u := uses["/door"]; u == nil || u.Handler != "handlers.Server.Door" {
		t.Errorf("the camera capture has no use on route /door by handlers.Server.Door: %s", mustJSON(cam.Uses))
	}
	// What covers each use: the consent check called before the capture,
	// or the consent middleware of the route; nothing on /kiosk.
	for entry, line := range map[string]int{"/login": 74, "/me/photo": 118, "/children/enroll": 102} {
		if u := uses[entry]; u == nil || u.ConsentCheck == nil || u.ConsentCheck.By != "auth.FaceConsent" || !at(u.ConsentCheck.Location, handlersGo, line) {
			t.Errorf("camera on %s: consent check %s, want auth.FaceConsent at %s:%d", entry, mustJSON(u), handlersGo, line)
		}
	}
	if u := uses["/door"]; u == nil || u.ConsentCheck == nil || u.ConsentCheck.By != "the consent middleware of its route" || u.ConsentCheck.Location != nil {
		t.Errorf("camera on /door: want the consent middleware of its route: %s", mustJSON(u))
	}
	if u := uses["/kiosk"]; u == nil || u.ConsentCheck != nil || u.GuardianCheck != nil {
		t.Errorf("camera on /kiosk: want no check: %s", mustJSON(u))
	}
	if u := uses["/children/enroll"]; u == nil || u.Minor != "age < 14" || u.GuardianConsent || len(u.Findings) != 1 {
		t.Errorf("/children/enroll: want the under-14 condition, no guardian consent and the FR202 finding: %s", mustJSON(u))
	}
	if cam.Consent != "partly" || cam.GuardianConsent != "none" {
		t.Errorf("camera consent %s, guardian %s; want partly, none", cam.Consent, cam.GuardianConsent)
	}
	up := captureOf(t, inv, `http.Request.FormFile("selfie")`)
	if up.Kind != "upload" || !up.NameBased || !at(up.Location, handlersGo, 34) || up.Consent != "none" || up.GuardianConsent != "n/a" {
		t.Errorf("selfie upload = %s", mustJSON(up))
	}
	if len(up.Uses) != 1 || up.Uses[0].Entry != "/enroll" || up.Uses[0].Handler != "handlers.Server.Enroll" || len(up.Uses[0].Findings) != 1 {
		t.Errorf("selfie upload: want one use on /enroll by handlers.Server.Enroll with its FR201: %s", mustJSON(up.Uses))
	}
}

// TestExampleDestinations checks where the example's face data goes:
// every store, the vendor, the log and the response, with what is known
// of each and the paths from the capture points.
func TestExampleDestinations(t *testing.T) {
	inv := example(t)
	cam := captureOf(t, inv, "gocv.VideoCapture.Read").ID
	up := captureOf(t, inv, `http.Request.FormFile("selfie")`).ID
	proc := map[string]string{} // line -> ID
	for _, p := range inv.Processing {
		if p.API != "face.Recognizer.Recognize" || p.Location == nil || p.Location.File != handlersGo {
			t.Errorf("unexpected processing %s", mustJSON(p))
			continue
		}
		proc[strings.Split(p.Location.String(), ":")[1]] = p.ID
		if p.InVerifier != (p.Function == "handlers.Server.matchFace") {
			t.Errorf("processing %s in %s: inVerifier %v", p.ID, p.Function, p.InVerifier)
		}
	}
	if len(proc) != 4 {
		t.Errorf("%d template extractions, want 4 (Enroll, EnrollChild, Photo, matchFace): %s", len(proc), mustJSON(inv.Processing))
	}

	sql := destOf(t, inv, "sql.DB.Exec")
	if sql.Kind != "storage" || sql.Store != "database" || sql.Target != "face_templates" || sql.Encryption != "not encrypted" || sql.Expiry != "not known" || !at(sql.Location, storeGo, 15) {
		t.Errorf("sql store = %s", mustJSON(sql))
	}
	if got, want := sources(sql), []string{cam + " → " + proc["108"], up + " → " + proc["45"]}; !slices.Equal(got, want) {
		t.Errorf("sql store sources %v, want %v (the child's template, the enrolled template)", got, want)
	}
	file := destOf(t, inv, "os.WriteFile")
	if file.Store != "file" || file.Target != "/var/lib/faces" || file.Encryption != "not encrypted" || !slices.Equal(file.Labels, []string{"image"}) || !slices.Equal(sources(file), []string{up}) {
		t.Errorf("file store = %s", mustJSON(file))
	}
	cache := destOf(t, inv, "redis.cmdable.Set")
	if cache.Store != "key-value store" || cache.Target != "face:" || cache.Expiry != "none" || !slices.Equal(sources(cache), []string{up + " → " + proc["45"]}) {
		t.Errorf("redis store = %s", mustJSON(cache))
	}
	vendor := destOf(t, inv, "http.Post")
	if vendor.Kind != "network" || vendor.Host != "faces.vendor.example.com" || vendor.Transport != "plaintext" || vendor.Consent != "none" ||
		!slices.Equal(sources(vendor), []string{cam}) || !at(vendor.Location, cloudGo, 14) {
		t.Errorf("vendor = %s", mustJSON(vendor))
	}
	log := destOf(t, inv, "log.Printf")
	if log.Kind != "log" || !slices.Equal(sources(log), []string{up}) {
		t.Errorf("log = %s", mustJSON(log))
	}
	resp := destOf(t, inv, "json.Encoder.Encode to http.ResponseWriter")
	if resp.Kind != "response" || resp.Consent != "checked" || !slices.Equal(resp.Labels, []string{"template"}) || !slices.Equal(sources(resp), []string{cam + " → " + proc["122"]}) {
		t.Errorf("response = %s", mustJSON(resp))
	}
	// A path starts at the capture point and ends at the destination.
	for _, d := range inv.Destinations {
		for _, f := range d.Flows {
			first, last := f.Path[0], f.Path[len(f.Path)-1]
			var src *Capture
			for _, c := range inv.Captures {
				if c.ID == f.Source {
					src = c
				}
			}
			if src == nil || first.Location.String() != src.Location.String() || last.Location.String() != d.Location.String() {
				t.Errorf("%s ← %s: the path goes from %s to %s", d.ID, f.Source, first.Location, last.Location)
			}
		}
	}
	if n := len(inv.Destinations); n != 6 {
		t.Errorf("%d destinations, want 6: %s", n, mustJSON(inv.Destinations))
	}
}

// TestExampleVerificationsAndArticles checks the face verifications (the
// face-only login and the door with its password fallback) and that each
// open finding is tied to what it is about and listed under its
// articles.
func TestExampleVerificationsAndArticles(t *testing.T) {
	inv := example(t)
	if len(inv.Verifications) != 2 {
		t.Fatalf("verifications = %s, want the login and the door", mustJSON(inv.Verifications))
	}
	login, door := inv.Verifications[0], inv.Verifications[1]
	if login.Entry != "/login" || login.Verifier != "handlers.Server.matchFace" || login.Alternative || login.OnFailure == "" || len(login.Findings) != 1 {
		t.Errorf("login verification = %s", mustJSON(login))
	}
	if door.Entry != "/door" || !door.Alternative || door.OnFailure != "" || len(door.Findings) != 0 {
		t.Errorf("door verification = %s", mustJSON(door))
	}
	rules := map[string]int{}
	for _, f := range inv.Findings {
		rules[f.Rule]++
		if f.Subject == "" {
			t.Errorf("finding %s (%s at %s) is tied to nothing", f.ID, f.Rule, f.Location)
		}
		if strings.HasPrefix(f.Rule, "FR1") || strings.HasPrefix(f.Rule, "FR2") || f.Rule == "FR301" {
			if len(f.Articles) == 0 {
				t.Errorf("finding %s (%s) cites no article", f.ID, f.Rule)
			}
		}
	}
	for _, r := range []string{"FR101", "FR102", "FR103", "FR104", "FR105", "FR106", "FR107", "FR201", "FR202", "FR301"} {
		if rules[r] == 0 {
			t.Errorf("no %s finding in the inventory", r)
		}
	}
	byArticle := map[string][]string{}
	for _, a := range inv.Articles {
		for _, id := range a.Findings {
			for _, f := range inv.Findings {
				if f.ID == id {
					byArticle[a.ID] = append(byArticle[a.ID], f.Rule)
				}
			}
		}
	}
	if got := byArticle["measures-10"]; !slices.Equal(got, []string{"FR301"}) {
		t.Errorf("measures-10 (Art. 10) findings %v, want the face-only login's FR301", got)
	}
	if got := byArticle["measures-7"]; !slices.Equal(got, []string{"FR202"}) {
		t.Errorf("measures-7 (Art. 7) findings %v, want the child's FR202", got)
	}
	if got := byArticle["measures-8"]; !slices.Contains(got, "FR102") || !slices.Contains(got, "FR105") {
		t.Errorf("measures-8 (Art. 8) findings %v, want FR102 and FR105 among them", got)
	}
}

// TestJSONSchema validates the example's JSON against
// docs/inventory.schema.json, and checks that the schema rejects what it
// must.
func TestJSONSchema(t *testing.T) {
	schema, err := os.ReadFile(filepath.Join("..", "..", "docs", "inventory.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	out := render(t, example(t), "json")
	validate := func(doc string) []string {
		res, err := gojsonschema.Validate(gojsonschema.NewBytesLoader(schema), gojsonschema.NewStringLoader(doc))
		if err != nil {
			t.Fatal(err)
		}
		var errs []string
		for _, e := range res.Errors() {
			errs = append(errs, e.String())
		}
		return errs
	}
	if errs := validate(out); len(errs) > 0 {
		t.Errorf("the example's inventory does not match docs/inventory.schema.json:\n%s", strings.Join(errs, "\n"))
	}
	for _, bad := range []struct{ name, from, to string }{
		{"unknown consent", `"consent": "none"`, `"consent": "unknown"`},
		{"missing captures", `"captures": [`, `"capturesX": [`},
		{"store without encryption", `"encryption": "not encrypted",`, ``},
		{"bad ID", `"id": "C1"`, `"id": "X1"`},
	} {
		doc := strings.Replace(out, bad.from, bad.to, 1)
		if doc == out {
			t.Errorf("%s: %q is not in the output", bad.name, bad.from)
			continue
		}
		if len(validate(doc)) == 0 {
			t.Errorf("%s: the schema accepts it", bad.name)
		}
	}
}

// TestMarkdown checks the Markdown: the sections in Chinese and English,
// a Mermaid block with every node and every flow, repository-relative
// paths.
func TestMarkdown(t *testing.T) {
	inv := example(t)
	md := render(t, inv, "md")
	for _, h := range []string{
		"# 人脸信息清单 Face-data inventory", "## 概览 Summary", "## 数据流图 Data-flow diagram",
		"## 1. 采集点 Capture points", "### 1.1 入口与同意检查 Entry points and consent checks",
		"## 2. 人脸信息的去向 Where face data goes", "### 2.1 处理 Processing", "### 2.2 存储 Stores",
		"### 2.3 第三方与远程服务 Third parties and remote services", "### 2.4 日志 Logs", "### 2.5 响应 Responses",
		"### 2.6 路径 Paths", "## 3. 人脸验证 Face verification", "## 4. 按条款列出的未解决问题 Open findings by article",
		"### Measures Art. 10 第十条",
	} {
		if !strings.Contains("\n"+md, "\n"+h) {
			t.Errorf("the Markdown lacks the heading %q", h)
		}
	}
	m := regexp.MustCompile("(?s)```mermaid\n(.*?)```").FindStringSubmatch(md)
	if m == nil {
		t.Fatal("no Mermaid block")
	}
	mermaid := m[1]
	if !strings.HasPrefix(mermaid, "flowchart LR\n") {
		t.Errorf("the Mermaid block does not start with flowchart LR:\n%s", mermaid)
	}
	for _, id := range nodeIDs(inv) {
		if !regexp.MustCompile(`(?m)^    ` + id + `[\[({]`).MatchString(mermaid) {
			t.Errorf("the Mermaid block has no node %s", id)
		}
	}
	for _, e := range flowEdges(inv) {
		if !regexp.MustCompile(`(?m)^  ` + e[0] + ` -\.?->\|\w+\| ` + e[1] + `$`).MatchString(mermaid) {
			t.Errorf("the Mermaid block has no edge %s → %s", e[0], e[1])
		}
	}
	if strings.Count(mermaid, `"`)%2 != 0 || strings.Contains(mermaid, `("selfie")`) {
		t.Errorf("a quote in a Mermaid label is not escaped:\n%s", mermaid)
	}
	abs, _ := filepath.Abs(filepath.Join("..", ".."))
	if strings.Contains(md, abs) {
		t.Errorf("the Markdown has absolute paths (%s)", abs)
	}
	if !strings.Contains(md, "`examples/faceservice/internal/store/store.go:15:19`") {
		t.Errorf("the Markdown does not name the SQL store by its repository-relative position")
	}
}

// nodeIDs returns the IDs of every node of the diagram.
func nodeIDs(inv *Inventory) []string {
	var out []string
	for _, c := range inv.Captures {
		out = append(out, c.ID)
	}
	for _, p := range inv.Processing {
		out = append(out, p.ID)
	}
	for _, d := range inv.Destinations {
		out = append(out, d.ID)
	}
	return out
}

// flowEdges returns the edges the diagram must have: capture → processing
// → destination for every flow.
func flowEdges(inv *Inventory) [][2]string {
	var out [][2]string
	for _, p := range inv.Processing {
		for _, s := range p.Sources {
			out = append(out, [2]string{s, p.ID})
		}
	}
	for _, d := range inv.Destinations {
		for _, f := range d.Flows {
			if f.Via != "" {
				out = append(out, [2]string{f.Via, d.ID})
			} else {
				out = append(out, [2]string{f.Source, d.ID})
			}
		}
	}
	return out
}

// TestHTML checks that the HTML page is well-formed, needs nothing from
// the network, and that its SVG has every node and every edge of the
// diagram.
func TestHTML(t *testing.T) {
	inv := example(t)
	page := render(t, inv, "html")
	checkPage(t, page, inv)
}

func checkPage(t *testing.T, page string, inv *Inventory) {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(page))
	dec.Strict = true
	nodes, edges := map[string]bool{}, map[string]bool{}
	svgs := 0
	for {
		tok, err := dec.Token()
		if err != nil {
			if err.Error() != "EOF" {
				t.Fatalf("the HTML is not well-formed: %v", err)
			}
			break
		}
		el, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		attr := map[string]string{}
		for _, a := range el.Attr {
			attr[a.Name.Local] = a.Value
		}
		switch el.Name.Local {
		case "script", "link", "img", "iframe", "object", "embed", "image", "use":
			t.Errorf("the page has a <%s> element: it must be self-contained", el.Name.Local)
		case "svg":
			svgs++
		case "g":
			if strings.Contains(attr["class"], "node") {
				nodes[attr["data-id"]] = true
			}
		case "path":
			if strings.Contains(attr["class"], "edge") {
				edges[attr["data-from"]+"→"+attr["data-to"]] = true
			}
		}
		for _, a := range []string{"src", "href"} {
			if v := attr[a]; v != "" {
				t.Errorf("<%s %s=%q>: the page must need no other file", el.Name.Local, a, v)
			}
		}
	}
	if svgs != 1 {
		t.Errorf("%d SVG elements, want the diagram", svgs)
	}
	for _, id := range nodeIDs(inv) {
		if !nodes[id] {
			t.Errorf("the SVG has no node %s", id)
		}
	}
	for _, e := range flowEdges(inv) {
		if !edges[e[0]+"→"+e[1]] {
			t.Errorf("the SVG has no edge %s → %s", e[0], e[1])
		}
	}
	for _, h := range []string{"采集点 Capture points", "存储 Stores", "人脸验证 Face verification", "按条款列出的未解决问题 Open findings by article"} {
		if !strings.Contains(page, h) {
			t.Errorf("the page lacks the section %q", h)
		}
	}
}

// TestDeterministic checks that two runs give the same bytes in every
// format.
func TestDeterministic(t *testing.T) {
	first := example(t)
	second, err := analyse(filepath.Join("..", "..", "examples", "faceservice"))
	if err != nil {
		t.Fatal(err)
	}
	for _, format := range Formats {
		if a, b := render(t, first, format), render(t, second, format); a != b {
			t.Errorf("two runs give different %s", format)
		}
	}
}

func TestHelpers(t *testing.T) {
	for stmt, want := range map[string]string{
		"INSERT INTO face_templates(user_id, template) VALUES ($1, $2)": "face_templates",
		"insert or replace into `faces` values (?)":                     "faces",
		"UPDATE users SET face = ? WHERE id = ?":                        "users",
		"SELECT face FROM users":                                        "",
	} {
		if got := tableOf(stmt); got != want {
			t.Errorf("tableOf(%q) = %q, want %q", stmt, got, want)
		}
	}
	for url, want := range map[string]string{
		"http://faces.vendor.example.com/v1/match?user=": "faces.vendor.example.com",
		"aip.baidubce.com/rest/2.0/face":                 "aip.baidubce.com",
		"/var/lib/faces":                                 "",
		"%s/faces/search":                                "",
		"https://user:pw@api.example.com:8443/x":         "api.example.com:8443",
	} {
		if got := hostOf(url); got != want {
			t.Errorf("hostOf(%q) = %q, want %q", url, got, want)
		}
	}
	for full, want := range map[string]string{
		"(*example.com/app/handlers.Server).Enroll": "handlers.Server.Enroll",
		"example.com/app.main$1":                    "app.main$1",
		"(example.com/app/x.T).M":                   "x.T.M",
	} {
		if got := shortFunc(full); got != want {
			t.Errorf("shortFunc(%q) = %q, want %q", full, got, want)
		}
	}
	for pkg, want := range map[string]string{"github.com/redis/go-redis/v9": "redis", "gopkg.in/yaml.v3": "yaml", "database/sql": "sql"} {
		if got := guessName(pkg); got != want {
			t.Errorf("guessName(%q) = %q, want %q", pkg, got, want)
		}
	}
	if got, want := mermaidText(`a "b" <c> #d`), "a #quot;b#quot; #lt;c#gt; #35;d"; got != want {
		t.Errorf("mermaidText = %q, want %q", got, want)
	}
}

// TestTargetsAndSameCall checks what the inventory says of a program that
// reads a photo, sends it to Baidu's face search and stores the template
// with gorm: the vendor and host of the face API, the capture that is the
// same call as the send, the tables of the gorm writes.
func TestTargetsAndSameCall(t *testing.T) {
	testdata, err := filepath.Abs(filepath.Join("..", "..", "testdata", "src"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	files := map[string]string{
		"go.mod": `module example.com/invtest

go 1.22

require (
	github.com/Kagami/go-face v0.0.0-20210630145111-0c14797b4d0e
	gorm.io/gorm v1.31.2
)

replace (
	github.com/Kagami/go-face => ` + filepath.Join(testdata, "github.com", "Kagami", "go-face") + `
	gorm.io/gorm => ` + filepath.Join(testdata, "gorm.io", "gorm") + `
)
`,
		"main.go": `// Command invtest enrols a face from a file.
package main

import (
	"bytes"
	"net/http"
	"os"

	face "github.com/Kagami/go-face"
	"gorm.io/gorm"

	"example.com/invtest/cam"
)

// Row is a stored face.
type Row struct {
	User     string
	Template []float32
}

var (
	db  *gorm.DB
	rec *face.Recognizer
)

func main() {
	go cam.Watch("door.jpg")
	img, _ := os.ReadFile(os.Args[1])
	http.Post("https://aip.baidubce.com/rest/2.0/face/v3/search", "image/jpeg", bytes.NewReader(img))
	faces, _ := rec.Recognize(img)
	db.Create(&Row{User: "u", Template: faces[0].Descriptor[:]})
	db.Table("face_templates").Create(&Row{Template: faces[0].Descriptor[:]})
}
`,
		"cam/cam.go": `// Package cam watches the door.
package cam

import (
	"bytes"
	"net/http"
	"os"
)

// Watch sends the door camera's picture to face detection.
func Watch(file string) {
	img, _ := os.ReadFile(file)
	http.Post("https://aip.baidubce.com/rest/2.0/face/v3/detect", "image/jpeg", bytes.NewReader(img))
}
`,
	}
	for name, content := range files {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	inv, err := analyse(dir)
	if err != nil {
		t.Fatal(err)
	}
	const search = "http.Post to Baidu AI Cloud face recognition (aip.baidubce.com/rest/2.0/face/v3/search)"
	baidu := destOf(t, inv, search)
	if baidu.Vendor != "Baidu AI Cloud face recognition" || baidu.Host != "aip.baidubce.com" || baidu.Transport != "TLS" || baidu.Service != "face API" {
		t.Errorf("Baidu = %s", mustJSON(baidu))
	}
	var file *Capture
	for _, c := range inv.Captures {
		if c.API == "os.ReadFile" && c.Location != nil && c.Location.File == "main.go" {
			file = c
		}
	}
	if file == nil {
		t.Fatalf("no os.ReadFile in main.go among %s", mustJSON(inv.Captures))
	}
	if file.Kind != "image file" || file.FaceAPI != search || !slices.Equal(sources(baidu), []string{file.ID}) {
		t.Errorf("the photo file = %s, Baidu's sources %v", mustJSON(file), sources(baidu))
	}
	call := captureOf(t, inv, search)
	if call.Kind != "cloud face API" || !slices.Equal(call.SameCall, []string{baidu.ID}) {
		t.Errorf("the face API capture = %s, want it the same call as %s", mustJSON(call), baidu.ID)
	}
	if len(call.Uses) != 1 || call.Uses[0].Entry != "the program's main" {
		t.Errorf("the capture in main: uses %s, want one, in the program's main", mustJSON(call.Uses))
	}
	detect := captureOf(t, inv, "http.Post to Baidu AI Cloud face recognition (aip.baidubce.com/rest/2.0/face/v3/detect)")
	if len(detect.Uses) != 1 || detect.Uses[0].Entry != "goroutine cam.Watch started in invtest.main" {
		t.Errorf("the capture in the goroutine: uses %s, want one, in the goroutine main starts", mustJSON(detect.Uses))
	}
	var targets []string
	for _, d := range inv.Destinations {
		if d.Kind == "storage" {
			targets = append(targets, d.API+" "+d.Target)
		}
	}
	if want := []string{"gorm.DB.Create model main.Row", "gorm.DB.Create face_templates"}; !slices.Equal(targets, want) {
		t.Errorf("stores %q, want %q", targets, want)
	}
	md := render(t, inv, "md")
	if !strings.Contains(md, "  "+call.ID+" -. same call .- "+baidu.ID+"\n") {
		t.Errorf("the Mermaid block does not link the capture and the send as the same call:\n%s", md)
	}
}
