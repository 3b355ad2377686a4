// Package app verifies people through fallbackx/verify.
package app

import (
	"context"
	"net/http"

	"fallbackx/verify"

	"github.com/aws/aws-sdk-go-v2/service/rekognition"
	"github.com/gin-gonic/gin"
)

type server struct {
	rek *rekognition.Client
}

func (s *server) faceOnly(c *gin.Context) {
	if err := verify.Face(c, s.rek, nil, nil); err != nil { // want `\[FR301\] face verification by verify.Face is the only way through: its failing branch responds 401 with gin.Context.AbortWithStatus`
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
}

func (s *server) withPassword(c *gin.Context) {
	if err := verify.Face(c, s.rek, nil, nil); err != nil {
		if verify.Password(nil, c.PostForm("password")) != nil {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
	}
}

func (s *server) inGoroutine(ctx context.Context) error {
	errc := make(chan error, 1)
	go func() {
		if err := verify.Face(ctx, s.rek, nil, nil); err != nil { // want `\[FR301\]`
			errc <- err
			panic("no match")
		}
		errc <- nil
	}()
	return <-errc
}

// A router that also offers a password login: its face-only handler is one
// of two ways in.
func (s *server) kioskFace(c *gin.Context) {
	if verify.Face(c, s.rek, nil, nil) != nil {
		c.AbortWithStatus(http.StatusForbidden)
	}
}

func (s *server) kioskPassword(c *gin.Context) {
	if verify.Password(nil, c.PostForm("password")) != nil {
		c.AbortWithStatus(http.StatusForbidden)
	}
}

func (s *server) routes() {
	r := gin.Default()
	r.POST("/login", s.faceOnly)
	other := gin.Default()
	other.POST("/login2", s.withPassword)
	kiosk := gin.New()
	kiosk.POST("/face", s.kioskFace)
	kiosk.POST("/password", s.kioskPassword)
}
