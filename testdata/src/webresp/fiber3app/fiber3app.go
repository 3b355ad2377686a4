// Package fiber3app returns face templates in fiber v3 responses.
package fiber3app

import (
	"github.com/Kagami/go-face"
	"github.com/gofiber/fiber/v3"
)

type handler struct{ rec *face.Recognizer }

func (h *handler) faces(c fiber.Ctx) error {
	f, err := h.rec.RecognizeSingleFile("portrait.jpg")
	if err != nil {
		return err
	}
	return c.JSON(f) // want `\[FR107\] face template from face.Recognizer.RecognizeSingleFile is returned to the client by fiber.Ctx.JSON`
}

func (h *handler) count(c fiber.Ctx) error {
	f, err := h.rec.RecognizeFile("group.jpg")
	if err != nil {
		return err
	}
	return c.JSON(map[string]int{"faces": len(f)})
}
