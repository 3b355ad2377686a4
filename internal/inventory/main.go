package inventory

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/facelint/facelint/internal/driver"
)

// Formats are the output formats of the inventory.
var Formats = []string{"md", "html", "json"}

// Main runs `facelint inventory` with its arguments and returns the exit
// code: 0 when the inventory is written, 1 on errors, packages that do not
// load included (the inventory is then written, incomplete, and says so).
func Main(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("facelint inventory", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var opts driver.Options
	var format, output string
	driver.LoadFlags(fs, &opts)
	fs.StringVar(&format, "format", "", "output `format`: md (Markdown with a Mermaid diagram), html (a self-contained page with the diagram) or json; default: from the -o file's extension, else md")
	fs.StringVar(&output, "o", "", "write the inventory to `file` instead of standard output")
	fs.Usage = func() {
		fmt.Fprint(stderr, `usage: facelint inventory [flags] [packages]

Writes the face-data inventory of the packages (default ./...): capture
points, stores, third parties, logs and responses with the paths between
them, face verifications, the open findings by article, and a data-flow
diagram. See docs/inventory.md.

Exit codes: 0 the inventory is written; 1 errors (bad flags or
configuration, packages that do not load or type-check: the inventory is
then written without them and lists them).

flags:
`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return driver.ExitClean
		}
		return driver.ExitError
	}
	fail := func(err error) int {
		fmt.Fprintf(stderr, "facelint inventory: %v\n", err)
		return driver.ExitError
	}
	if format == "" {
		format = "md"
		switch strings.ToLower(filepath.Ext(output)) {
		case ".html", ".htm":
			format = "html"
		case ".json":
			format = "json"
		}
	}
	if !isFormat(format) {
		return fail(fmt.Errorf("-format %s: want one of %s", format, strings.Join(Formats, ", ")))
	}
	opts.Patterns = fs.Args()
	if len(opts.Patterns) == 0 {
		opts.Patterns = []string{"./..."}
	}
	opts.Engine = true
	res, err := driver.Analyze(opts)
	if err != nil {
		return fail(err)
	}
	for _, w := range res.Warnings {
		fmt.Fprintf(stderr, "facelint inventory: warning: %s\n", w)
	}
	inv, err := Build(res, opts.Patterns)
	if err != nil {
		return fail(err)
	}
	if err := driver.WriteOutput(stdout, output, func(w io.Writer) error { return Write(w, inv, format) }); err != nil {
		return fail(err)
	}
	if len(res.LoadErrors) > 0 {
		for _, e := range res.LoadErrors {
			fmt.Fprintf(stderr, "facelint inventory: %s\n", e)
		}
		fmt.Fprintf(stderr, "facelint inventory: %d packages or patterns not analysed: the inventory is incomplete (exit code 1)\n", len(res.LoadErrors))
		return driver.ExitError
	}
	return driver.ExitClean
}

func isFormat(f string) bool {
	for _, known := range Formats {
		if f == known {
			return true
		}
	}
	return false
}

// Write writes the inventory in a format: "md", "html" or "json".
func Write(w io.Writer, inv *Inventory, format string) error {
	switch format {
	case "md":
		return writeMarkdown(w, inv)
	case "html":
		return writeHTML(w, inv)
	case "json":
		return writeJSON(w, inv)
	}
	return fmt.Errorf("unknown format %q", format)
}

func writeJSON(w io.Writer, inv *Inventory) error {
	data, err := json.MarshalIndent(inv, "", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", data)
	return err
}
