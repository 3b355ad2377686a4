package sinks

import (
	"bytes"
	"context"
	"encoding/base64"
	"io"

	"github.com/Azure/azure-sdk-for-go/services/cognitiveservices/v1.0/face"
	"github.com/huaweicloud/huaweicloud-sdk-go-v3/core/config"
	frs "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/frs/v2"
	"github.com/huaweicloud/huaweicloud-sdk-go-v3/services/frs/v2/model"
	"gocv.io/x/gocv"
)

func huaweiDetect(c *frs.FrsClient, cam *gocv.VideoCapture) {
	req := &model.DetectFaceByBase64Request{Body: &model.FaceDetectBase64Req{ImageBase64: base64.StdEncoding.EncodeToString(frame(cam))}}
	c.DetectFaceByBase64(req) // want `\[FR102\] face image from gocv.VideoCapture.Read leaves the device through v2.FrsClient.DetectFaceByBase64`
}

// A client built with certificate checking off.
func huaweiIgnoreSSL(cam *gocv.VideoCapture, user string) {
	if !consented(user) {
		return
	}
	cfg := config.DefaultHttpConfig().WithIgnoreSSLVerification(true)
	c := frs.NewFrsClient(frs.FrsClientBuilder().WithHttpConfig(cfg).Build())
	req := &model.DetectFaceByBase64Request{Body: &model.FaceDetectBase64Req{ImageBase64: base64.StdEncoding.EncodeToString(frame(cam))}}
	c.DetectFaceByBase64(req) // want `\[FR106\] face image from gocv.VideoCapture.Read is sent by v2.FrsClient.DetectFaceByBase64 over plaintext transport \(WithIgnoreSSLVerification\(true\)\)`
}

func azureDetect(ctx context.Context, c face.Client, cam *gocv.VideoCapture) {
	c.DetectWithStream(ctx, io.NopCloser(bytes.NewReader(frame(cam))), nil, nil, nil, "recognition_04", nil, "detection_03") // want `\[FR102\] face image from gocv.VideoCapture.Read leaves the device through face.Client.DetectWithStream`
}
