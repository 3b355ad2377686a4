// Package meaning checks what is face data and what is only data about it:
// upload metadata, hashes, scores, type names, errors, identifiers, paths,
// handles, and names that say face on values that cannot hold a face.
package meaning

import (
	"crypto/md5"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"log"
	"mime/multipart"
	"net/http"
	"os"
	"reflect"

	"github.com/Kagami/go-face"
)

func upload(r *http.Request) {
	f, fh, _ := r.FormFile("selfie")
	log.Println(fh.Filename, fh.Size)          // an upload's name and size
	log.Println(fh.Header.Get("Content-Type")) // and its content type
	img := make([]byte, fh.Size)
	f.Read(img)
	log.Printf("%x", img) // want `\[FR101\] face image \(name-based source\) from http.Request.FormFile\("selfie"\)`
	sum := md5.Sum(img)
	log.Println(hex.EncodeToString(sum[:]))                 // a checksum
	name := fmt.Sprintf("faces/%x.jpg", sha256.Sum256(img)) // a name made from a hash
	log.Println(name)                                       // is not the photo
	log.Println(reflect.TypeOf(img).String())               // a type name
	log.Printf("%T %p", img, &img)                          // a type and an address
	log.Println(base64.StdEncoding.EncodeToString(img)[:8]) // want `\[FR101\] face image`
	os.WriteFile(name, img, 0o600)                          // want `\[FR103\] face image`
}

func scores(rec *face.Recognizer, a, b []byte) {
	fa, err := rec.RecognizeSingle(a)
	if err != nil {
		log.Println("recognize:", err) // an error of a call that took face data
		return
	}
	fb, _ := rec.RecognizeSingle(b)
	var sum float32
	for i := range fa.Descriptor {
		d := fa.Descriptor[i] - fb.Descriptor[i]
		sum += d * d
	}
	log.Println("distance", sum)                           // a distance: a scalar
	log.Println(fa.Rectangle)                              // a bounding box
	log.Println(fa.Descriptor)                             // want `\[FR101\] face template`
	log.Println(fmt.Errorf("no match: %v", fa.Descriptor)) // want `\[FR101\] face template`
}

// search is a request whose "face" is a search filter, not a face.
type search struct {
	Face  string `json:"face"`
	Faces int    `json:"faces"`
}

// profile holds a face image by name, and where it is stored.
type profile struct {
	FaceImage     []byte `json:"face_image"`
	FaceImagePath string `json:"face_image_path" gorm:"comment:人脸照路径"`
}

func named(s search, p profile) {
	log.Println(s.Face, s.Faces)
	log.Println(p.FaceImagePath)
	log.Println(p.FaceImage) // want `\[FR101\] face image \(name-based source\) from field meaning.profile.FaceImage`
}

// service holds a recognizer: a handle, not the faces it keeps.
type service struct {
	rec  *face.Recognizer
	name string
}

func handles(s *service, known []face.Descriptor) {
	s.rec.SetSamples(known, nil)
	log.Printf("%+v", s)  // prints the handle's address
	log.Printf("%+v", *s) // the same
}

// photo is a face photo with its name.
type photo struct {
	Name string
	Data []byte
}

// record holds a face-named photo struct: the bytes inside are face data.
type record struct {
	Selfie photo
}

func nested(r record) {
	log.Println(r.Selfie.Name)
	log.Println(r.Selfie.Data) // want `\[FR101\] face image \(name-based source\) from field meaning.record.Selfie.Data`
}

var _ multipart.File

// detection is what a face service returns: the photo and its boxes.
type detection struct {
	Box   *box
	Boxes []box
	Photo []byte
}

type box struct{ X, Y, W, H float64 }

// detect returns a face photo with its detections.
//
//facelint:source image
func detect() *detection { return nil }

func references() {
	d := detect()
	log.Println(*d.Box)     // a box a field points to
	log.Println(d.Boxes[0]) // an element of a slice of boxes
	log.Println(d.Photo)    // want `\[FR101\] face image from meaning.detect`
}
