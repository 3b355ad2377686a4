package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/mod/module"
	"golang.org/x/tools/txtar"

	"github.com/facelint/facelint/rules"
)

// fakeModules are the modules the tests check against, as the module
// proxy would serve them. example.com/cam requires example.com/wire, whose
// Conn it embeds.
const fakeModules = `
-- example.com/cam@v1.2.0/go.mod --
module example.com/cam

require example.com/wire v0.3.0
-- example.com/cam@v1.2.0/cam.go --
package cam

import (
	"example.com/cam/base"
	wire "example.com/wire"
)

// Device embeds a struct of another package of the module, one of another
// module, and one of its own.
type Device struct {
	base.Conn
	*wire.Link
	inner
	Name  string
	Photo []byte
}

type inner struct{ Serial string }

func (d *Device) Snap(ctx any, n int) ([]byte, error) { return nil, nil }

func (d Device) Label() string { return d.Name }

func (d *Device) Reset() {}

func Open(name string, opts ...Option) (*Device, error) { return nil, nil }

type Option func(*Device)

// Stream embeds Reader, which embeds the predeclared error.
type Stream interface {
	Reader
	Close() error
}

type Reader interface {
	error
	Read(p []byte) (n int, err error)
}

type Frame = Device

type Kind int

// Config is plaintext unless Net.TLS.Enable is set.
type Config struct {
	Net struct {
		TLS struct {
			Enable bool
		}
	}
	base.Conn
}

func NewConfig() *Config { return nil }

// Request is what Upload sends.
type Request struct {
	Body  []byte
	Parts []Part
}

type Part struct{ Data []byte }

func Upload(ctx any, req *Request, more ...*Request) error { return nil }

func Handle(pattern string, h func(ctx any, in *Request) (*Request, error)) {}

type HandlerFunc func(ctx any, in *Request) error

func HandleFunc(pattern string, h HandlerFunc) {}

func Generic[T any](pattern string, h T) {}
-- example.com/cam@v1.2.0/cam_cgo.go --
package cam

// #include <camera.h>
import "C"

func Capture() []byte { return C.GoBytes(C.grab(), 4) }
-- example.com/cam@v1.2.0/cam_windows.go --
package cam

func OpenWindows() {}
-- example.com/cam@v1.2.0/base/base.go --
package base

type Conn struct{ Addr string }

func (c *Conn) Send(b []byte) error { return nil }
-- example.com/wire@v0.3.0/go.mod --
module example.com/wire
-- example.com/wire@v0.3.0/wire.go --
package wire

type Link struct{}

func (l *Link) Flush(force bool) error { return nil }
`

// fakeFetcher serves modules from directories, and refuses the others as
// a proxy would.
type fakeFetcher map[module.Version]string

func (f fakeFetcher) fetch(mods []module.Version) (map[module.Version]string, map[module.Version]error) {
	dirs, errs := map[module.Version]string{}, map[module.Version]error{}
	for _, m := range mods {
		if d, ok := f[m]; ok {
			dirs[m] = d
		} else {
			errs[m] = errors.New("410 Gone")
		}
	}
	return dirs, errs
}

// writeTree writes a txtar archive under dir.
func writeTree(t *testing.T, dir, archive string) {
	t.Helper()
	fsys, err := txtar.FS(txtar.Parse([]byte(archive)))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.CopyFS(dir, fsys); err != nil {
		t.Fatal(err)
	}
}

// setup writes the fake modules and returns a world that serves them.
func setup(t *testing.T) (*world, string) {
	t.Helper()
	dir := t.TempDir()
	writeTree(t, filepath.Join(dir, "mod"), fakeModules)
	f := fakeFetcher{
		{Path: "example.com/cam", Version: "v1.2.0"}:  filepath.Join(dir, "mod", "example.com", "cam@v1.2.0"),
		{Path: "example.com/wire", Version: "v0.3.0"}: filepath.Join(dir, "mod", "example.com", "wire@v0.3.0"),
	}
	root, err := goroot()
	if err != nil {
		t.Fatal(err)
	}
	return newWorld(root, f), dir
}

// checkModels checks a model file against the fake modules and returns
// the problems.
func checkModels(t *testing.T, models string) []string {
	t.Helper()
	w, dir := setup(t)
	file := filepath.Join(dir, "models.toml")
	if err := os.WriteFile(file, []byte(models), 0o644); err != nil {
		t.Fatal(err)
	}
	set, err := rules.LoadData(file, []byte(models))
	if err != nil {
		t.Fatal(err)
	}
	c := newChecker(dir, w)
	c.checkSet(set, func(f string) bool { return f == file }, true)
	c.sortProblems()
	var got []string
	for _, p := range c.problems {
		got = append(got, strings.TrimPrefix(p.String(), dir+string(filepath.Separator)))
	}
	return got
}

const pin = "[[module]]\npath = \"example.com/cam\"\nversion = \"v1.2.0\"\n\n"

func TestModels(t *testing.T) {
	tests := []struct {
		name   string
		models string
		want   []string // problems, file:line:col: message
	}{
		{
			name: "names that exist",
			models: pin + `[[source]]
funcs = [
  "(*example.com/cam.Device).Snap", "(example.com/cam.Device).Label", "(*example.com/cam.Device).Label",
  "example.com/cam.Capture",
]
label = "image"
capture = true

[[sink]]
funcs = ["(*example.com/cam.Device).Send", "(*example.com/cam.Device).Flush", "(example.com/cam.Stream).Read"]
kind = "network"
payload = ["recv", "arg0"]

[[verifier]]
funcs = ["(example.com/cam.Stream).Error"]
kind = "face"

[[propagator]]
funcs = ["example.com/cam.Open", "fmt.Sprintf"]
from = ["arg0", "variadic"]
to = ["result0"]

[[facedata]]
types = ["example.com/cam.Device", "example.com/cam.Kind"]
fields = ["example.com/cam.Device.Photo", "example.com/cam/base.Conn.Addr", "net/http.Request.Body"]
label = "image"
`,
		},
		{
			name: "missing names",
			models: pin + `[[source]]
funcs = ["example.com/cam.Snapshot", "(*example.com/cam.Device).Shoot", "(*example.com/cam.Camera).Snap", "example.com/cam.OpenWindows", "(example.com/cam.Stream).Write"]
label = "image"

[[facedata]]
types = ["example.com/cam.Frame", "example.com/cam.Open"]
fields = ["example.com/cam.Device.Serial", "example.com/cam.Device.Face", "example.com/cam.Kind.X"]
label = "image"
`,
			want: []string{
				`models.toml:6:10: source: example.com/cam.Snapshot: no function example.com/cam.Snapshot in example.com/cam@v1.2.0`,
				`models.toml:6:38: source: (*example.com/cam.Device).Shoot: no method Shoot of example.com/cam.Device in example.com/cam@v1.2.0`,
				`models.toml:6:73: source: (*example.com/cam.Camera).Snap: no type Camera in example.com/cam in example.com/cam@v1.2.0`,
				`models.toml:6:107: source: example.com/cam.OpenWindows: no function example.com/cam.OpenWindows in example.com/cam@v1.2.0`,
				`models.toml:6:138: source: (example.com/cam.Stream).Write: no method Write of example.com/cam.Stream in example.com/cam@v1.2.0`,
				`models.toml:10:10: facedata: example.com/cam.Frame: example.com/cam.Frame is an alias of Device: name the type it stands for`,
				`models.toml:10:35: facedata: example.com/cam.Open: example.com/cam.Open is a function, not a type, in example.com/cam@v1.2.0`,
				`models.toml:11:11: facedata: example.com/cam.Device.Serial: field Serial of example.com/cam.Device is promoted from example.com/cam.inner: name it example.com/cam.inner.Serial, the type that declares it`,
				`models.toml:11:44: facedata: example.com/cam.Device.Face: no field Face in example.com/cam.Device in example.com/cam@v1.2.0`,
				`models.toml:11:75: facedata: example.com/cam.Kind.X: example.com/cam.Kind is not a struct type in example.com/cam@v1.2.0`,
			},
		},
		{
			name: "function types and channels",
			models: pin + `[[sink]]
funcs = ["example.com/cam.Option", "example.com/cam.Kind"]
kind = "storage"
payload = ["arg0", "arg1"]

[[sink]]
funcs = ["example.com/cam.Open"]
kind = "network"
payload = ["sent"]
`,
			want: []string{
				`models.toml:6:10: sink: example.com/cam.Option: payload role "arg1": it has 1 parameter`,
				`models.toml:6:36: sink: example.com/cam.Kind: a type, not a function or function type: example.com/cam.Kind in example.com/cam@v1.2.0`,
				`models.toml:11:10: sink: example.com/cam.Open: payload role "sent": it does not return one channel`,
			},
		},
		{
			name: "wrong roles",
			models: pin + `[[sink]]
funcs = ["(*example.com/cam.Device).Snap"]
kind = "storage"
payload = ["arg2", "variadic"]
ttl = "result2"

[[propagator]]
funcs = ["example.com/cam.Open"]
from = ["recv"]
to = ["arg2"]

[[source]]
funcs = ["(*example.com/cam.Device).Reset"]
label = "image"
`,
			want: []string{
				`models.toml:6:10: sink: (*example.com/cam.Device).Snap: payload role "arg2": it has 2 parameters`,
				`models.toml:6:10: sink: (*example.com/cam.Device).Snap: payload role "variadic": it is not variadic`,
				`models.toml:6:10: sink: (*example.com/cam.Device).Snap: ttl role "result2": it has 2 results`,
				`models.toml:12:10: propagator: example.com/cam.Open: from role "recv": a function has no receiver`,
				`models.toml:12:10: propagator: example.com/cam.Open: to role "arg2": it has 2 parameters`,
				`models.toml:17:10: source: (*example.com/cam.Device).Reset: out (default) role "result": it has no results`,
			},
		},
		{
			name: "packages and pins",
			models: pin + "[[module]]\npath = \"example.com/gone\"\nversion = \"v1.0.0\"\n\n" + `[[guard]]
funcs = ["example.com/other.Check", "example.com/cam/nothere.Check", "example.com/gone.Check", "C.grab", "net/htttp.Get"]
kind = "consent"

[[insecure]]
funcs = ["(*example.com/cam.Stream).Read"]
`,
			want: []string{
				`models.toml:5:1: module example.com/gone@v1.0.0 cannot be downloaded, its names are not checked: 410 Gone`,
				`models.toml:10:10: guard: example.com/other.Check: package example.com/other is in no [[module]] of ` + "MODELS",
				`models.toml:10:37: guard: example.com/cam/nothere.Check: package example.com/cam/nothere does not exist in example.com/cam@v1.2.0`,
				`models.toml:10:106: guard: net/htttp.Get: package net/htttp is not in the standard library (GOROOT/src)`,
				`models.toml:14:10: insecure: (*example.com/cam.Stream).Read: example.com/cam.Stream is an interface, which has no pointer methods: write (example.com/cam.Stream).Read`,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checkModels(t, tt.models)
			for i, g := range got {
				// Absolute paths differ from run to run.
				if i := strings.Index(g, "of /"); i >= 0 && strings.HasSuffix(g, "models.toml") {
					g = g[:i] + "of MODELS"
				}
				if i := strings.Index(g, "standard library ("); i >= 0 {
					g = g[:i] + "standard library (GOROOT/src)"
				}
				got[i] = g
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestNewerTables checks the names of the tables that describe candidates,
// metadata, request binding, reads at rest, views, entry points, secure
// settings and forks: field paths of roles and of unless, handler ports.
func TestNewerTables(t *testing.T) {
	models := pin + `[[carrier]]
funcs = ["example.com/cam.Capture", "example.com/cam.Nope"]
fields = ["example.com/cam.Device.Photo", "example.com/cam.Device.Nope"]
capture = true

[[metadata]]
funcs = ["(example.com/cam.Device).Label"]
fields = ["example.com/cam.Request.Size"]

[[bind]]
funcs = ["example.com/cam.Upload"]
out = ["arg1.Body", "arg1.Parts.Data", "variadic.Body", "arg1.Nope", "arg0.X", "arg1.Body.Len"]
from = ["arg3"]

[[read]]
funcs = ["(*example.com/cam.Device).Snap"]
out = ["result0", "recv.Photo", "recv.Addr"]
key = "arg2"

[[view]]
funcs = ["example.com/cam.Capture"]
of = "arg0"

[[entrypoint]]
funcs = ["example.com/cam.Handle", "example.com/cam.HandleFunc"]
handler = "arg1"
request = ["param1"]
response = ["result0", "param2", "result1"]

[[entrypoint]]
funcs = ["example.com/cam.Generic"]
handler = "arg1"
request = ["param9"]

[[entrypoint]]
embeds = ["Unimplemented*Server"]
request = ["param1"]

[[insecure]]
funcs = ["example.com/cam.NewConfig"]
unless = [
  "example.com/cam.Config.Net.TLS.Enable", "example.com/cam.Config.Net.SSL.Enable",
  "example.com/cam.Config.Addr", "example.com/cam.Setting.On", "example.com/cam.Config.Net.TLS.Enable.X",
]

[[fork]]
of = "example.com/cam"
package = "camera"
types = ["Device", "Frame", "Lens"]
`
	want := []string{
		`models.toml:6:37: carrier: example.com/cam.Nope: no function example.com/cam.Nope in example.com/cam@v1.2.0`,
		`models.toml:7:43: carrier: example.com/cam.Device.Nope: no field Nope in example.com/cam.Device in example.com/cam@v1.2.0`,
		`models.toml:12:11: metadata: example.com/cam.Request.Size: no field Size in example.com/cam.Request in example.com/cam@v1.2.0`,
		`models.toml:15:10: bind: example.com/cam.Upload: out role "arg1.Nope": no field Nope in arg1 (*Request)`,
		`models.toml:15:10: bind: example.com/cam.Upload: out role "arg0.X": arg0 is not a struct (any)`,
		`models.toml:15:10: bind: example.com/cam.Upload: out role "arg1.Body.Len": arg1.Body is not a struct ([]byte)`,
		`models.toml:15:10: bind: example.com/cam.Upload: from role "arg3": it has 3 parameters`,
		`models.toml:20:10: read: (*example.com/cam.Device).Snap: out role "recv.Addr": field Addr of recv is promoted from an embedded field: name the path through it`,
		`models.toml:20:10: read: (*example.com/cam.Device).Snap: key role "arg2": it has 2 parameters`,
		`models.toml:25:10: view: example.com/cam.Capture: of role "arg0": it has 0 parameters`,
		`models.toml:29:10: entrypoint: example.com/cam.Handle: port "param2": the handler (func(any, *Request) (*Request, error)) has 2 parameters`,
		`models.toml:29:36: entrypoint: example.com/cam.HandleFunc: port "param2": the handler (HandlerFunc) has 2 parameters`,
		`models.toml:29:36: entrypoint: example.com/cam.HandleFunc: port "result1": the handler (HandlerFunc) has 1 result`,
		`models.toml:46:44: insecure: example.com/cam.Config.Net.SSL.Enable: no field SSL in example.com/cam.Config.Net (struct{TLS struct{Enable bool}}), in example.com/cam@v1.2.0`,
		`models.toml:47:3: insecure: example.com/cam.Config.Addr: field Addr of example.com/cam.Config is promoted from an embedded field: name the path through it, in example.com/cam@v1.2.0`,
		`models.toml:47:34: insecure: example.com/cam.Setting.On: no type Setting in example.com/cam in example.com/cam@v1.2.0`,
		`models.toml:47:64: insecure: example.com/cam.Config.Net.TLS.Enable.X: example.com/cam.Config.Net.TLS.Enable is not a struct (bool), in example.com/cam@v1.2.0`,
		`models.toml:51:6: fork: example.com/cam: the package is named cam, not camera, in example.com/cam@v1.2.0`,
		`models.toml:53:20: fork: Frame: example.com/cam.Frame is an alias: a fork is recognised by the types it declares`,
		`models.toml:53:29: fork: Lens: example.com/cam declares no type Lens in example.com/cam@v1.2.0`,
	}
	got := checkModels(t, models)
	if !slices.Equal(got, want) {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestCgoNote checks that names of C functions and types are skipped
// with a note.
func TestCgoNote(t *testing.T) {
	w, dir := setup(t)
	set, err := rules.LoadData("models.toml", []byte(pin+"[[guard]]\nfuncs = [\"C.grab\"]\nkind = \"consent\"\n\n[[facedata]]\ntypes = [\"C.frame\"]\nlabel = \"image\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	c := newChecker(dir, w)
	c.checkSet(set, func(f string) bool { return f == "models.toml" }, true)
	if len(c.problems) != 0 || len(c.notes) != 2 || !strings.Contains(c.notes[0], "C.grab: a cgo C name, not checked") || !strings.Contains(c.notes[1], "C.frame: a cgo C name") {
		t.Errorf("problems %v, notes %v; want no problem and notes on C.grab and C.frame", c.problems, c.notes)
	}
}

// fakeStubs are analyzer-test stubs of example.com/cam: some agree with
// the real module, some do not.
const fakeStubs = `
-- example.com/cam/cam.go --
package cam

import "example.com/cam/base"

type Device struct {
	base.Conn
	Name  int
	Photo []byte
	Color bool
}

// Snap takes an int64 where the real one takes an int.
func (d *Device) Snap(c interface{}, n int64) ([]byte, error) { return nil, nil }

// Label has a pointer receiver where the real one has a value receiver.
func (d *Device) Label() string { return "" }

// Flush is promoted from wire.Conn in the real package.
func (d *Device) Flush(force bool) error { return nil }

// Open agrees: parameter names and interface{} do not matter.
func Open(n string, o ...Option) (d *Device, err error) { return nil, nil }

func Missing() {}

type Option func(*Device)

type Stream struct{}

type Reader interface {
	Read(b []byte) (int, error)
	Error() string
	Peek() byte
}

type Frame Device

type Kind string

// nop is the stub's own helper.
type nop struct{}

func (nop) Write(p []byte) (int, error) { return len(p), nil }
-- example.com/cam/base/base.go --
package base

type Conn struct{ Addr string }

func (c *Conn) Send(b []byte) error { return nil }
-- example.org/unpinned/x.go --
package unpinned

func Anything() {}
`

func TestStubs(t *testing.T) {
	w, dir := setup(t)
	stubs := filepath.Join(dir, "testdata", "src")
	writeTree(t, stubs, fakeStubs)
	c := newChecker(dir, w)
	c.checkStubs(stubs, map[string]string{"example.com/cam": "v1.2.0"})
	c.sortProblems()
	var got []string
	for _, p := range c.problems {
		got = append(got, p.String())
	}
	const at = "testdata/src/example.com/cam/cam.go:"
	const in = " in example.com/cam@v1.2.0"
	want := []string{
		at + "7:2: field Name of example.com/cam.Device has type int; the real one has string" + in,
		at + "9:2: field Color of example.com/cam.Device does not exist" + in,
		at + "13:1: method Snap(any, int64) ([]byte, error) of example.com/cam.Device differs from the real Snap(any, int) ([]byte, error)" + in,
		at + "16:1: method Label of example.com/cam.Device has a pointer receiver; the real one has a value receiver" + in,
		at + "19:1: method Flush is declared on example.com/cam.Device in the stub but promoted from example.com/wire.Link" + in,
		at + "24:1: func example.com/cam.Missing does not exist" + in,
		at + "28:6: type Stream is a struct in the stub, not" + in,
		at + "33:2: method Peek of interface example.com/cam.Reader does not exist" + in,
		at + "36:6: type Frame: a defined type in the stub, an alias" + in,
		at + "38:6: type Kind string differs from the real type Kind int" + in,
	}
	if !slices.Equal(got, want) {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if c.stubPkgs != 2 {
		t.Errorf("%d stub packages checked, want 2 (example.com/cam and its base)", c.stubPkgs)
	}
	var notes bytes.Buffer
	for _, n := range c.notes {
		notes.WriteString(n + "\n")
	}
	for _, want := range []string{"stub package example.org/unpinned belongs to no pinned module", "method Write of the stub's own unexported type nop"} {
		if !strings.Contains(notes.String(), want) {
			t.Errorf("notes:\n%swant one with %q", notes.String(), want)
		}
	}
}

// TestEmbeddedPins checks, offline, that every non-standard package the
// embedded models name is covered by a [[module]] of the same file: the
// part of the real check that needs no download.
func TestEmbeddedPins(t *testing.T) {
	set, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	mods := map[string][]*rules.Module{}
	for _, m := range set.Modules {
		mods[m.Pos.File] = append(mods[m.Pos.File], m)
	}
	for _, e := range entries(set) {
		var pkgs []string
		for _, s := range e.funcs {
			f, _ := rules.ParseFunc(s)
			pkgs = append(pkgs, f.Pkg)
		}
		for _, s := range e.types {
			tn, _ := rules.ParseType(s)
			pkgs = append(pkgs, tn.Pkg)
		}
		for _, s := range e.fields {
			fn, _ := rules.ParseField(s)
			pkgs = append(pkgs, fn.Type.Pkg)
		}
		for _, p := range pkgs {
			if !rules.IsStd(p) && rules.Owner(mods[e.pos.File], p) == nil {
				t.Errorf("%s: %s names package %s, which no [[module]] of the file covers", e.pos, e.section, p)
			}
		}
	}
	for file, ms := range mods {
		if strings.HasSuffix(file, "/std.toml") {
			t.Errorf("%s pins modules: the standard library is checked against GOROOT", file)
		}
		if len(ms) == 0 {
			t.Errorf("%s pins no module", file)
		}
	}
}
