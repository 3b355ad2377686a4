package sinks

import (
	"encoding/base64"

	openapi "github.com/alibabacloud-go/darabonba-openapi/v2/client"
	facebody "github.com/alibabacloud-go/facebody-20191230/v5/client"
	util "github.com/alibabacloud-go/tea-utils/v2/service"
	"github.com/alibabacloud-go/tea/tea"
	awsv1 "github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/session"
	rekv1 "github.com/aws/aws-sdk-go/service/rekognition"
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/profile"
	iai "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/iai/v20200303"
	"gocv.io/x/gocv"
)

// The cloud face SDKs speak HTTPS unless their configuration says
// otherwise: a scheme or protocol of "HTTP", SSL disabled.

func tencentPlainHTTP(cam *gocv.VideoCapture, user string) {
	if !consented(user) {
		return
	}
	cpf := profile.NewClientProfile()
	cpf.HttpProfile.Scheme = "HTTP"
	c, _ := iai.NewClient(common.NewCredential("id", "key"), "ap-guangzhou", cpf)
	req := iai.NewDetectFaceRequest()
	req.Image = common.StringPtr(base64.StdEncoding.EncodeToString(frame(cam)))
	c.DetectFace(req) // want `\[FR106\] face image from gocv.VideoCapture.Read is sent by v20200303.Client.DetectFace over plaintext transport \(Scheme: "HTTP"\)`
}

func tencentHTTPS(cam *gocv.VideoCapture, user string) {
	if !consented(user) {
		return
	}
	cpf := profile.NewClientProfile()
	cpf.HttpProfile.Scheme = "HTTPS"
	c, _ := iai.NewClient(common.NewCredential("id", "key"), "ap-guangzhou", cpf)
	req := iai.NewDetectFaceRequest()
	req.Image = common.StringPtr(base64.StdEncoding.EncodeToString(frame(cam)))
	c.DetectFace(req)
}

func alibabaPlainHTTP(cam *gocv.VideoCapture, user string) {
	if !consented(user) {
		return
	}
	c, _ := facebody.NewClient(&openapi.Config{Endpoint: tea.String("facebody.cn-shanghai.aliyuncs.com"), Protocol: tea.String("HTTP")})
	req := &facebody.DetectFaceRequest{ImageURL: tea.String("data:image/jpeg;base64," + base64.StdEncoding.EncodeToString(frame(cam)))}
	c.DetectFaceWithOptions(req, &util.RuntimeOptions{}) // want `\[FR106\] face image from gocv.VideoCapture.Read is sent by client.Client.DetectFaceWithOptions over plaintext transport \(Protocol: "HTTP"\)`
}

func alibabaHTTPS(cam *gocv.VideoCapture, user string) {
	if !consented(user) {
		return
	}
	c, _ := facebody.NewClient(&openapi.Config{Endpoint: tea.String("facebody.cn-shanghai.aliyuncs.com"), Protocol: tea.String("HTTPS")})
	req := &facebody.DetectFaceRequest{ImageURL: tea.String("data:image/jpeg;base64," + base64.StdEncoding.EncodeToString(frame(cam)))}
	c.DetectFaceWithOptions(req, &util.RuntimeOptions{})
}

func rekognitionNoSSL(cam *gocv.VideoCapture, user string) {
	if !consented(user) {
		return
	}
	sess, _ := session.NewSession(&awsv1.Config{Region: awsv1.String("us-east-1"), DisableSSL: awsv1.Bool(true)})
	c := rekv1.New(sess)
	c.DetectFaces(&rekv1.DetectFacesInput{Image: &rekv1.Image{Bytes: frame(cam)}}) // want `\[FR106\] face image from gocv.VideoCapture.Read is sent by rekognition.Rekognition.DetectFaces over plaintext transport \(DisableSSL: true\)`
}

func rekognitionSSL(cam *gocv.VideoCapture, user string) {
	if !consented(user) {
		return
	}
	sess, _ := session.NewSession(&awsv1.Config{Region: awsv1.String("us-east-1"), DisableSSL: awsv1.Bool(false)})
	c := rekv1.New(sess)
	c.DetectFaces(&rekv1.DetectFacesInput{Image: &rekv1.Image{Bytes: frame(cam)}})
}
