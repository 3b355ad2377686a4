package sinks

import (
	"bytes"
	"log"

	cloudauth "github.com/alibabacloud-go/cloudauth-20190307/v3/client"
	facebody "github.com/alibabacloud-go/facebody-20191230/v5/client"
	util "github.com/alibabacloud-go/tea-utils/v2/service"
	"github.com/alibabacloud-go/tea/tea"
	"gocv.io/x/gocv"
)

// RecognizeFace returns feature vectors; its rectangles and landmarks are
// not face data.
func alibabaRecognize(c *facebody.Client, cam *gocv.VideoCapture, user string) {
	if !consented(user) {
		return
	}
	req := &facebody.RecognizeFaceAdvanceRequest{ImageURLObject: bytes.NewReader(frame(cam))}
	resp, err := c.RecognizeFaceAdvance(req, &util.RuntimeOptions{})
	if err != nil {
		return
	}
	log.Printf("%d faces", *resp.Body.Data.FaceCount)
	log.Printf("features %v", resp.Body.Data.DenseFeatures) // want `\[FR101\] face template from client.Client.RecognizeFaceAdvance is written to a log by log.Printf`
}

func alibabaNoConsent(c *facebody.Client, cam *gocv.VideoCapture) {
	req := &facebody.RecognizeFaceAdvanceRequest{ImageURLObject: bytes.NewReader(frame(cam))}
	c.RecognizeFaceAdvance(req, &util.RuntimeOptions{}) // want `\[FR102\] face image from gocv.VideoCapture.Read leaves the device through client.Client.RecognizeFaceAdvance`
}

// The material of an ID Verification holds the captured face images; its
// verdict does not.
func alibabaVerifyResult(c *cloudauth.Client, certifyID string) {
	resp, err := c.DescribeFaceVerify(&cloudauth.DescribeFaceVerifyRequest{CertifyId: tea.String(certifyID), PictureReturnType: tea.String("BASE64")})
	if err != nil {
		return
	}
	log.Printf("verification %s: passed=%s (%s)", certifyID, *resp.Body.ResultObject.Passed, *resp.Body.ResultObject.SubCode)
	log.Printf("material %s", *resp.Body.ResultObject.MaterialInfo) // want `\[FR101\] face image from client.Client.DescribeFaceVerify is written to a log by log.Printf`
}
