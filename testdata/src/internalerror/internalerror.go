// Package internalerror is analysed with a test hook that makes the engine
// fail on boom: the failure becomes an FR900 diagnostic and fine is still
// analysed.
package internalerror

import (
	"log"

	"gocv.io/x/gocv"
)

func boom() {}

func fine(cam *gocv.VideoCapture) {
	m := gocv.NewMat()
	cam.Read(&m)
	log.Print(m.ToBytes())
}
