// Package face is a minimal stub of github.com/Kagami/go-face v0.0.0-20210630145111-0c14797b4d0e for facelint's tests: only the API facelint models, with the real signatures.
package face

import (
	"image"
)

// A Recognizer creates face descriptors for provided images and
// classifies them into categories.
type Recognizer struct {
	samples []Descriptor
}

// Face holds coordinates and descriptor of the human face.
type Face struct {
	Rectangle  image.Rectangle
	Descriptor Descriptor
	Shapes     []image.Point
}

// Descriptor holds 128-dimensional feature vector.
type Descriptor [128]float32

// SquaredEuclideanDistance returns the squared Euclidean distance of two descriptors.
func SquaredEuclideanDistance(d1 Descriptor, d2 Descriptor) (sum float64) {
	for i := range d1 {
		diff := float64(d2[i] - d1[i])
		sum += diff * diff
	}
	return sum
}

// New creates new face with the provided parameters.
func New(r image.Rectangle, d Descriptor) Face {
	return Face{r, d, []image.Point{}}
}

// NewWithShape creates new face with the provided parameters and shapes.
func NewWithShape(r image.Rectangle, s []image.Point, d Descriptor) Face {
	return Face{r, d, s}
}

// NewRecognizer returns a new recognizer interface. modelDir points to
// directory with shape_predictor_5_face_landmarks.dat and
// dlib_face_recognition_resnet_model_v1.dat files.
func NewRecognizer(modelDir string) (rec *Recognizer, err error) {
	return &Recognizer{}, nil
}

// NewRecognizerWithConfig creates a new recognizer with the given parameters.
func NewRecognizerWithConfig(modelDir string, size int, padding float32, jittering int) (rec *Recognizer, err error) {
	return &Recognizer{}, nil
}

// Recognize returns all faces found on the provided image, sorted from
// left to right. Empty list is returned if there are no faces, error is
// returned if there was some error while decoding/processing image.
// Only JPEG format is currently supported. Thread-safe.
func (rec *Recognizer) Recognize(imgData []byte) (faces []Face, err error) { return nil, nil }

// RecognizeCNN is Recognize with the CNN face detector.
func (rec *Recognizer) RecognizeCNN(imgData []byte) (faces []Face, err error) { return nil, nil }

// RecognizeSingle returns recognized face if it's the only face on the image
// or nil otherwise. Only JPEG format is currently supported. Thread-safe.
func (rec *Recognizer) RecognizeSingle(imgData []byte) (face *Face, err error) { return nil, nil }

// RecognizeSingleCNN is RecognizeSingle with the CNN face detector.
func (rec *Recognizer) RecognizeSingleCNN(imgData []byte) (face *Face, err error) { return nil, nil }

// RecognizeFile is the same as Recognize but accepts image path instead.
func (rec *Recognizer) RecognizeFile(imgPath string) (faces []Face, err error) { return nil, nil }

// RecognizeFileCNN is RecognizeFile with the CNN face detector.
func (rec *Recognizer) RecognizeFileCNN(imgPath string) (faces []Face, err error) { return nil, nil }

// RecognizeSingleFile is the same as RecognizeSingle but accepts image path instead.
func (rec *Recognizer) RecognizeSingleFile(imgPath string) (face *Face, err error) { return nil, nil }

// RecognizeSingleFileCNN is RecognizeSingleFile with the CNN face detector.
func (rec *Recognizer) RecognizeSingleFileCNN(imgPath string) (face *Face, err error) {
	return nil, nil
}

// SetSamples sets known descriptors so you can classify the new ones.
// Thread-safe.
func (rec *Recognizer) SetSamples(samples []Descriptor, cats []int32) { rec.samples = samples }

// Classify returns class ID for the given descriptor. Negative index is
// returned if no match. Thread-safe.
func (rec *Recognizer) Classify(testSample Descriptor) int { return -1 }

// ClassifyThreshold is the same as Classify but allows to specify max
// distance between faces to consider it a match. Thread-safe.
func (rec *Recognizer) ClassifyThreshold(testSample Descriptor, tolerance float32) int { return -1 }

// Close frees resources taken by the Recognizer. Safe to call multiple
// times. Don't use Recognizer after close call.
func (rec *Recognizer) Close() {}
