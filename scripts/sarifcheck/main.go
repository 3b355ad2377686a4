// Command sarifcheck checks SARIF files as GitHub code scanning would take
// them: valid against the SARIF 2.1.0 schema, with the properties GitHub
// requires, a tool version, and every location a real position in a file
// named by a relative, percent-encoded URI (see internal/sarifcheck). It
// prints each problem and exits 1 when a file has any, 2 on bad usage.
//
//	go run ./scripts/sarifcheck facelint.sarif...
package main

import (
	"fmt"
	"os"

	"github.com/facelint/facelint/internal/sarifcheck"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: sarifcheck FILE.sarif...")
		os.Exit(2)
	}
	failed := false
	for _, file := range os.Args[1:] {
		data, err := os.ReadFile(file)
		if err != nil {
			fmt.Fprintf(os.Stderr, "sarifcheck: %v\n", err)
			failed = true
			continue
		}
		problems := sarifcheck.Check(data)
		for _, p := range problems {
			fmt.Printf("%s: %s\n", file, p)
		}
		if len(problems) > 0 {
			failed = true
		} else {
			fmt.Printf("%s: ok\n", file)
		}
	}
	if failed {
		os.Exit(1)
	}
}
