// Package cgofallback tests the verifiers of the on-premise face engines
// called through cgo with facefallback: SeetaFace6 returns its similarity.
// (ArcFace returns its comparison in an out-parameter, which FR301 does not
// follow.)
package cgofallback

/*
struct facerecognizer { int unused; };
static float facerecognizer_CalculateSimilarity(struct facerecognizer* fr, float* f1, float* f2) { return 0; }
*/
import "C"

import "errors"

var errDenied = errors.New("denied")

func seetaOnly(fr *C.struct_facerecognizer, probe, enrolled []float32) error {
	if C.facerecognizer_CalculateSimilarity(fr, (*C.float)(&probe[0]), (*C.float)(&enrolled[0])) < 0.62 { // want `\[FR301\] face verification by C.facerecognizer_CalculateSimilarity is the only way through`
		return errDenied
	}
	return nil
}
