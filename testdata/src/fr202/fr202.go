// Package fr202 tests FR202: captures of a person under 14 without
// guardian consent.
package fr202

import (
	"time"

	"gocv.io/x/gocv"
)

type child struct {
	Age       int
	BirthDate time.Time
}

//facelint:consent
func consent(c child) bool { return true }

//facelint:guardian-consent
func guardianApproved(c child) bool { return true }

func enroll(cam *gocv.VideoCapture, c child) {
	if !consent(c) {
		return
	}
	if c.Age < 14 {
		m := gocv.NewMat()
		cam.Read(&m) // want `\[FR202\] face image is captured by gocv.VideoCapture.Read where the subject is under 14 \(Age < 14\) with no guardian-consent check`
	}
}

func enrollGuardian(cam *gocv.VideoCapture, c child) {
	if c.Age < 14 {
		if !guardianApproved(c) {
			return
		}
		m := gocv.NewMat()
		cam.Read(&m)
	}
}

func enrollAdult(cam *gocv.VideoCapture, c child) {
	if !consent(c) {
		return
	}
	if c.Age >= 14 {
		m := gocv.NewMat()
		cam.Read(&m)
		return
	}
	if !guardianApproved(c) {
		return
	}
	m := gocv.NewMat()
	cam.Read(&m)
}

func enrollByBirthDate(cam *gocv.VideoCapture, c child) {
	if !consent(c) {
		return
	}
	years := int(time.Since(c.BirthDate).Hours() / 24 / 365)
	if years < 14 {
		m := gocv.NewMat()
		cam.Read(&m) // want `\[FR202\]`
	}
}

// capture is called on the under-14 branch.
func capture(cam *gocv.VideoCapture) {
	m := gocv.NewMat()
	cam.Read(&m) // want `\[FR202\]`
}

func enrollVia(cam *gocv.VideoCapture, c child) {
	if !consent(c) {
		return
	}
	if c.Age <= 13 {
		capture(cam)
	}
}
