// Package fr104 tests FR104: the raw image kept although a template is
// extracted from it.
package fr104

import (
	"crypto/cipher"
	"os"

	face "github.com/Kagami/go-face"
	"gocv.io/x/gocv"
)

//facelint:consent
func consented() bool { return true }

func enroll(rec *face.Recognizer, cam *gocv.VideoCapture, aead cipher.AEAD, nonce []byte) {
	if !consented() {
		return
	}
	m := gocv.NewMat()
	cam.Read(&m)
	img := m.ToBytes()
	faces, _ := rec.Recognize(img)
	os.WriteFile("/var/faces/raw.jpg", aead.Seal(nil, nonce, img, nil), 0o600) // want `\[FR104\] raw encrypted face image from gocv.VideoCapture.Read is persisted by os.WriteFile although the same flow extracts a template with face.Recognizer.Recognize`
	for _, f := range faces {
		os.WriteFile("/var/faces/tpl", aead.Seal(nil, nonce, descriptorBytes(f.Descriptor), nil), 0o600)
	}
}

func descriptorBytes(d face.Descriptor) []byte {
	b := make([]byte, 0, len(d)*4)
	for _, x := range d {
		b = append(b, byte(x))
	}
	return b
}

// Only the template is kept.
func enrollTemplateOnly(rec *face.Recognizer, cam *gocv.VideoCapture, aead cipher.AEAD, nonce []byte) {
	if !consented() {
		return
	}
	m := gocv.NewMat()
	cam.Read(&m)
	faces, _ := rec.Recognize(m.ToBytes())
	if len(faces) > 0 {
		os.WriteFile("/var/faces/tpl", aead.Seal(nil, nonce, descriptorBytes(faces[0].Descriptor), nil), 0o600)
	}
}
