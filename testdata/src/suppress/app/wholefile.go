package app

//facelint:file-ignore FR101 this file logs synthetic test patterns only

import (
	"log"

	"gocv.io/x/gocv"
)

func wholeFile(cam *gocv.VideoCapture) {
	log.Print(frame(cam))
	log.Println(frame(cam))
}
