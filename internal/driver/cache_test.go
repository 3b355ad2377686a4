package driver_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/facelint/facelint/analyzers/faceconfig"
	"github.com/facelint/facelint/internal/driver"
	"github.com/facelint/facelint/internal/factcache"
	"github.com/facelint/facelint/internal/testmodule"
)

// TestMain gives the tests a cache of facts of their own, shared by the
// tests of the package: the first analysis of the standard library's
// packages fills it, the others read it.
func TestMain(m *testing.M) { os.Exit(testmodule.RunWithCache(m)) }

// libModule is a module that uses a dependency it replaces with a local
// directory (third-party code, analysed for summaries only): the finding
// exists only through the summary of facelib.Encode, which passes its
// input on, and of facelib.Capture, a source when the configuration says
// that facelib's read is one.
var libModule = map[string]string{
	"go.mod": "module example.com/app\n\ngo 1.22\n\nrequire example.com/facelib v1.0.0\n\nreplace example.com/facelib => ./facelib\n",
	"app/app.go": `package app

import (
	"log"
	"net/http"

	"example.com/facelib"
)

// Upload logs the selfie of a request, encoded, and a captured frame.
func Upload(w http.ResponseWriter, r *http.Request) {
	f, _, _ := r.FormFile("selfie")
	var buf [64]byte
	f.Read(buf[:])
	log.Println(facelib.Encode(buf[:]))
	log.Println(facelib.Capture())
}
`,
	"facelib/go.mod": "module example.com/facelib\n\ngo 1.22\n",
	"facelib/facelib.go": `package facelib

import "encoding/base64"

// Encode encodes data in base64.
func Encode(data []byte) string { return base64.StdEncoding.EncodeToString(data) }

// Capture returns what read returns.
func Capture() []byte { return read() }

func read() []byte { return make([]byte, 8) }
`,
}

// writeLibModule writes libModule into a new directory.
func writeLibModule(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range libModule {
		write(t, filepath.Join(dir, name), content)
	}
	return dir
}

// sourceConfig makes facelib's read a camera source.
const sourceConfig = `[[source]]
funcs = ["example.com/facelib.read"]
label = "image"
capture = true
what = "facelib camera frame"
`

// analyse runs the driver on dir and returns its text output and the
// counts of packages it loaded each way.
func analyse(t *testing.T, dir string, patterns ...string) (string, driver.PackageCounts) {
	t.Helper()
	res, err := driver.Analyze(driver.Options{Dir: dir, Patterns: patterns})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	for _, format := range []string{"text", "json", "sarif"} {
		if err := driver.Print(&out, res, format); err != nil {
			t.Fatal(err)
		}
	}
	return out.String(), res.Packages
}

// freshCache points the cache at a new directory for the rest of the test.
func freshCache(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	t.Setenv(factcache.EnvVar, dir)
	return dir
}

// TestCachedFacts checks that a second run, which takes the facts of the
// dependency and of the standard library, and the diagnostics of app, from
// the cache, prints exactly what the first printed, in every format.
func TestCachedFacts(t *testing.T) {
	freshCache(t)
	dir := writeLibModule(t)
	cold, coldCounts := analyse(t, dir, "./...")
	if !strings.Contains(cold, "app/app.go:15:2: [FR101]") || !strings.Contains(cold, "facelib.Encode") {
		t.Fatalf("no FR101 finding through facelib.Encode:\n%s", cold)
	}
	warm, warmCounts := analyse(t, dir, "./...")
	if warm != cold {
		t.Errorf("second run printed\n%s\nfirst run\n%s", warm, cold)
	}
	if coldCounts.Cached != 0 || warmCounts.Analysed != 0 || warmCounts.Cached == 0 {
		t.Errorf("packages analysed / cached: first run %+v, second run %+v; want all analysed, then none", coldCounts, warmCounts)
	}

	// An edit of app analyses app again, and app alone.
	app := filepath.Join(dir, "app", "app.go")
	write(t, app, strings.Replace(libModule["app/app.go"], "\tlog.Println(facelib.Encode(buf[:]))\n", "", 1))
	later := time.Now().Add(time.Second)
	os.Chtimes(app, later, later)
	edited, counts := analyse(t, dir, "./...")
	if strings.Contains(edited, "[FR101] face image (name-based source)") || counts.Analysed != 1 {
		t.Errorf("after app's log of the selfie was removed (%+v):\n%s", counts, edited)
	}
}

// TestCacheOff checks that FACELINT_CACHE=off analyses every package and
// prints the same.
func TestCacheOff(t *testing.T) {
	freshCache(t)
	dir := writeLibModule(t)
	want, _ := analyse(t, dir, "./...")
	t.Setenv(factcache.EnvVar, "off")
	got, counts := analyse(t, dir, "./...")
	if got != want || counts.Cached != 0 {
		t.Errorf("without a cache (%+v):\n%s\nwant\n%s", counts, got, want)
	}
}

// TestCacheInvalidation edits what the dependency's facts depend on (its
// source, then the configuration) between runs: each run must report what
// a run without a cache reports.
func TestCacheInvalidation(t *testing.T) {
	freshCache(t)
	dir := writeLibModule(t)
	config := filepath.Join(t.TempDir(), "facelint.toml")
	write(t, config, "")
	configFlag := faceconfig.Analyzer.Flags.Lookup("config")
	defer configFlag.Value.Set("")
	if err := configFlag.Value.Set(config); err != nil {
		t.Fatal(err)
	}
	lib := filepath.Join(dir, "facelib", "facelib.go")
	steps := []struct {
		name          string
		edit          func()
		encode, frame bool // FR101 reported through Encode, for the captured frame
	}{
		{name: "first run", encode: true},
		{name: "Encode returns a constant", edit: func() {
			write(t, lib, strings.Replace(libModule["facelib/facelib.go"], "return base64.StdEncoding.EncodeToString(data)", `_ = base64.StdEncoding; return "x"`, 1))
		}},
		{name: "read declared a source", edit: func() { write(t, config, sourceConfig) }, frame: true},
		{name: "source removed", edit: func() { write(t, config, "# nothing\n") }},
		{name: "Encode restored", edit: func() { write(t, lib, libModule["facelib/facelib.go"]) }, encode: true},
	}
	for i, s := range steps {
		if s.edit != nil {
			s.edit()
			// A later modification time, as a real edit has.
			later := time.Now().Add(time.Duration(i) * time.Second)
			os.Chtimes(lib, later, later)
		}
		got, _ := analyse(t, dir, "./...")
		encode := strings.Contains(got, "app/app.go:15:2: [FR101]")
		frame := strings.Contains(got, "[FR101] face image from facelib.Capture")
		if encode != s.encode || frame != s.frame {
			t.Errorf("%s: finding through Encode %v, on the frame %v; want %v, %v\n%s", s.name, encode, frame, s.encode, s.frame, got)
		}
	}
}

// TestCorruptCache damages entries of the cache: the next run must report
// the same, analysing what it cannot read.
func TestCorruptCache(t *testing.T) {
	cache := freshCache(t)
	dir := writeLibModule(t)
	want, _ := analyse(t, dir, "./...")
	damage := func(suffix string) int {
		n := 0
		filepath.WalkDir(cache, func(path string, d os.DirEntry, err error) error {
			if err == nil && strings.HasSuffix(path, suffix) {
				data, _ := os.ReadFile(path)
				os.WriteFile(path, data[:len(data)/2], 0o644)
				n++
			}
			return nil
		})
		return n
	}
	// Every entry: app's diagnostics do not read, so app is analysed, and
	// so is every package below it, whose facts do not read.
	if damage("") == 0 {
		t.Fatal("the first run cached nothing")
	}
	got, counts := analyse(t, dir, "./...")
	if got != want || counts.Cached != 0 || counts.TypesOnly != 0 {
		t.Errorf("with a damaged cache (%+v):\n%s\nwant\n%s", counts, got, want)
	}
	// The facts only, and app edited so that it is analysed: what is
	// below app is analysed again.
	damage("-f")
	app := filepath.Join(dir, "app", "app.go")
	write(t, app, libModule["app/app.go"]+"\n// edited\n")
	later := time.Now().Add(time.Second)
	os.Chtimes(app, later, later)
	got, counts = analyse(t, dir, "./...")
	if got != want || counts.Cached != 0 || counts.TypesOnly != 0 {
		t.Errorf("with damaged facts (%+v):\n%s\nwant\n%s", counts, got, want)
	}
}
