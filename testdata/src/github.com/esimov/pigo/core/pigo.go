// Package pigo is a minimal stub of github.com/esimov/pigo/core v1.4.6 for facelint's tests: only the API facelint models, with the real signatures.
package pigo

import "image"

// CascadeParams contains the basic parameters to run the analyzer function
// over the defined image.
type CascadeParams struct {
	MinSize     int
	MaxSize     int
	ShiftFactor float64
	ScaleFactor float64
	ImageParams
}

// ImageParams is a struct for image related settings.
type ImageParams struct {
	Pixels []uint8
	Rows   int
	Cols   int
	Dim    int
}

// Pigo struct defines the basic binary tree components.
type Pigo struct {
	treeDepth uint32
}

// NewPigo initializes the Pigo constructor method.
func NewPigo() *Pigo { return &Pigo{} }

// Unpack unpacks the binary face classification file.
func (pg *Pigo) Unpack(packet []byte) (*Pigo, error) { return pg, nil }

// Detection struct contains the detection results composed of the row,
// column, scale factor and the detection score.
type Detection struct {
	Row   int
	Col   int
	Scale int
	Q     float32
}

// RunCascade analyze the grayscale converted image pixel data and run the
// classification function over the detection window.
func (pg *Pigo) RunCascade(cp CascadeParams, angle float64) []Detection { return nil }

// Puploc contains all the information resulted from the pupil detection
// needed for accessing from a global scope.
type Puploc struct {
	Row      int
	Col      int
	Scale    float32
	Perturbs int
}

// PuplocCascade is a general struct for storing the cascade tree values
// encoded into the binary file.
type PuplocCascade struct {
	stages uint32
}

// NewPuplocCascade initializes the PuplocCascade constructor method.
func NewPuplocCascade() *PuplocCascade { return &PuplocCascade{} }

// RunDetector runs the pupil localization function.
func (plc *PuplocCascade) RunDetector(pl Puploc, img ImageParams, angle float64, flipV bool) *Puploc {
	return &Puploc{}
}

// GetImage retrieves and decodes the image file to *image.NRGBA type.
func GetImage(input string) (*image.NRGBA, error) { return image.NewNRGBA(image.Rect(0, 0, 1, 1)), nil }

// RgbToGrayscale converts the image to grayscale mode.
func RgbToGrayscale(src image.Image) []uint8 { return nil }
