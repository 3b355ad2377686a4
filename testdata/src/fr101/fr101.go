// Package fr101 tests FR101: face data reaching a log.
package fr101

import (
	"encoding/base64"
	"fmt"
	"log"
	"log/slog"

	"gocv.io/x/gocv"
)

func captureAndLog(cam *gocv.VideoCapture) {
	frame := gocv.NewMat()
	cam.Read(&frame)
	log.Printf("captured %x", frame.ToBytes()) // want `\[FR101\] face image from gocv.VideoCapture.Read is written to a log by log.Printf`
}

func encodedLog(cam *gocv.VideoCapture) {
	frame := gocv.NewMat()
	cam.Read(&frame)
	s := base64.StdEncoding.EncodeToString(frame.ToBytes())
	msg := fmt.Sprintf("frame=%s", s)
	slog.Info("capture", "frame", msg) // want `\[FR101\] face image from gocv.VideoCapture.Read is written to a log by slog.Info`
}

// Compliant: only the size is logged.
func logSize(cam *gocv.VideoCapture) {
	frame := gocv.NewMat()
	cam.Read(&frame)
	log.Printf("captured %dx%d", frame.Cols(), frame.Rows())
	b := frame.ToBytes()
	log.Printf("captured %d bytes", len(b))
}

// helper logs its argument: the finding is at the sink in this package.
func helper(b []byte) {
	log.Println(b) // want `\[FR101\] face image from gocv.VideoCapture.Read is written to a log by log.Println`
}

func viaHelper(cam *gocv.VideoCapture) {
	frame := gocv.NewMat()
	cam.Read(&frame)
	helper(frame.ToBytes())
}

func notFace(name string) {
	helper([]byte(name))
}
