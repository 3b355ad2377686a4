// Package fallback tests the face vendors' verifiers with facefallback:
// face verification as the only way through (FR301), and the non-face
// checks the vendors offer as the alternative.
package fallback

import (
	"errors"

	rekv1 "github.com/aws/aws-sdk-go/service/rekognition"
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"
	faceid "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/faceid/v20180301"
	iai18 "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/iai/v20180301"
)

var errDenied = errors.New("denied")

func tencentFaceOnly(c *iai18.Client, person, image string) error {
	req := iai18.NewVerifyFaceRequest()
	req.PersonId = common.StringPtr(person)
	req.Image = common.StringPtr(image)
	resp, err := c.VerifyFace(req) // want `\[FR301\] face verification by v20180301.Client.VerifyFace is the only way through`
	if err != nil || !*resp.Response.IsMatch {
		return errDenied
	}
	return nil
}

// The ID card check of FaceID is the other way through.
func tencentWithIDCard(c *iai18.Client, f *faceid.Client, person, image, name, idCard string) error {
	req := iai18.NewVerifyFaceRequest()
	req.PersonId = common.StringPtr(person)
	req.Image = common.StringPtr(image)
	resp, err := c.VerifyFace(req)
	if err != nil || !*resp.Response.IsMatch {
		id := faceid.NewIdCardVerificationRequest()
		id.Name = common.StringPtr(name)
		id.IdCard = common.StringPtr(idCard)
		r, err := f.IdCardVerification(id)
		if err != nil || *r.Response.Result != "0" {
			return errDenied
		}
	}
	return nil
}

func rekognitionV1FaceOnly(c *rekv1.Rekognition, probe, enrolled []byte) bool {
	out, err := c.CompareFaces(&rekv1.CompareFacesInput{ // want `\[FR301\] face verification by rekognition.Rekognition.CompareFaces is the only way through`
		SourceImage: &rekv1.Image{Bytes: probe},
		TargetImage: &rekv1.Image{Bytes: enrolled},
	})
	if err != nil || len(out.FaceMatches) == 0 {
		return false
	}
	return true
}
