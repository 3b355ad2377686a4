// Package model is a minimal stub of github.com/huaweicloud/huaweicloud-sdk-go-v3/services/frs/v2/model v0.1.215 for facelint's tests.
package model

// DetectFaceByBase64Request is the request of DetectFaceByBase64.
type DetectFaceByBase64Request struct {
	EnterpriseProjectId *string `json:"Enterprise-Project-Id,omitempty"`

	Body *FaceDetectBase64Req `json:"body,omitempty"`
}

// FaceDetectBase64Req is the body of a DetectFaceByBase64Request.
type FaceDetectBase64Req struct {
	ImageBase64 string `json:"image_base64"`

	Attributes *string `json:"attributes,omitempty"`
}

// DetectFaceByBase64Response is the response of DetectFaceByBase64.
type DetectFaceByBase64Response struct {
	Faces *[]DetectFace `json:"faces,omitempty"`

	XRequestId     *string `json:"X-Request-Id,omitempty"`
	HttpStatusCode int     `json:"-"`
}

// DetectFace is a detected face.
type DetectFace struct {
	BoundingBox *BoundingBox `json:"bounding_box"`
}

// BoundingBox is where a face is.
type BoundingBox struct {
	Width int32 `json:"width"`

	TopLeftY int32 `json:"top_left_y"`

	TopLeftX int32 `json:"top_left_x"`

	Height int32 `json:"height"`
}
