// Package rekognitioniface is a minimal stub of github.com/aws/aws-sdk-go/service/rekognition/rekognitioniface v1.55.8 for facelint's tests.
package rekognitioniface

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/request"
	"github.com/aws/aws-sdk-go/service/rekognition"
)

// RekognitionAPI provides an interface to enable mocking the
// rekognition.Rekognition service client's API operation.
type RekognitionAPI interface {
	DetectFaces(*rekognition.DetectFacesInput) (*rekognition.DetectFacesOutput, error)
	DetectFacesWithContext(aws.Context, *rekognition.DetectFacesInput, ...request.Option) (*rekognition.DetectFacesOutput, error)
	IndexFaces(*rekognition.IndexFacesInput) (*rekognition.IndexFacesOutput, error)
	CompareFaces(*rekognition.CompareFacesInput) (*rekognition.CompareFacesOutput, error)
}
