// Package gocv is a minimal stub of gocv.io/x/gocv v0.41.0 for facelint's tests: only the API facelint models, with the real signatures.
package gocv

import (
	"image"
)

// Mat is an OpenCV matrix (image).
type Mat struct {
	d []byte
}

// MatType is the type for the various different kinds of Mat you can create.
type MatType int

// Mat channel counts.
const (
	MatChannels1 = 0
	MatChannels2 = 8
	MatChannels3 = 16
	MatChannels4 = 24
)

// Mat element types.
const (
	MatTypeCV8U   MatType = 0
	MatTypeCV8UC1         = MatTypeCV8U + MatChannels1
	MatTypeCV8UC3         = MatTypeCV8U + MatChannels3
	MatTypeCV8UC4         = MatTypeCV8U + MatChannels4
)

// NewMat returns a new empty Mat.
func NewMat() Mat { return Mat{} }

// NewMatFromBytes returns a new Mat with a specific size and type, initialized from a []byte.
func NewMatFromBytes(rows int, cols int, mt MatType, data []byte) (Mat, error) {
	return Mat{d: data}, nil
}

// Close the Mat object.
func (m *Mat) Close() error { return nil }

// Empty determines if the Mat is empty or not.
func (m *Mat) Empty() bool { return len(m.d) == 0 }

// Clone returns a cloned full copy of the Mat.
func (m *Mat) Clone() Mat { return Mat{d: m.d} }

// ToBytes copies the underlying Mat data to a byte array.
func (m *Mat) ToBytes() []byte { return m.d }

// DataPtrUint8 returns a slice that references the OpenCV allocated data.
func (m *Mat) DataPtrUint8() ([]uint8, error) { return m.d, nil }

// Region returns a new Mat that points to a region of this Mat.
func (m *Mat) Region(rio image.Rectangle) Mat { return Mat{d: m.d} }

// Rows returns the number of rows for this Mat.
func (m *Mat) Rows() int { return 0 }

// Cols returns the number of columns for this Mat.
func (m *Mat) Cols() int { return 0 }

// Type returns the type for this Mat.
func (m *Mat) Type() MatType { return MatTypeCV8U }

// ToImage converts a Mat to a image.Image.
func (m *Mat) ToImage() (image.Image, error) { return nil, nil }

// NativeByteBuffer is a byte buffer allocated by OpenCV.
type NativeByteBuffer struct {
	b []byte
}

// GetBytes returns slice of bytes backed by native buffer.
func (buffer *NativeByteBuffer) GetBytes() []byte { return buffer.b }

// Len returns length in bytes of underlying buffer.
func (buffer *NativeByteBuffer) Len() int { return len(buffer.b) }

// Close the buffer releasing all its resources.
func (buffer *NativeByteBuffer) Close() {}

// CopyTo copies Mat into destination Mat.
func (m *Mat) CopyTo(dst *Mat) error {
	dst.d = m.d
	return nil
}

// ConvertTo converts Mat into destination Mat.
func (m *Mat) ConvertTo(dst *Mat, mt MatType) error {
	dst.d = m.d
	return nil
}
