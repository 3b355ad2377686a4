// Command gen writes facelint's rule documentation, docs/rules, from the
// embedded rule set. Run it with go generate ./internal/ruledocs.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/facelint/facelint/internal/ruledocs"
	"github.com/facelint/facelint/rules"
)

func main() {
	out := flag.String("out", filepath.Join("docs", "rules"), "directory to write the documentation to")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("ruledocs/gen: ")
	if err := write(*out); err != nil {
		log.Fatal(err)
	}
}

// write writes the documentation files into dir and removes the Markdown
// files there that are no longer generated (rules that were removed).
func write(dir string) error {
	set, err := rules.Default()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	keep := map[string]bool{}
	for _, f := range ruledocs.Files(set) {
		keep[f.Name] = true
		if err := os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o644); err != nil {
			return err
		}
	}
	old, err := filepath.Glob(filepath.Join(dir, "*.md"))
	if err != nil {
		return err
	}
	for _, name := range old {
		if !keep[filepath.Base(name)] {
			if err := os.Remove(name); err != nil {
				return fmt.Errorf("removing stale page: %w", err)
			}
		}
	}
	return nil
}
