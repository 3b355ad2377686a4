// Package fr103 tests FR103: face data persisted without encryption.
package fr103

import (
	"crypto/cipher"
	"database/sql"
	"encoding/json"
	"os"

	"gocv.io/x/gocv"
)

func saveFrame(cam *gocv.VideoCapture) {
	frame := gocv.NewMat()
	cam.Read(&frame)
	os.WriteFile("/var/faces/frame.raw", frame.ToBytes(), 0o600) // want `\[FR103\] face image from gocv.VideoCapture.Read is persisted by os.WriteFile without encryption`
}

func saveSealed(cam *gocv.VideoCapture, aead cipher.AEAD, nonce []byte) {
	frame := gocv.NewMat()
	cam.Read(&frame)
	sealed := aead.Seal(nil, nonce, frame.ToBytes(), nil)
	os.WriteFile("/var/faces/frame.enc", sealed, 0o600)
}

type record struct {
	ID    string
	Image []byte
}

func saveRecord(db *sql.DB, cam *gocv.VideoCapture) {
	frame := gocv.NewMat()
	cam.Read(&frame)
	rec := record{ID: "u1", Image: frame.ToBytes()}
	blob, _ := json.Marshal(rec)
	db.Exec("INSERT INTO faces(blob) VALUES (?)", blob) // want `\[FR103\] face image from gocv.VideoCapture.Read is persisted by sql.DB.Exec without encryption`
}

func saveToFile(f *os.File, cam *gocv.VideoCapture) {
	frame := gocv.NewMat()
	cam.Read(&frame)
	f.Write(frame.ToBytes()) // want `\[FR103\]`
}

// Writing to standard output is logging, not storage.
func dump(cam *gocv.VideoCapture) {
	frame := gocv.NewMat()
	cam.Read(&frame)
	os.Stdout.Write(frame.ToBytes()) // want `\[FR101\] face image from gocv.VideoCapture.Read is written to a log by os.File.Write to os.Stdout`
}

// Decrypting makes the data plain again.
func reSave(aead cipher.AEAD, nonce []byte, cam *gocv.VideoCapture) {
	frame := gocv.NewMat()
	cam.Read(&frame)
	sealed := aead.Seal(nil, nonce, frame.ToBytes(), nil)
	plain, _ := aead.Open(nil, nonce, sealed, nil)
	os.WriteFile("/tmp/x", plain, 0o600) // want `\[FR103\]`
}
