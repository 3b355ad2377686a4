// Package fiber3app binds face images in fiber v3 handlers.
package fiber3app

import "github.com/gofiber/fiber/v3"

type enrolment struct {
	FaceImage []byte `json:"face_image"`
	Name      string `json:"name"`
}

//facelint:consent-middleware
func requireConsent(c fiber.Ctx) error {
	if c.Get("X-Face-Consent") != "yes" {
		return c.SendStatus(403)
	}
	return c.Next()
}

func enrolOpen(c fiber.Ctx) error {
	var req enrolment
	return c.Bind().Body(&req) // want `\[FR201\] face image \(name-based source\) is captured by request field fiber3app.enrolment.FaceImage bound by fiber.Bind.Body`
}

func enrolRoute(c fiber.Ctx) error {
	var req enrolment
	return c.Bind().JSON(&req)
}

func enrolGroup(c fiber.Ctx) error {
	var req enrolment
	return c.Bind().Body(&req)
}

func selfieOpen(c fiber.Ctx) error {
	_, err := c.FormFile("selfie") // want `\[FR201\] face image \(name-based source\) is captured by fiber.Ctx.FormFile\("selfie"\)`
	return err
}

func selfieUse(c fiber.Ctx) error {
	_, err := c.FormFile("selfie")
	return err
}

func routes() {
	app := fiber.New()
	app.Post("/open", enrolOpen)
	app.Post("/selfie/open", selfieOpen)
	app.Post("/route", requireConsent, enrolRoute)
	api := app.Group("/api", requireConsent)
	api.Post("/enrol", enrolGroup)
	v2 := fiber.New()
	v2.Use(requireConsent)
	v2.Post("/selfie", selfieUse)
}
