// Package fiberapp binds face images in fiber v2 handlers.
package fiberapp

import "github.com/gofiber/fiber/v2"

type enrolment struct {
	FaceImage []byte `json:"face_image"`
	Name      string `json:"name"`
}

// requireConsent is a fiber middleware: it calls c.Next() after consent.
//
//facelint:consent-middleware
func requireConsent(c *fiber.Ctx) error {
	if c.Get("X-Face-Consent") != "yes" {
		return c.SendStatus(fiber.StatusForbidden)
	}
	return c.Next()
}

func enrolOpen(c *fiber.Ctx) error {
	var req enrolment
	return c.BodyParser(&req) // want `\[FR201\] face image \(name-based source\) is captured by request field fiberapp.enrolment.FaceImage bound by fiber.Ctx.BodyParser`
}

func enrolRoute(c *fiber.Ctx) error {
	var req enrolment
	return c.BodyParser(&req)
}

func enrolGroup(c *fiber.Ctx) error {
	var req enrolment
	return c.BodyParser(&req)
}

func selfieUse(c *fiber.Ctx) error {
	_, err := c.FormFile("selfie")
	return err
}

func routes() {
	app := fiber.New()
	app.Post("/open", enrolOpen)
	app.Post("/route", requireConsent, enrolRoute)
	api := app.Group("/api", requireConsent)
	api.Post("/enrol", enrolGroup)
	v2 := fiber.New()
	v2.Use(requireConsent)
	v2.Post("/selfie", selfieUse)
}
