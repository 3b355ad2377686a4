package lsp

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"

	"github.com/facelint/facelint/analyzers/faceconfig"
)

// Main runs "facelint lsp" with the arguments that follow "lsp", serving
// the client on stdin and stdout, and returns the exit code: 0 after
// shutdown and exit or at the end of stdin, 1 otherwise.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("facelint lsp", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var opts Options
	fs.StringVar(&opts.Tags, "tags", "", "comma-separated build tags")
	fs.BoolVar(&opts.Tests, "test", true, "also report findings in test files")
	faceconfig.Analyzer.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: facelint lsp [flags]\n\nServes the Language Server Protocol on stdin and stdout; see docs/editors.md.\n\nflags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 1
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return 1
	}
	fs.Visit(func(f *flag.Flag) {
		switch {
		case faceconfig.Analyzer.Flags.Lookup(f.Name) == nil:
		case f.Name == "config":
			if file := f.Value.String(); file != "" {
				opts.Config, _ = filepath.Abs(file)
			}
		case f.Name == "disable":
			opts.Disable = f.Value.String()
		default:
			opts.Flags = append(opts.Flags, "-"+faceconfig.Analyzer.Name+"."+f.Name+"="+f.Value.String())
		}
	})
	if opts.Disable != "" {
		opts.Flags = append(opts.Flags, "-"+faceconfig.Analyzer.Name+".disable="+opts.Disable)
	}
	if err := Serve(stdin, stdout, opts); err != nil {
		fmt.Fprintf(stderr, "facelint lsp: %v\n", err)
		return 1
	}
	return 0
}
