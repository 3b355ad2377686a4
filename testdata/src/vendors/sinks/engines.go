package sinks

import (
	"log"

	face "github.com/leandroveronezi/go-face"
	"gocv.io/x/gocv"
	"gocv.io/x/gocv/contrib"
)

// The faces an OpenCV face recognizer learnt are written with its model.
func lbphModel(cam *gocv.VideoCapture, user string) {
	if !consented(user) {
		return
	}
	m := gocv.NewMat()
	cam.Read(&m)
	rec := contrib.NewLBPHFaceRecognizer()
	rec.Train([]gocv.Mat{m}, []int{1})
	rec.SaveFile("/var/models/lbph.yml") // want `\[FR103\] face template from gocv.VideoCapture.Read is persisted by contrib.LBPHFaceRecognizer.SaveFile without encryption`
}

// An SFace feature is a face template.
func sfaceFeature(cam *gocv.VideoCapture, user string) {
	if !consented(user) {
		return
	}
	m := gocv.NewMat()
	cam.Read(&m)
	rec := gocv.NewFaceRecognizerSF("face_recognition_sface.onnx", "")
	aligned, feature := gocv.NewMat(), gocv.NewMat()
	rec.AlignCrop(m, gocv.NewMat(), &aligned)
	rec.Feature(aligned, &feature)
	log.Printf("feature %v", feature.ToBytes()) // want `\[FR101\] face template from gocv.VideoCapture.Read is written to a log by log.Printf`
}

// A go-face fork: the descriptor is a template, the rectangle is not.
func goFaceForkLog(rec *face.Recognizer, cam *gocv.VideoCapture, user string) {
	if !consented(user) {
		return
	}
	m := gocv.NewMat()
	cam.Read(&m)
	faces, _ := rec.RecognizeRaw(m.ToBytes(), 640, 480)
	for _, f := range faces {
		log.Printf("descriptor %v", f.Descriptor) // want `\[FR101\] face template from gocv.VideoCapture.Read is written to a log by log.Printf`
	}
}
