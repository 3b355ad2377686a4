// Package fr106 tests FR106: face data sent over plaintext transport.
package fr106

import (
	"bytes"
	"crypto/tls"
	"net/http"

	"gocv.io/x/gocv"
)

//facelint:consent
func consented() bool { return true }

func frame(cam *gocv.VideoCapture) []byte {
	if !consented() {
		return nil
	}
	m := gocv.NewMat()
	cam.Read(&m)
	return m.ToBytes()
}

func plainHTTP(cam *gocv.VideoCapture) {
	http.Post("http://faces.example.com/match", "image/jpeg", bytes.NewReader(frame(cam))) // want `\[FR106\] face image from gocv.VideoCapture.Read is sent by http.Post over plaintext transport \(http://faces.example.com/match\)`
}

func tlsHTTP(cam *gocv.VideoCapture) {
	http.Post("https://faces.example.com/match", "image/jpeg", bytes.NewReader(frame(cam)))
}

func loopback(cam *gocv.VideoCapture) {
	http.Post("http://127.0.0.1:8080/match", "image/jpeg", bytes.NewReader(frame(cam)))
}

func skipVerify(cam *gocv.VideoCapture) {
	client := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}}
	req, _ := http.NewRequest("POST", "https://faces.example.com/match", bytes.NewReader(frame(cam)))
	client.Do(req) // want `\[FR106\] .* over plaintext transport \(InsecureSkipVerify: true\)`
}

func built(cam *gocv.VideoCapture, host string) {
	url := "http://" + host + "/match"
	req, _ := http.NewRequest("POST", url, bytes.NewReader(frame(cam)))
	http.DefaultClient.Do(req) // want `\[FR106\]`
}
