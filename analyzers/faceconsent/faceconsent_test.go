package faceconsent_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/facelint/facelint/analyzers/faceconsent"
)

var testdata, _ = filepath.Abs("../../testdata")

// TestConsent analyses, in one run: fr201 (guards by result, by error, by
// wrappers, ensuring functions, failing branches, ignored results, guarded
// callers, exported captures, net/http middleware), fr202 (under-14
// branches, guardian guards, callers on such a branch) and consentx
// (guards and capture obligations from another package, goroutines, gin
// middleware per route, with Use and with Group).
func TestConsent(t *testing.T) {
	analysistest.Run(t, testdata, faceconsent.Analyzer, "fr201", "fr202", "consentx/app")
}

// TestFaceAPICaptures covers captures by calls into a library that sends
// data to a face API: once per call, none where consent was checked.
func TestFaceAPICaptures(t *testing.T) {
	analysistest.Run(t, testdata, faceconsent.Analyzer, "faceapi/app")
}

// TestEntryPoints covers handlers that frameworks call: their captures
// are checked where they are defined.
func TestEntryPoints(t *testing.T) {
	analysistest.Run(t, testdata, faceconsent.Analyzer, "entrypoints/interactor", "entrypoints/handlers", "entrypoints/router")
}
