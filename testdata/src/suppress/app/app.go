// Package app tests suppressions: //facelint:ignore on the line or the line
// above, //nolint:facelint, an ignore at a sink in another package, and
// //facelint:file-ignore (wholefile.go).
package app

import (
	"log"
	"suppress/lib"

	"gocv.io/x/gocv"
)

func frame(cam *gocv.VideoCapture) []byte {
	m := gocv.NewMat()
	cam.Read(&m)
	return m.ToBytes()
}

func suppressed(cam *gocv.VideoCapture) {
	//facelint:ignore FR101 the frame is a synthetic test pattern
	log.Print(frame(cam))
	log.Print(frame(cam)) //facelint:ignore FR101,FR103 the frame is a synthetic test pattern
	log.Print(frame(cam)) //nolint:facelint // a test fixture
	lib.Trace(frame(cam))
}

func trailingCoversItsLineOnly(cam *gocv.VideoCapture) {
	log.Print(frame(cam)) //facelint:ignore FR101 the frame is a synthetic test pattern
	log.Print(frame(cam)) // want `\[FR101\]`
}

func wrongRule(cam *gocv.VideoCapture) {
	log.Print(frame(cam)) /* want `\[FR101\]` */ //facelint:ignore FR103 not the rule of this line
}

func noReason(cam *gocv.VideoCapture) {
	log.Print(frame(cam)) /* want `\[FR101\]` */ //facelint:ignore FR101
}

// photo is declared face data.
//
//facelint:facedata image
type photo []byte

func declared(p photo) {
	log.Print(p) // want `\[FR101\] face image from value of type app.photo \(declared face data\)`
}

type account struct {
	Name string
	//facelint:facedata template
	Embedding []float32
}

func declaredField(a account) {
	log.Print(a.Embedding) // want `\[FR101\] face template from field app.account.Embedding \(declared face data\)`
	log.Print(a.Name)
}
