package inventory

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the example's diagram in docs/inventory.md and docs/inventory-example.svg")

// diagramMarker precedes the example's Mermaid block in docs/inventory.md.
const diagramMarker = "<!-- inventory: the example's diagram, checked by TestDocs -->"

// excerpt matches the excerpts of the example's inventory that the README
// and docs/inventory.md quote.
var excerpt = regexp.MustCompile(`(?s)<!-- inventory: excerpt -->\n(.*?)<!-- /inventory: excerpt -->`)

// TestDocs checks that docs/inventory.md and README.md show the example's
// inventory as facelint makes it: the Mermaid diagram, the SVG picture
// (docs/inventory-example.svg) and the quoted lines. After a change of the
// engine's results on the example, run
//
//	go test ./internal/inventory -run TestDocs -update
//
// and read the difference.
func TestDocs(t *testing.T) {
	inv := example(t)
	md := render(t, inv, "md")
	g := newGraph(inv)
	root := filepath.Join("..", "..")

	docsPath := filepath.Join(root, "docs", "inventory.md")
	docs, err := os.ReadFile(docsPath)
	if err != nil {
		t.Fatal(err)
	}
	block := regexp.MustCompile("(?s)" + regexp.QuoteMeta(diagramMarker) + "\n```mermaid\n(.*?)```")
	m := block.FindStringSubmatchIndex(string(docs))
	if m == nil {
		t.Fatalf("docs/inventory.md has no Mermaid block after %s", diagramMarker)
	}
	if got, want := string(docs[m[2]:m[3]]), g.mermaid(); got != want {
		if *update {
			docs = []byte(string(docs[:m[2]]) + want + string(docs[m[3]:]))
			if err := os.WriteFile(docsPath, docs, 0o644); err != nil {
				t.Fatal(err)
			}
		} else {
			t.Errorf("the diagram in docs/inventory.md is not the example's; run go test ./internal/inventory -run TestDocs -update\ngot:\n%s\nwant:\n%s", got, want)
		}
	}

	svgPath := filepath.Join(root, "docs", "inventory-example.svg")
	want := g.svg() + "\n"
	if got, err := os.ReadFile(svgPath); err != nil || string(got) != want {
		if *update {
			if err := os.WriteFile(svgPath, []byte(want), 0o644); err != nil {
				t.Fatal(err)
			}
		} else {
			t.Errorf("docs/inventory-example.svg is not the example's diagram (%v); run go test ./internal/inventory -run TestDocs -update", err)
		}
	}

	lines := map[string]bool{}
	for _, l := range strings.Split(md, "\n") {
		lines[l] = true
	}
	for _, name := range []string{filepath.Join(root, "README.md"), docsPath} {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		found := excerpt.FindAllStringSubmatch(string(data), -1)
		if len(found) == 0 {
			t.Errorf("%s quotes no excerpt of the example's inventory", name)
		}
		for _, e := range found {
			for _, l := range strings.Split(strings.Trim(e[1], "\n"), "\n") {
				if l != "" && l != "…" && !strings.HasPrefix(l, "```") && !lines[l] {
					t.Errorf("%s quotes a line the example's inventory does not have:\n%s", name, l)
				}
			}
		}
	}
}
