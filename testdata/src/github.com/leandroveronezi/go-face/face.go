// Package face is a minimal stub of github.com/leandroveronezi/go-face v1.1.0 (a fork of github.com/Kagami/go-face) for facelint's tests: only the API facelint models, with the real signatures.
package face

import "image"

// A Recognizer creates face descriptors for provided images and
// classifies them into categories.
type Recognizer struct {
	ptr int
}

// Face holds coordinates and descriptor of the human face.
type Face struct {
	Rectangle  image.Rectangle
	Descriptor Descriptor
	Shapes     []image.Point
}

// Descriptor holds 128-dimensional feature vector.
type Descriptor [128]float32

// NewRecognizer returns a new recognizer interface.
func NewRecognizer(modelDir string) (rec *Recognizer, err error) { return &Recognizer{}, nil }

// Recognize returns all faces found on the provided JPEG image.
func (rec *Recognizer) Recognize(imgData []byte) (faces []Face, err error) { return nil, nil }

// RecognizeRaw returns all faces found on the provided raw RGB pixels.
func (rec *Recognizer) RecognizeRaw(pixels []byte, width, height int) (faces []Face, err error) {
	return nil, nil
}

// SetSamples sets known descriptors so you can classify the new ones.
func (rec *Recognizer) SetSamples(samples []Descriptor, cats []int32) {}

// Identify returns class ID for the given descriptor. Negative index is
// returned if no match.
func (rec *Recognizer) Identify(testSample Descriptor) int { return -1 }
