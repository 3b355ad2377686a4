package faceretention_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/facelint/facelint/analyzers/faceretention"
)

// TestVendors covers the face APIs that keep a template of the face they
// are sent (Rekognition IndexFaces, Tencent CreatePerson/CreateFace) and
// the face SDKs that extract one: the raw image kept beside it is FR104.
func TestVendors(t *testing.T) {
	analysistest.Run(t, testdata, faceretention.Analyzer, "vendors/retention")
}
