package rules_test

import (
	"testing"

	"github.com/facelint/facelint/rules"
)

func BenchmarkLoadData(b *testing.B) {
	for b.Loop() {
		rules.LoadData("x.toml", []byte("[rules.FR101]\nseverity = \"note\"\n"))
	}
}
