package gocv

import "image"

// CascadeClassifier is a cascade classifier class for object detection.
type CascadeClassifier struct {
	p int
}

// NewCascadeClassifier returns a new CascadeClassifier.
func NewCascadeClassifier() CascadeClassifier { return CascadeClassifier{} }

// Close deletes the CascadeClassifier's pointer.
func (c *CascadeClassifier) Close() error { return nil }

// Load cascade classifier from a file.
func (c *CascadeClassifier) Load(name string) bool { return true }

// DetectMultiScale detects objects of different sizes in the input Mat image.
func (c *CascadeClassifier) DetectMultiScale(img Mat) []image.Rectangle { return nil }

// DetectMultiScaleWithParams calls DetectMultiScale but allows setting parameters
// to values other than just the defaults.
func (c *CascadeClassifier) DetectMultiScaleWithParams(img Mat, scale float64,
	minNeighbors, flags int, minSize, maxSize image.Point) []image.Rectangle {
	return nil
}

// FaceDetectorYN is the DNN-based face detector.
type FaceDetectorYN struct {
	p int
}

// NewFaceDetectorYN creates an instance of face detector with given parameters.
func NewFaceDetectorYN(modelPath string, configPath string, size image.Point) FaceDetectorYN {
	return FaceDetectorYN{}
}

// Close releases the detector.
func (fd *FaceDetectorYN) Close() {}

// Detect detects faces in the input image; faces holds one row per face
// (box, landmarks, score).
func (fd *FaceDetectorYN) Detect(image Mat, faces *Mat) int { return 0 }

// FaceRecognizerSF is the DNN-based face recognizer.
type FaceRecognizerSF struct {
	p int
}

// NewFaceRecognizerSF creates an instance of the face recognizer.
func NewFaceRecognizerSF(modelPath string, configPath string) FaceRecognizerSF {
	return FaceRecognizerSF{}
}

// Close releases the recognizer.
func (fr *FaceRecognizerSF) Close() {}

// AlignCrop aligns a detected face with the source input image and crops it.
func (fr *FaceRecognizerSF) AlignCrop(srcImg Mat, faceBox Mat, alignedImg *Mat) {}

// Feature extracts the face feature from an aligned image.
func (fr *FaceRecognizerSF) Feature(alignedImg Mat, faceFeature *Mat) {}

// Match calculates the distance between two face features.
func (fr *FaceRecognizerSF) Match(faceFeature1 Mat, faceFeature2 Mat) float32 { return 0 }
