// Package cgoconsent tests the on-premise face engines called through cgo
// (ArcSoft ArcFace, SeetaFace6) with faceconsent: they are recognised by
// the names of their C functions. The C declarations stand in for the
// vendors' headers (arcsoft_face_sdk.h, the SeetaFace6Warp headers).
package cgoconsent

/*
#include <stdint.h>
typedef void* MHandle;
typedef struct { int32_t left, top, right, bottom; } MRECT;
typedef struct { MRECT* faceRect; int32_t* faceOrient; int32_t faceNum; int32_t* faceID; } ASF_MultiFaceInfo;
typedef struct { MRECT faceRect; int32_t faceOrient; } ASF_SingleFaceInfo;
typedef struct { uint8_t* feature; int32_t featureSize; } ASF_FaceFeature;
static int32_t ASFDetectFaces(MHandle h, int32_t w, int32_t ht, int32_t format, uint8_t* img, ASF_MultiFaceInfo* faces, int32_t model) { return 0; }
static int32_t ASFFaceFeatureExtract(MHandle h, int32_t w, int32_t ht, int32_t format, uint8_t* img, ASF_SingleFaceInfo* face, int32_t registerOrNot, int32_t mask, ASF_FaceFeature* feature) { return 0; }

typedef struct { int width, height, channels; unsigned char* data; } SeetaImageData;
typedef struct { int x, y, width, height; } SeetaRect;
typedef struct { SeetaRect pos; float score; } SeetaFaceInfo;
typedef struct { SeetaFaceInfo* data; int size; } SeetaFaceInfoArray;
struct facedetector { int unused; };
static SeetaFaceInfoArray facedetector_detect(struct facedetector* fd, SeetaImageData img) { SeetaFaceInfoArray a = {0, 0}; return a; }
*/
import "C"

import (
	"os"
	"unsafe"
)

//facelint:consent
func consented(user string) bool { return user != "" }

type engine struct {
	handle C.MHandle
}

// ArcFace detection processes the face in the image it is given.
func (e *engine) detect(path string, w, h int) int {
	img, err := os.ReadFile(path)
	if err != nil || len(img) == 0 {
		return 0
	}
	var faces C.ASF_MultiFaceInfo
	C.ASFDetectFaces(e.handle, C.int32_t(w), C.int32_t(h), 0x201, (*C.uint8_t)(unsafe.Pointer(&img[0])), &faces, 1) // want `\[FR201\] face image is captured by C.ASFDetectFaces`
	return int(faces.faceNum)
}

func (e *engine) detectConsented(path, user string, w, h int) int {
	if !consented(user) {
		return 0
	}
	img, err := os.ReadFile(path)
	if err != nil || len(img) == 0 {
		return 0
	}
	var faces C.ASF_MultiFaceInfo
	C.ASFDetectFaces(e.handle, C.int32_t(w), C.int32_t(h), 0x201, (*C.uint8_t)(unsafe.Pointer(&img[0])), &faces, 1)
	return int(faces.faceNum)
}

// ArcFace feature extraction computes a template.
func (e *engine) extract(path string, w, h int) C.ASF_FaceFeature {
	var feature C.ASF_FaceFeature
	img, err := os.ReadFile(path)
	if err != nil || len(img) == 0 {
		return feature
	}
	var face C.ASF_SingleFaceInfo
	C.ASFFaceFeatureExtract(e.handle, C.int32_t(w), C.int32_t(h), 0x201, (*C.uint8_t)(unsafe.Pointer(&img[0])), &face, 1, 0, &feature) // want `\[FR201\] face template is captured by C.ASFFaceFeatureExtract`
	return feature
}

// SeetaFace6 detection through its C wrapper.
func seetaDetect(fd *C.struct_facedetector, path string, w, h int) int {
	img, err := os.ReadFile(path)
	if err != nil || len(img) == 0 {
		return 0
	}
	data := C.SeetaImageData{width: C.int(w), height: C.int(h), channels: 3, data: (*C.uchar)(unsafe.Pointer(&img[0]))}
	faces := C.facedetector_detect(fd, data) // want `\[FR201\] face image is captured by C.facedetector_detect`
	return int(faces.size)
}
