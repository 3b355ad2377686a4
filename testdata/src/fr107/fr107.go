// Package fr107 tests FR107: face data returned in an HTTP response.
package fr107

import (
	"encoding/json"
	"fmt"
	"net/http"

	"gocv.io/x/gocv"
)

//facelint:consent
func consented(r *http.Request) bool { return r != nil }

func snapshot(w http.ResponseWriter, r *http.Request, cam *gocv.VideoCapture) {
	if !consented(r) {
		return
	}
	m := gocv.NewMat()
	cam.Read(&m)
	w.Write(m.ToBytes()) // want `\[FR107\] face image from gocv.VideoCapture.Read is returned to the client by http.ResponseWriter.Write`
}

func asJSON(w http.ResponseWriter, r *http.Request, cam *gocv.VideoCapture) {
	if !consented(r) {
		return
	}
	m := gocv.NewMat()
	cam.Read(&m)
	json.NewEncoder(w).Encode(map[string]any{"frame": m.ToBytes()}) // want `\[FR107\] .* returned to the client by json.Encoder.Encode to http.ResponseWriter`
}

func printed(w http.ResponseWriter, r *http.Request, cam *gocv.VideoCapture) {
	if !consented(r) {
		return
	}
	m := gocv.NewMat()
	cam.Read(&m)
	fmt.Fprintf(w, "%x", m.ToBytes()) // want `\[FR107\]`
}

func status(w http.ResponseWriter, r *http.Request, cam *gocv.VideoCapture) {
	if !consented(r) {
		return
	}
	m := gocv.NewMat()
	cam.Read(&m)
	json.NewEncoder(w).Encode(map[string]any{"ok": !m.Empty()})
}
