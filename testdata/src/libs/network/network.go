// Package network tests FR102 and FR106 with cloud face APIs, gRPC and
// websockets.
package network

import (
	"context"
	"encoding/base64"

	"github.com/aws/aws-sdk-go-v2/service/rekognition"
	"github.com/aws/aws-sdk-go-v2/service/rekognition/types"
	"github.com/gorilla/websocket"
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"
	iai "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/iai/v20200303"
	"gocv.io/x/gocv"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
)

func frame(cam *gocv.VideoCapture) []byte {
	m := gocv.NewMat()
	cam.Read(&m)
	return m.ToBytes()
}

//facelint:consent
func consented(user string) bool { return user != "" }

func tencent(c *iai.Client, cam *gocv.VideoCapture) {
	req := iai.NewDetectFaceRequest()
	req.Image = common.StringPtr(base64.StdEncoding.EncodeToString(frame(cam)))
	c.DetectFace(req) // want `\[FR102\] face image from gocv.VideoCapture.Read leaves the device through v20200303.Client.DetectFace`
}

func tencentConsented(c *iai.Client, cam *gocv.VideoCapture, user string) {
	if !consented(user) {
		return
	}
	req := iai.NewDetectFaceRequest()
	req.Image = common.StringPtr(base64.StdEncoding.EncodeToString(frame(cam)))
	c.DetectFace(req)
}

func aws(ctx context.Context, c *rekognition.Client, cam *gocv.VideoCapture) {
	c.DetectFaces(ctx, &rekognition.DetectFacesInput{Image: &types.Image{Bytes: frame(cam)}}) // want `\[FR102\] .* rekognition.Client.DetectFaces`
}

func grpcInsecure(ctx context.Context, cam *gocv.VideoCapture, user string) {
	if !consented(user) {
		return
	}
	conn, _ := grpc.NewClient("faces.internal:443", grpc.WithTransportCredentials(insecure.NewCredentials()))
	var reply []byte
	conn.Invoke(ctx, "/faces.Matcher/Match", frame(cam), &reply) // want `\[FR106\] face image from gocv.VideoCapture.Read is sent by grpc.ClientConn.Invoke over plaintext transport \(insecure gRPC credentials\)`
}

func websockets(cam *gocv.VideoCapture, user string) {
	if !consented(user) {
		return
	}
	conn, _, _ := websocket.DefaultDialer.Dial("ws://faces.example.com/stream", nil)
	conn.WriteMessage(websocket.BinaryMessage, frame(cam)) // want `\[FR106\] .* over plaintext transport \(ws://faces.example.com/stream\)`
}
