// Package rekognition is a minimal stub of github.com/aws/aws-sdk-go/service/rekognition v1.55.8 for facelint's tests: only the API facelint models, with the real signatures.
package rekognition

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/client"
	"github.com/aws/aws-sdk-go/aws/request"
)

// Rekognition provides the API operation methods for making requests to
// Amazon Rekognition.
type Rekognition struct {
	*client.Client
}

// New creates a new instance of the Rekognition client with a session.
func New(p client.ConfigProvider, cfgs ...*aws.Config) *Rekognition {
	c := p.ClientConfig("rekognition", cfgs...)
	return &Rekognition{Client: &client.Client{Config: *c.Config}}
}

// DetectFaces detects faces within an image that is provided as input.
func (c *Rekognition) DetectFaces(input *DetectFacesInput) (*DetectFacesOutput, error) {
	return &DetectFacesOutput{}, nil
}

// DetectFacesWithContext is the same as DetectFaces with a context.
func (c *Rekognition) DetectFacesWithContext(ctx aws.Context, input *DetectFacesInput, opts ...request.Option) (*DetectFacesOutput, error) {
	return &DetectFacesOutput{}, nil
}

// IndexFaces detects faces in the input image and adds them to the specified
// collection.
func (c *Rekognition) IndexFaces(input *IndexFacesInput) (*IndexFacesOutput, error) {
	return &IndexFacesOutput{}, nil
}

// IndexFacesWithContext is the same as IndexFaces with a context.
func (c *Rekognition) IndexFacesWithContext(ctx aws.Context, input *IndexFacesInput, opts ...request.Option) (*IndexFacesOutput, error) {
	return &IndexFacesOutput{}, nil
}

// CompareFaces compares a face in the source input image with each of the
// 100 largest faces detected in the target input image.
func (c *Rekognition) CompareFaces(input *CompareFacesInput) (*CompareFacesOutput, error) {
	return &CompareFacesOutput{}, nil
}

// CompareFacesRequest generates a request for the CompareFaces operation.
func (c *Rekognition) CompareFacesRequest(input *CompareFacesInput) (req *request.Request, output *CompareFacesOutput) {
	output = &CompareFacesOutput{}
	return &request.Request{Data: output}, output
}

// GetFaceLivenessSessionResults retrieves the results of a specific Face
// Liveness session.
func (c *Rekognition) GetFaceLivenessSessionResults(input *GetFaceLivenessSessionResultsInput) (*GetFaceLivenessSessionResultsOutput, error) {
	return &GetFaceLivenessSessionResultsOutput{}, nil
}

// DetectFacesInput is the input of DetectFaces.
type DetectFacesInput struct {
	Attributes []*string
	Image      *Image
}

// DetectFacesOutput is the output of DetectFaces.
type DetectFacesOutput struct {
	FaceDetails           []*FaceDetail
	OrientationCorrection *string
}

// IndexFacesInput is the input of IndexFaces.
type IndexFacesInput struct {
	CollectionId        *string
	DetectionAttributes []*string
	ExternalImageId     *string
	Image               *Image
	MaxFaces            *int64
	QualityFilter       *string
}

// IndexFacesOutput is the output of IndexFaces.
type IndexFacesOutput struct {
	FaceModelVersion      *string
	FaceRecords           []*FaceRecord
	OrientationCorrection *string
}

// CompareFacesInput is the input of CompareFaces.
type CompareFacesInput struct {
	QualityFilter       *string
	SimilarityThreshold *float64
	SourceImage         *Image
	TargetImage         *Image
}

// CompareFacesOutput is the output of CompareFaces.
type CompareFacesOutput struct {
	FaceMatches    []*CompareFacesMatch
	UnmatchedFaces []*ComparedFace
}

// GetFaceLivenessSessionResultsInput is the input of GetFaceLivenessSessionResults.
type GetFaceLivenessSessionResultsInput struct {
	SessionId *string
}

// GetFaceLivenessSessionResultsOutput is the output of GetFaceLivenessSessionResults.
type GetFaceLivenessSessionResultsOutput struct {
	AuditImages    []*AuditImage
	Confidence     *float64
	ReferenceImage *AuditImage
	SessionId      *string
	Status         *string
}

// Image provides the input image either as bytes or an S3 object.
type Image struct {
	Bytes    []byte
	S3Object *S3Object
}

// S3Object provides the S3 bucket name and object name.
type S3Object struct {
	Bucket  *string
	Name    *string
	Version *string
}

// AuditImage is an image from a Face Liveness session.
type AuditImage struct {
	BoundingBox *BoundingBox
	Bytes       []byte
	S3Object    *S3Object
}

// BoundingBox identifies the bounding box around a face.
type BoundingBox struct {
	Height *float64
	Left   *float64
	Top    *float64
	Width  *float64
}

// FaceDetail is the structure containing attributes of the face that the
// algorithm detected.
type FaceDetail struct {
	BoundingBox *BoundingBox
	Confidence  *float64
}

// Face describes the face properties such as the bounding box, face ID,
// image ID of the input image, and external image ID that you assigned.
type Face struct {
	BoundingBox     *BoundingBox
	Confidence      *float64
	ExternalImageId *string
	FaceId          *string
	ImageId         *string
	UserId          *string
}

// FaceRecord is an object containing both the face metadata and facial
// attributes detected by IndexFaces.
type FaceRecord struct {
	Face       *Face
	FaceDetail *FaceDetail
}

// CompareFacesMatch provides information about a face in a target image
// that matches the source image face.
type CompareFacesMatch struct {
	Face       *ComparedFace
	Similarity *float64
}

// ComparedFace provides face metadata for target image faces that are
// analyzed by CompareFaces and RecognizeCelebrities.
type ComparedFace struct {
	BoundingBox *BoundingBox
	Confidence  *float64
}
