package sinks

import (
	"encoding/base64"
	"log"

	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"
	faceid "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/faceid/v20180301"
	iai18 "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/iai/v20180301"
	"gocv.io/x/gocv"
)

// Both API versions of IAI are in use.
func tencentV2018(c *iai18.Client, cam *gocv.VideoCapture) {
	req := iai18.NewVerifyFaceRequest()
	req.PersonId = common.StringPtr("u42")
	req.Image = common.StringPtr(base64.StdEncoding.EncodeToString(frame(cam)))
	c.VerifyFace(req) // want `\[FR102\] face image from gocv.VideoCapture.Read leaves the device through v20180301.Client.VerifyFace`
}

// The face IDs and rectangles CreateFace returns are not face data.
func tencentEnroll(c *iai18.Client, cam *gocv.VideoCapture, user string) {
	if !consented(user) {
		return
	}
	req := iai18.NewCreateFaceRequest()
	req.PersonId = common.StringPtr(user)
	req.Images = []*string{common.StringPtr(base64.StdEncoding.EncodeToString(frame(cam)))}
	resp, err := c.CreateFace(req)
	if err != nil {
		return
	}
	for i, id := range resp.Response.SucFaceIds {
		log.Printf("face %s at %d,%d", *id, *resp.Response.SucFaceRects[i].X, *resp.Response.SucFaceRects[i].Y)
	}
}

// The best frame of a liveness check is a face image.
func tencentLiveness(c *faceid.Client, video, user string) {
	if !consented(user) {
		return
	}
	req := faceid.NewLivenessRequest()
	req.VideoBase64 = common.StringPtr(video)
	resp, err := c.Liveness(req)
	if err != nil {
		return
	}
	log.Printf("best frame: %s", *resp.Response.BestFrameBase64) // want `\[FR101\] face image from v20180301.Client.Liveness is written to a log by log.Printf`
}
