package gocv

import "image"

// ColorConversionCode is a color conversion code used on Mat.
type ColorConversionCode int

// Color conversion codes.
const (
	ColorBGRToRGB  ColorConversionCode = 4
	ColorBGRToGray ColorConversionCode = 6
	ColorRGBToGray ColorConversionCode = 7
	ColorGrayToBGR ColorConversionCode = 8
)

// InterpolationFlags are bit flags that control the interpolation algorithm
// that is used.
type InterpolationFlags int

// InterpolationLinear is bilinear interpolation.
const InterpolationLinear InterpolationFlags = 1

// BorderType type of border.
type BorderType int

// Border types.
const (
	BorderReflect101 BorderType = 4
	BorderDefault               = BorderReflect101
)

// CvtColor converts an image from one color space to another.
func CvtColor(src Mat, dst *Mat, code ColorConversionCode) error {
	dst.d = src.d
	return nil
}

// GaussianBlur blurs an image Mat using a Gaussian filter.
func GaussianBlur(src Mat, dst *Mat, ksize image.Point, sigmaX float64,
	sigmaY float64, borderType BorderType) error {
	dst.d = src.d
	return nil
}

// Resize resizes an image.
func Resize(src Mat, dst *Mat, sz image.Point, fx, fy float64, interp InterpolationFlags) error {
	dst.d = src.d
	return nil
}
