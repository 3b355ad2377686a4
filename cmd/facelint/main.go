// Command facelint finds code that mishandles face data, against the
// Facial Recognition Technology Application Security Management Measures
// (人脸识别技术应用安全管理办法).
//
// Standalone:
//
//	facelint [flags] packages...
//
// prints findings as text (default), -json (the JSON tree of go vet -json),
// -sarif (SARIF 2.1.0) or -format github (GitHub Actions annotations), and
// exits 3 when there are findings (at or above -fail-on), 1 on errors
// (packages that do not load included) and 0 otherwise. The same binary is
// a go vet tool:
//
//	go vet -vettool="$(go env GOPATH)/bin/facelint" ./...
//
// and a language server for editors (docs/editors.md):
//
//	facelint lsp [flags]
//
// and the face-data inventory for an impact assessment and a filing
// (docs/inventory.md):
//
//	facelint inventory [-format md|html|json] [-o file] [packages]
//
// facelint version prints its version. Run facelint -help for the flags.
package main

import (
	"os"
	"runtime/debug"

	"github.com/facelint/facelint/analyzers"
	"github.com/facelint/facelint/internal/driver"
	"github.com/facelint/facelint/internal/inventory"
	"github.com/facelint/facelint/internal/lsp"
	"github.com/facelint/facelint/internal/vettool"
)

func main() {
	if len(os.Args) > 1 {
		switch os.Args[1] {
		case "lsp":
			os.Exit(lsp.Main(os.Args[2:], os.Stdin, os.Stdout, os.Stderr))
		case "inventory":
			os.Exit(inventory.Main(os.Args[2:], os.Stdout, os.Stderr))
		case "version":
			os.Exit(driver.Main([]string{"-version"}, os.Stdout, os.Stderr))
		}
	}
	if vettool.IsInvocation(os.Args[1:]) {
		vettool.Main(os.Args[1:], analyzers.All()...)
	}
	// The standalone driver holds every package of the import graph in
	// memory; collecting less often trades some of that memory for time.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(150)
	}
	os.Exit(driver.Main(os.Args[1:], os.Stdout, os.Stderr))
}
