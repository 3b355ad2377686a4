package rekognition

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/rekognition/types"
)

// DetectFaces detects faces within an image that is provided as input.
func (c *Client) DetectFaces(ctx context.Context, params *DetectFacesInput, optFns ...func(*Options)) (*DetectFacesOutput, error) {
	return &DetectFacesOutput{}, nil
}

// DetectFacesInput is the input of DetectFaces.
type DetectFacesInput struct {
	Image      *types.Image
	Attributes []types.Attribute
}

// DetectFacesOutput is the output of DetectFaces.
type DetectFacesOutput struct {
	FaceDetails           []types.FaceDetail
	OrientationCorrection types.OrientationCorrection
}

// CompareFaces compares a face in the source input image with each of the 100
// largest faces detected in the target input image.
func (c *Client) CompareFaces(ctx context.Context, params *CompareFacesInput, optFns ...func(*Options)) (*CompareFacesOutput, error) {
	return &CompareFacesOutput{}, nil
}

// CompareFacesInput is the input of CompareFaces.
type CompareFacesInput struct {
	SourceImage         *types.Image
	TargetImage         *types.Image
	QualityFilter       types.QualityFilter
	SimilarityThreshold *float32
}

// CompareFacesOutput is the output of CompareFaces.
type CompareFacesOutput struct {
	FaceMatches                      []types.CompareFacesMatch
	SourceImageFace                  *types.ComparedSourceImageFace
	SourceImageOrientationCorrection types.OrientationCorrection
	TargetImageOrientationCorrection types.OrientationCorrection
	UnmatchedFaces                   []types.ComparedFace
}

// IndexFaces detects faces in the input image and adds them to the specified collection.
func (c *Client) IndexFaces(ctx context.Context, params *IndexFacesInput, optFns ...func(*Options)) (*IndexFacesOutput, error) {
	return &IndexFacesOutput{}, nil
}

// IndexFacesInput is the input of IndexFaces.
type IndexFacesInput struct {
	CollectionId        *string
	Image               *types.Image
	DetectionAttributes []types.Attribute
	ExternalImageId     *string
	MaxFaces            *int32
	QualityFilter       types.QualityFilter
}

// IndexFacesOutput is the output of IndexFaces.
type IndexFacesOutput struct {
	FaceModelVersion      *string
	FaceRecords           []types.FaceRecord
	OrientationCorrection types.OrientationCorrection
	UnindexedFaces        []types.UnindexedFace
}

// SearchFacesByImage searches a collection for faces that match the largest
// face in the input image.
func (c *Client) SearchFacesByImage(ctx context.Context, params *SearchFacesByImageInput, optFns ...func(*Options)) (*SearchFacesByImageOutput, error) {
	return &SearchFacesByImageOutput{}, nil
}

// SearchFacesByImageInput is the input of SearchFacesByImage.
type SearchFacesByImageInput struct {
	CollectionId       *string
	Image              *types.Image
	FaceMatchThreshold *float32
	MaxFaces           *int32
	QualityFilter      types.QualityFilter
}

// SearchFacesByImageOutput is the output of SearchFacesByImage.
type SearchFacesByImageOutput struct {
	FaceMatches             []types.FaceMatch
	FaceModelVersion        *string
	SearchedFaceBoundingBox *types.BoundingBox
	SearchedFaceConfidence  *float32
}

// SearchFaces searches a collection for faces that match the face with the given ID.
func (c *Client) SearchFaces(ctx context.Context, params *SearchFacesInput, optFns ...func(*Options)) (*SearchFacesOutput, error) {
	return &SearchFacesOutput{}, nil
}

// SearchFacesInput is the input of SearchFaces.
type SearchFacesInput struct {
	CollectionId       *string
	FaceId             *string
	FaceMatchThreshold *float32
	MaxFaces           *int32
}

// SearchFacesOutput is the output of SearchFaces.
type SearchFacesOutput struct {
	FaceMatches      []types.FaceMatch
	FaceModelVersion *string
	SearchedFaceId   *string
}

// CreateCollection creates a collection in an AWS Region.
func (c *Client) CreateCollection(ctx context.Context, params *CreateCollectionInput, optFns ...func(*Options)) (*CreateCollectionOutput, error) {
	return &CreateCollectionOutput{}, nil
}

// CreateCollectionInput is the input of CreateCollection.
type CreateCollectionInput struct {
	CollectionId *string
	Tags         map[string]string
}

// CreateCollectionOutput is the output of CreateCollection.
type CreateCollectionOutput struct {
	CollectionArn    *string
	FaceModelVersion *string
	StatusCode       *int32
}

// CreateFaceLivenessSession initiates a Face Liveness session.
func (c *Client) CreateFaceLivenessSession(ctx context.Context, params *CreateFaceLivenessSessionInput, optFns ...func(*Options)) (*CreateFaceLivenessSessionOutput, error) {
	return &CreateFaceLivenessSessionOutput{}, nil
}

// CreateFaceLivenessSessionInput is the input of CreateFaceLivenessSession.
type CreateFaceLivenessSessionInput struct {
	ClientRequestToken *string
	KmsKeyId           *string
}

// CreateFaceLivenessSessionOutput is the output of CreateFaceLivenessSession.
type CreateFaceLivenessSessionOutput struct {
	SessionId *string
}

// GetFaceLivenessSessionResults retrieves the results of a specific Face
// Liveness session.
func (c *Client) GetFaceLivenessSessionResults(ctx context.Context, params *GetFaceLivenessSessionResultsInput, optFns ...func(*Options)) (*GetFaceLivenessSessionResultsOutput, error) {
	return &GetFaceLivenessSessionResultsOutput{}, nil
}

// GetFaceLivenessSessionResultsInput is the input of GetFaceLivenessSessionResults.
type GetFaceLivenessSessionResultsInput struct {
	SessionId *string
}

// GetFaceLivenessSessionResultsOutput is the output of GetFaceLivenessSessionResults.
type GetFaceLivenessSessionResultsOutput struct {
	SessionId      *string
	Status         types.LivenessSessionStatus
	AuditImages    []types.AuditImage
	Confidence     *float32
	ReferenceImage *types.AuditImage
}

// SearchUsersByImage searches for UserIDs using a supplied image.
func (c *Client) SearchUsersByImage(ctx context.Context, params *SearchUsersByImageInput, optFns ...func(*Options)) (*SearchUsersByImageOutput, error) {
	return &SearchUsersByImageOutput{}, nil
}

// SearchUsersByImageInput is the input of SearchUsersByImage.
type SearchUsersByImageInput struct {
	CollectionId       *string
	Image              *types.Image
	MaxUsers           *int32
	UserMatchThreshold *float32
}

// SearchUsersByImageOutput is the output of SearchUsersByImage.
type SearchUsersByImageOutput struct {
	FaceModelVersion *string
	UserMatches      []types.UserMatch
}
