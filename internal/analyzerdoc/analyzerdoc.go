// Package analyzerdoc extracts an analyzer's documentation from the package
// comment of its doc.go, the convention of golang.org/x/tools/go/analysis/passes.
package analyzerdoc

import (
	"fmt"
	"go/parser"
	"go/token"
	"strings"
)

// MustExtract returns the text under the "# Analyzer name" heading of the
// package comment in content (the source of a doc.go file). It panics if
// there is no such heading: that is a programming error caught by any test.
func MustExtract(content, name string) string {
	doc, err := extract(content, name)
	if err != nil {
		panic(err)
	}
	return doc
}

func extract(content, name string) (string, error) {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", content, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil {
		return "", err
	}
	if f.Doc == nil {
		return "", fmt.Errorf("doc.go has no package comment")
	}
	heading := "# Analyzer " + name
	_, after, ok := strings.Cut(f.Doc.Text(), heading+"\n")
	if !ok {
		return "", fmt.Errorf("doc.go has no %q heading", heading)
	}
	if i := strings.Index(after, "\n# "); i >= 0 {
		after = after[:i]
	}
	return strings.TrimSpace(after), nil
}
