package used

//facelint:file-ignore FR101 this file logs synthetic test patterns only

import (
	"log"

	"gocv.io/x/gocv"
)

func logged(cam *gocv.VideoCapture) {
	log.Print(frame(cam))
	log.Printf("%x", frame(cam))
}
