// Package fiberapp returns face templates in fiber v2 responses and logs
// them with fiber's logger.
package fiberapp

import (
	"github.com/Kagami/go-face"
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/log"
)

type handler struct{ rec *face.Recognizer }

func (h *handler) faces(c *fiber.Ctx) error {
	f, err := h.rec.RecognizeSingleFile("portrait.jpg")
	if err != nil {
		return err
	}
	return c.JSON(f) // want `\[FR107\] face template from face.Recognizer.RecognizeSingleFile is returned to the client by fiber.Ctx.JSON`
}

func (h *handler) count(c *fiber.Ctx) error {
	f, err := h.rec.RecognizeFile("group.jpg")
	if err != nil {
		return err
	}
	return c.JSON(fiber.Map{"faces": len(f)})
}

func (h *handler) logged(c *fiber.Ctx) error {
	f, err := h.rec.RecognizeSingleFile("portrait.jpg")
	if err != nil {
		return err
	}
	log.Infow("recognized", "face", f) // want `\[FR101\] face template from face.Recognizer.RecognizeSingleFile is written to a log by log.Infow`
	return nil
}
