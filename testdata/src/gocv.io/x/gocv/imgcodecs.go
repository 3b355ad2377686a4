package gocv

// IMReadFlag is one of the valid flags to use for the IMRead function.
type IMReadFlag int

// IMRead flags.
const (
	IMReadUnchanged         IMReadFlag = -1
	IMReadGrayScale         IMReadFlag = 0
	IMReadColor             IMReadFlag = 1
	IMReadAnyDepth          IMReadFlag = 2
	IMReadAnyColor          IMReadFlag = 4
	IMReadIgnoreOrientation IMReadFlag = 128
)

// IMWrite parameters.
const (
	IMWriteJpegQuality    = 1
	IMWritePngCompression = 16
)

// IMRead reads an image from a file into a Mat.
func IMRead(name string, flags IMReadFlag) Mat { return Mat{} }

// IMReadMulti reads multi-page image from a file into a []Mat.
func IMReadMulti(name string, flags IMReadFlag) []Mat { return nil }

// IMWrite writes a Mat to an image file.
func IMWrite(name string, img Mat) bool { return true }

// IMWriteWithParams writes a Mat to an image file with the given parameters.
func IMWriteWithParams(name string, img Mat, params []int) bool { return true }

// FileExt represents a file extension.
type FileExt string

// File extensions.
const (
	PNGFileExt  FileExt = ".png"
	JPEGFileExt FileExt = ".jpg"
	GIFFileExt  FileExt = ".gif"
)

// IMEncode encodes an image Mat into a memory buffer.
func IMEncode(fileExt FileExt, img Mat) (buf *NativeByteBuffer, err error) {
	return &NativeByteBuffer{b: img.d}, nil
}

// IMEncodeWithParams encodes an image Mat into a memory buffer with the given parameters.
func IMEncodeWithParams(fileExt FileExt, img Mat, params []int) (buf *NativeByteBuffer, err error) {
	return &NativeByteBuffer{b: img.d}, nil
}

// IMDecode reads an image from a buffer in memory.
func IMDecode(buf []byte, flags IMReadFlag) (Mat, error) { return Mat{d: buf}, nil }
