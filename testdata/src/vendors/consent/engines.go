package consent

import (
	"image"
	"os"

	pigo "github.com/esimov/pigo/core"
	face "github.com/leandroveronezi/go-face"
	"gocv.io/x/gocv"
)

// The DNN face detector processes the face in the image it is given.
func yunet(path string) int {
	img := gocv.IMRead(path, gocv.IMReadColor)
	det := gocv.NewFaceDetectorYN("face_detection_yunet.onnx", "", image.Pt(320, 320))
	faces := gocv.NewMat()
	return det.Detect(img, &faces) // want `\[FR201\] face image is captured by gocv.FaceDetectorYN.Detect`
}

func yunetConsented(path, user string) int {
	if !consented(user) {
		return 0
	}
	img := gocv.IMRead(path, gocv.IMReadColor)
	det := gocv.NewFaceDetectorYN("face_detection_yunet.onnx", "", image.Pt(320, 320))
	faces := gocv.NewMat()
	return det.Detect(img, &faces)
}

// SFace computes a template of the face it is given.
func sface(path string) gocv.Mat {
	img := gocv.IMRead(path, gocv.IMReadColor)
	rec := gocv.NewFaceRecognizerSF("face_recognition_sface.onnx", "")
	feature := gocv.NewMat()
	rec.Feature(img, &feature) // want `\[FR201\] face template is captured by gocv.FaceRecognizerSF.Feature`
	return feature
}

// pigo detects faces in the pixels of an image file.
func pigoDetect(classifier *pigo.Pigo, path string) []pigo.Detection {
	src, err := pigo.GetImage(path)
	if err != nil {
		return nil
	}
	cp := pigo.CascadeParams{MinSize: 20, MaxSize: 1000, ShiftFactor: 0.1, ScaleFactor: 1.1,
		ImageParams: pigo.ImageParams{Pixels: pigo.RgbToGrayscale(src), Rows: src.Bounds().Dy(), Cols: src.Bounds().Dx(), Dim: src.Bounds().Dx()}}
	return classifier.RunCascade(cp, 0) // want `\[FR201\] face image is captured by pigo.Pigo.RunCascade`
}

// Pupil localization too.
func pigoPupils(plc *pigo.PuplocCascade, path string) *pigo.Puploc {
	src, err := pigo.GetImage(path)
	if err != nil {
		return nil
	}
	img := pigo.ImageParams{Pixels: pigo.RgbToGrayscale(src), Rows: src.Bounds().Dy(), Cols: src.Bounds().Dx(), Dim: src.Bounds().Dx()}
	return plc.RunDetector(pigo.Puploc{Row: 10, Col: 10, Scale: 5, Perturbs: 50}, img, 0, false) // want `\[FR201\] face image is captured by pigo.PuplocCascade.RunDetector`
}

// The raw-pixel recognition of a go-face fork.
func goFaceFork(rec *face.Recognizer, path string) ([]face.Face, error) {
	pixels, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return rec.RecognizeRaw(pixels, 640, 480) // want `\[FR201\] face template is captured by face.Recognizer.RecognizeRaw`
}
