// Package used has suppressions that all suppress a finding: on the line,
// on the line above, at a sink in another package and for the whole file.
// No FR902 may be reported here, and no finding either.
package used

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

func onTheLine(cam *gocv.VideoCapture) {
	log.Print(frame(cam)) //facelint:ignore FR101 the frame is a synthetic test pattern
}

func onTheLineAbove(cam *gocv.VideoCapture) {
	//facelint:ignore FR101 the frame is a synthetic test pattern
	log.Print(frame(cam))
}

func inAnotherPackage(cam *gocv.VideoCapture) {
	lib.Trace(frame(cam))
}
