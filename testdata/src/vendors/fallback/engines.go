package fallback

import (
	face "github.com/leandroveronezi/go-face"
	"gocv.io/x/gocv"
)

func sfaceOnly(rec *gocv.FaceRecognizerSF, probe, enrolled gocv.Mat) error {
	if rec.Match(probe, enrolled) < 0.363 { // want `\[FR301\] face verification by gocv.FaceRecognizerSF.Match is the only way through`
		return errDenied
	}
	return nil
}

func goFaceForkOnly(rec *face.Recognizer, d face.Descriptor) (int, error) {
	id := rec.Identify(d) // want `\[FR301\] face verification by face.Recognizer.Identify is the only way through`
	if id < 0 {
		return 0, errDenied
	}
	return id, nil
}
