// Package echoapp binds face images in echo handlers: captures without
// consent middleware are reported at the bind.
package echoapp

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

type enrolment struct {
	FaceImage []byte `json:"face_image"`
	Name      string `json:"name"`
}

//facelint:consent-middleware
func requireConsent(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if c.FormValue("consent") != "yes" {
			return c.NoContent(http.StatusForbidden)
		}
		return next(c)
	}
}

func enrolOpen(c echo.Context) error {
	var req enrolment
	if err := c.Bind(&req); err != nil { // want `\[FR201\] face image \(name-based source\) is captured by request field echoapp.enrolment.FaceImage bound by echo.Context.Bind`
		return err
	}
	return c.NoContent(http.StatusCreated)
}

func enrolRoute(c echo.Context) error {
	var req enrolment
	if err := c.Bind(&req); err != nil {
		return err
	}
	return c.NoContent(http.StatusCreated)
}

func enrolGroup(c echo.Context) error {
	var req enrolment
	if err := c.Bind(&req); err != nil {
		return err
	}
	return c.NoContent(http.StatusCreated)
}

func selfieUse(c echo.Context) error {
	_, err := c.FormFile("selfie")
	return err
}

func selfieOpen(c echo.Context) error {
	_, err := c.FormFile("selfie") // want `\[FR201\] face image \(name-based source\) is captured by echo.Context.FormFile\("selfie"\)`
	return err
}

func routes() {
	e := echo.New()
	e.POST("/open", enrolOpen)
	e.POST("/route", enrolRoute, requireConsent)
	e.POST("/selfie/open", selfieOpen)
	g := e.Group("/api", requireConsent)
	g.POST("/enrol", enrolGroup)
	v2 := echo.New()
	v2.Use(requireConsent)
	v2.POST("/selfie", selfieUse)
}
