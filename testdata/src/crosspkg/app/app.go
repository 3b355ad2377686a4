// Package app uses crosspkg/lib: findings computed from lib's facts are
// reported at the calls into lib, once per source and sink.
package app

import (
	"crosspkg/lib"
	"log"

	"gocv.io/x/gocv"
)

func run(cam *gocv.VideoCapture, user string) {
	img := lib.Grab(cam)
	lib.Audit(img)                           // want `\[FR101\] face image from gocv.VideoCapture.Read is written to a log by log.Printf`
	lib.Upload("https://x.example.com", img) // want `\[FR102\] face image from gocv.VideoCapture.Read leaves the device through http.Post`
	lib.Save("/tmp/f", img)                  // want `\[FR103\]`
	log.Printf("%s", lib.Encode(img))        // want `\[FR101\]`
	var h lib.Holder
	h.Set(img)
	log.Println(h.Picture) // want `\[FR101\]`
	lib.Audit([]byte(user))
	_ = lib.Len(img)
}

func consented(cam *gocv.VideoCapture, user string) {
	if !lib.ConsentGiven(user) {
		return
	}
	img := lib.Grab(cam)
	lib.Upload("https://x.example.com", img)
}
