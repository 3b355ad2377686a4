// Command facelint finds code that mishandles face data, against the
// Facial Recognition Technology Application Security Management Measures
// (人脸识别技术应用安全管理办法).
//
// Standalone:
//
//	facelint [flags] packages...
//
// prints findings as text (default), -json (the JSON tree of go vet -json)
// or -sarif (SARIF 2.1.0), and exits 3 when there are findings, 1 on errors
// and 0 otherwise. The same binary is a go vet tool:
//
//	go vet -vettool=$(which facelint) ./...
//
// and a language server for editors (docs/editors.md):
//
//	facelint lsp [flags]
//
// Run facelint -help for the flags.
package main

import (
	"flag"
	"os"
	"runtime/debug"
	"strings"

	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/facelint/facelint/analyzers"
	"github.com/facelint/facelint/analyzers/faceconfig"
	"github.com/facelint/facelint/internal/driver"
	"github.com/facelint/facelint/internal/lsp"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "lsp" {
		os.Exit(lsp.Main(os.Args[2:], os.Stdin, os.Stdout, os.Stderr))
	}
	if vetInvocation(os.Args[1:]) {
		// Settings are faceconfig's flags. unitchecker registers only the
		// flags of the analyzers it runs, with their name as prefix; add
		// faceconfig's both ways, so that go vet accepts -config as well as
		// -faceconfig.config.
		faceconfig.Analyzer.Flags.VisitAll(func(f *flag.Flag) {
			flag.Var(f.Value, f.Name, f.Usage)
			flag.Var(f.Value, faceconfig.Analyzer.Name+"."+f.Name, f.Usage)
		})
		unitchecker.Main(analyzers.All()...)
	}
	// The standalone driver holds every package of the import graph in
	// memory; collecting less often trades some of that memory for time.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(150)
	}
	os.Exit(driver.Main(os.Args[1:], os.Stdout, os.Stderr))
}

// vetInvocation reports whether go vet runs the binary: to describe itself
// (-V=full, -flags) or to analyse one unit (a .cfg file).
func vetInvocation(args []string) bool {
	for _, a := range args {
		if a == "-V=full" || a == "-flags" || a == "--flags" {
			return true
		}
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg")
}
