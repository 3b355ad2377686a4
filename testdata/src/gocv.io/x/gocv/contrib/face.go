// Package contrib is a minimal stub of gocv.io/x/gocv/contrib v0.41.0 for facelint's tests: only the API facelint models, with the real signatures.
package contrib

import "gocv.io/x/gocv"

// PredictResponse represents a predicted label and associated confidence.
type PredictResponse struct {
	Label      int32   `json:"label"`
	Confidence float32 `json:"confidence"`
}

// LBPHFaceRecognizer is a wrapper for the OpenCV Local Binary Patterns
// Histograms face recognizer.
type LBPHFaceRecognizer struct {
	p int
}

// NewLBPHFaceRecognizer creates a new LBPH Recognizer model.
func NewLBPHFaceRecognizer() *LBPHFaceRecognizer { return &LBPHFaceRecognizer{} }

// Train loads and trains the model.
func (fr *LBPHFaceRecognizer) Train(images []gocv.Mat, labels []int) error { return nil }

// Predict predicts the label of a sample.
func (fr *LBPHFaceRecognizer) Predict(sample gocv.Mat) int { return -1 }

// SaveFile saves the trained model data to a file.
func (fr *LBPHFaceRecognizer) SaveFile(fname string) error { return nil }
