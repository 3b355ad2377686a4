// Package echoapp returns face templates in echo responses.
package echoapp

import (
	"github.com/Kagami/go-face"
	"github.com/labstack/echo/v4"
)

type handler struct{ rec *face.Recognizer }

func (h *handler) faces(c echo.Context) error {
	f, err := h.rec.RecognizeSingleFile("portrait.jpg")
	if err != nil {
		return err
	}
	return c.JSON(200, f) // want `\[FR107\] face template from face.Recognizer.RecognizeSingleFile is returned to the client by echo.Context.JSON`
}

func (h *handler) count(c echo.Context) error {
	f, err := h.rec.RecognizeFile("group.jpg")
	if err != nil {
		return err
	}
	return c.JSON(200, map[string]int{"faces": len(f)})
}

func (h *handler) logged(c echo.Context) error {
	f, err := h.rec.RecognizeSingleFile("portrait.jpg")
	if err != nil {
		return err
	}
	c.Logger().Infof("face %v", f.Descriptor) // want `\[FR101\] face template from face.Recognizer.RecognizeSingleFile is written to a log by echo.Logger.Infof`
	return nil
}
