// Package sinks tests the face vendors' SDKs with facesinks: face data sent
// to their face APIs (FR102, FR106), face images they return (FR101), and
// the identifiers and scores they return, which are not face data.
package sinks

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-sdk-go-v2/service/rekognition"
	"github.com/aws/aws-sdk-go-v2/service/rekognition/types"
	awsv1 "github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/service/kms"
	rekv1 "github.com/aws/aws-sdk-go/service/rekognition"
	"github.com/aws/aws-sdk-go/service/rekognition/rekognitioniface"
	"gocv.io/x/gocv"
)

func frame(cam *gocv.VideoCapture) []byte {
	m := gocv.NewMat()
	cam.Read(&m)
	return m.ToBytes()
}

//facelint:consent
func consented(user string) bool { return user != "" }

func rekognitionV1(c *rekv1.Rekognition, cam *gocv.VideoCapture) {
	c.DetectFaces(&rekv1.DetectFacesInput{Image: &rekv1.Image{Bytes: frame(cam)}}) // want `\[FR102\] face image from gocv.VideoCapture.Read leaves the device through rekognition.Rekognition.DetectFaces`
}

func rekognitionV1Consented(ctx context.Context, c *rekv1.Rekognition, cam *gocv.VideoCapture, user string) {
	if !consented(user) {
		return
	}
	out, _ := c.IndexFacesWithContext(ctx, &rekv1.IndexFacesInput{CollectionId: awsv1.String("staff"), Image: &rekv1.Image{Bytes: frame(cam)}})
	for _, r := range out.FaceRecords {
		log.Printf("indexed face %s in %v", awsv1.StringValue(r.Face.FaceId), r.Face.BoundingBox)
	}
}

// Services call the v1 client through its interface, to mock it in tests.
func rekognitionV1Interface(api rekognitioniface.RekognitionAPI, cam *gocv.VideoCapture) {
	api.CompareFaces(&rekv1.CompareFacesInput{SourceImage: &rekv1.Image{Bytes: frame(cam)}}) // want `\[FR102\] face image from gocv.VideoCapture.Read leaves the device through rekognitioniface.RekognitionAPI.CompareFaces`
}

// The images of a liveness session are face images; its score and IDs are
// not.
func liveness(ctx context.Context, c *rekognition.Client, session string) {
	res, err := c.GetFaceLivenessSessionResults(ctx, &rekognition.GetFaceLivenessSessionResultsInput{SessionId: &session})
	if err != nil {
		return
	}
	log.Printf("liveness %s: %v %s", *res.SessionId, *res.Confidence, res.Status)
	log.Printf("face at %v,%v", *res.ReferenceImage.BoundingBox.Left, *res.ReferenceImage.BoundingBox.Top)
	log.Printf("reference %x", res.ReferenceImage.Bytes) // want `\[FR101\] face image from rekognition.Client.GetFaceLivenessSessionResults is written to a log by log.Printf`
}

func livenessV1(c *rekv1.Rekognition, session string) {
	res, _ := c.GetFaceLivenessSessionResults(&rekv1.GetFaceLivenessSessionResultsInput{SessionId: &session})
	for _, a := range res.AuditImages {
		log.Printf("audit image %s at %v", awsv1.StringValue(res.SessionId), *a.BoundingBox.Left)
		os.WriteFile("/var/audit/"+session+".jpg", a.Bytes, 0o600) // want `\[FR103\] face image from rekognition.Rekognition.GetFaceLivenessSessionResults is persisted by os.WriteFile without encryption`
	}
}

func livenessV1Encrypted(c *rekv1.Rekognition, k *kms.KMS, session string) {
	res, _ := c.GetFaceLivenessSessionResults(&rekv1.GetFaceLivenessSessionResultsInput{SessionId: &session})
	enc, _ := k.Encrypt(&kms.EncryptInput{KeyId: awsv1.String("alias/faces"), Plaintext: res.ReferenceImage.Bytes})
	os.WriteFile("/var/audit/"+session+".bin", enc.CiphertextBlob, 0o600)
}

func searchUsers(ctx context.Context, c *rekognition.Client, cam *gocv.VideoCapture, user string) {
	if !consented(user) {
		return
	}
	out, _ := c.SearchUsersByImage(ctx, &rekognition.SearchUsersByImageInput{Image: &types.Image{Bytes: frame(cam)}})
	for _, m := range out.UserMatches {
		log.Printf("matched %s (%v)", *m.User.UserId, *m.Similarity)
	}
}
