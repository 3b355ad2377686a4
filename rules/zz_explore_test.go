package rules_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/facelint/facelint/rules"
)

func FuzzLoadExplore(f *testing.F) {
	names, _ := filepath.Glob("/tmp/seeds/*.toml")
	for _, n := range names {
		data, _ := os.ReadFile(n)
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := rules.LoadData(fuzzFile, data)
		if err != nil {
			for _, e := range leafErrors(err) {
				if re, ok := e.(*rules.Error); ok && re.Pos.Line == 0 && (strings.Contains(re.Msg, "incompatible types") || strings.Contains(re.Msg, "type mismatch")) {
					continue
				}
				checkErrors(t, data, e)
			}
			return
		}
		checkSet(t, s)
	})
}
