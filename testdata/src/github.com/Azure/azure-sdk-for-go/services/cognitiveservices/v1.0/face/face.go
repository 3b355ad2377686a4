// Package face is a minimal stub of github.com/Azure/azure-sdk-for-go/services/cognitiveservices/v1.0/face v68.0.0+incompatible for facelint's tests: only the API facelint models, with the real signatures.
package face

import (
	"context"
	"io"
)

// Client is the Face API client.
type Client struct{}

// NewClient creates an instance of the Client client.
func NewClient(endpoint string) Client { return Client{} }

// AttributeType enumerates the values for attribute type.
type AttributeType string

// DetectionModel enumerates the values for detection model.
type DetectionModel string

// RecognitionModel enumerates the values for recognition model.
type RecognitionModel string

// DetectWithStream detects human faces in an image.
func (client Client) DetectWithStream(ctx context.Context, imageParameter io.ReadCloser, returnFaceID *bool, returnFaceLandmarks *bool, returnFaceAttributes []AttributeType, recognitionModel RecognitionModel, returnRecognitionModel *bool, detectionModel DetectionModel) (result ListDetectedFace, err error) {
	return ListDetectedFace{}, nil
}

// ListDetectedFace is a list of detected faces.
type ListDetectedFace struct {
	Value *[]DetectedFace `json:"value,omitempty"`
}

// DetectedFace is a detected face.
type DetectedFace struct {
	RecognitionModel RecognitionModel `json:"recognitionModel,omitempty"`
	FaceRectangle    *Rectangle       `json:"faceRectangle,omitempty"`
}

// Rectangle is a rectangle within which a face can be found.
type Rectangle struct {
	Width  *int32 `json:"width,omitempty"`
	Height *int32 `json:"height,omitempty"`
	Left   *int32 `json:"left,omitempty"`
	Top    *int32 `json:"top,omitempty"`
}
