package main

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/facelint/facelint/rules"
)

// TestUpToDate regenerates the table of docs/models.md in memory and
// compares it with the file.
func TestUpToDate(t *testing.T) {
	set, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := os.ReadFile("../../docs/models.md")
	if err != nil {
		t.Fatal(err)
	}
	want, err := splice(doc, table(set))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(doc, want) {
		t.Error("the table of docs/models.md is out of date: run go run ./scripts/modeldocs")
	}
}

// TestTable checks that every pinned module has a row with its version,
// and that a model file's functions are counted on their module's row.
func TestTable(t *testing.T) {
	set, err := rules.LoadData("extra.toml", []byte(`
[[module]]
path = "example.com/sdk"
version = "v1.2.3"

[[sink]]
funcs = ["(*example.com/sdk/kv.Store).Put", "example.com/sdk.Send"]
kind = "storage"
payload = ["arg1"]
ttl = "arg2"

[[insecure]]
fields = ["example.com/sdk.Options.Plain"]
what = "plaintext SDK"
`))
	if err != nil {
		t.Fatal(err)
	}
	got := string(table(set))
	for _, m := range set.Modules {
		if !strings.Contains(got, "| `"+m.Path+"` | "+m.Version+" |") {
			t.Errorf("no row for %s %s", m.Path, m.Version)
		}
	}
	const row = "| [extra.toml](../extra.toml) | `example.com/sdk` | v1.2.3 | 3 | storage sink with TTL, plaintext transport: plaintext SDK |\n"
	if !strings.Contains(got, row) {
		t.Errorf("table:\n%s\nwant the row\n%s", got, row)
	}
}

func TestSplice(t *testing.T) {
	got, err := splice([]byte("a\n"+begin+"old\n"+end+"b\n"), []byte("new\n"))
	if err != nil || string(got) != "a\n"+begin+"new\n"+end+"b\n" {
		t.Errorf("splice: %q, %v", got, err)
	}
	if _, err := splice([]byte("no markers\n"), nil); err == nil {
		t.Error("splice without markers: no error")
	}
}
