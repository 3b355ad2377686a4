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
