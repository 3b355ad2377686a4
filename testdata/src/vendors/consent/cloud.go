// Package consent tests the face vendors' SDKs and engines with
// faceconsent: a call that processes a face, on data not captured before,
// is a capture (FR201).
package consent

import (
	"context"
	"os"

	"github.com/aws/aws-sdk-go-v2/service/rekognition"
	rekv1 "github.com/aws/aws-sdk-go/service/rekognition"
	faceid "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/faceid/v20180301"
)

//facelint:consent
func consented(user string) bool { return user != "" }

func detectFile(c *rekv1.Rekognition, path string) {
	img, _ := os.ReadFile(path)
	c.DetectFaces(&rekv1.DetectFacesInput{Image: &rekv1.Image{Bytes: img}}) // want `\[FR201\] face image is captured by rekognition.Rekognition.DetectFaces`
}

func detectFileConsented(c *rekv1.Rekognition, path, user string) {
	if !consented(user) {
		return
	}
	img, _ := os.ReadFile(path)
	c.DetectFaces(&rekv1.DetectFacesInput{Image: &rekv1.Image{Bytes: img}})
}

// A liveness session captures the face in the vendor's client component.
func livenessSession(ctx context.Context, c *rekognition.Client) (string, error) {
	out, err := c.CreateFaceLivenessSession(ctx, &rekognition.CreateFaceLivenessSessionInput{}) // want `\[FR201\] face image is captured by rekognition.Client.CreateFaceLivenessSession`
	if err != nil {
		return "", err
	}
	return *out.SessionId, nil
}

func livenessSessionConsented(ctx context.Context, c *rekognition.Client, user string) (string, error) {
	if !consented(user) {
		return "", nil
	}
	out, err := c.CreateFaceLivenessSession(ctx, &rekognition.CreateFaceLivenessSessionInput{})
	if err != nil {
		return "", err
	}
	return *out.SessionId, nil
}

// DetectAuth starts Tencent's own face verification page.
func tencentDetectAuth(c *faceid.Client) {
	req := faceid.NewDetectAuthRequest()
	c.DetectAuth(req) // want `\[FR201\] face image is captured by v20180301.Client.DetectAuth`
}
