package facetaint

import (
	"testing"

	"github.com/facelint/facelint/rules"
)

func TestSnake(t *testing.T) {
	for in, want := range map[string]string{
		"FaceImage":    "face_image",
		"faceImage":    "face_image",
		"face-image":   "face_image",
		"face_image":   "face_image",
		"HTTPSelfie":   "http_selfie",
		"UserID":       "user_id",
		"selfie.jpg":   "selfie_jpg",
		"人脸图片":         "人脸图片",
		"FaceID2":      "face_id2",
		"__Portrait__": "portrait",
	} {
		if got := snake(in); got != want {
			t.Errorf("snake(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestNameLabel checks which input names the default rule set takes for
// face data: the name-based sources must not fire on the other meanings of
// "face".
func TestNameLabel(t *testing.T) {
	set, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	pa := &pkgAnalysis{set: set}
	for name, want := range map[string]label{
		"selfie":         labelImage,
		"FaceImage":      labelImage,
		"user_portrait":  labelImage,
		"faces":          labelImage,
		"人脸":             labelImage,
		"face_embedding": labelTemplate,
		"FaceFeature":    labelTemplate,
		"face_id":        0,
		"FaceCount":      0,
		"face_url":       0,
		"FontFace":       0,
		"face_value":     0,
		"card_face":      0,
		"FaceUp":         0,
		"interface":      0,
		"surface":        0,
		"avatar_url":     0,
		"username":       0,
		"facet":          0,
	} {
		got, ok := pa.nameLabel(name, nil)
		if !ok {
			got = 0
		}
		if got != want {
			t.Errorf("nameLabel(%q) = %v, want %v", name, got, want)
		}
	}
}
