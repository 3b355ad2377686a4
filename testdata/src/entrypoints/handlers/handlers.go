// Package handlers defines gin handlers that other packages wire: their
// captures are checked where they are wired (see entrypoints/router), except
// for the handlers this package wires itself.
package handlers

import (
	"io"
	"net/http"

	"github.com/Kagami/go-face"
	"github.com/gin-gonic/gin"
)

// Handler holds the recognizer.
type Handler struct {
	Rec *face.Recognizer
}

type enrolment struct {
	FaceImage []byte `json:"face_image"`
	Name      string `json:"name"`
}

// Enrol binds a face image: a capture, left to whoever wires the handler.
func (h *Handler) Enrol(c *gin.Context) {
	var req enrolment
	if err := c.ShouldBindJSON(&req); err != nil {
		return
	}
	h.Rec.Recognize(req.FaceImage)
}

// Routes wires its own handler: the capture in Local is checked here.
func (h *Handler) Routes(r *gin.Engine) {
	r.POST("/local", h.Local)
}

// Local is wired by this package itself.
func (h *Handler) Local(c *gin.Context) {
	var req enrolment
	if err := c.ShouldBindJSON(&req); err != nil { // want `\[FR201\] face image \(name-based source\) is captured by request field handlers.enrolment.FaceImage bound by gin.Context.ShouldBindJSON`
		return
	}
	h.Rec.Recognize(req.FaceImage)
}

// Upload reads an uploaded face photo: a net/http handler, left to whoever
// wires it.
func (h *Handler) Upload(w http.ResponseWriter, r *http.Request) {
	f, _, err := r.FormFile("face")
	if err != nil {
		return
	}
	img, _ := io.ReadAll(f)
	h.Rec.Recognize(img)
}
