// Package types is a minimal stub of github.com/aws/aws-sdk-go-v2/service/rekognition/types v1.51.26 for facelint's tests: only the API facelint models, with the real signatures.
package types

// Attribute is a facial attribute to return.
type Attribute string

// Attribute values.
const (
	AttributeDefault Attribute = "DEFAULT"
	AttributeAll     Attribute = "ALL"
)

// OrientationCorrection is the orientation of an image.
type OrientationCorrection string

// QualityFilter filters out faces that don't meet a quality bar.
type QualityFilter string

// QualityFilter values.
const (
	QualityFilterNone   QualityFilter = "NONE"
	QualityFilterAuto   QualityFilter = "AUTO"
	QualityFilterLow    QualityFilter = "LOW"
	QualityFilterMedium QualityFilter = "MEDIUM"
	QualityFilterHigh   QualityFilter = "HIGH"
)

// Reason is why a face was not indexed.
type Reason string

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

// BoundingBox identifies the bounding box around the label, face, text, object of interest, or personal protective equipment.
type BoundingBox struct {
	Height *float32
	Left   *float32
	Top    *float32
	Width  *float32
}

// Landmark indicates the location of the landmark on the face.
type Landmark struct {
	Type LandmarkType
	X    *float32
	Y    *float32
}

// LandmarkType is the type of a landmark.
type LandmarkType string

// FaceDetail is the structure containing attributes of the face that the algorithm detected.
type FaceDetail struct {
	BoundingBox *BoundingBox
	Confidence  *float32
	Landmarks   []Landmark
}

// CompareFacesMatch provides information about a face in a target image that
// matches the source image face.
type CompareFacesMatch struct {
	Face       *ComparedFace
	Similarity *float32
}

// ComparedFace provides face metadata for target image faces that are analyzed
// by CompareFaces and RecognizeCelebrities.
type ComparedFace struct {
	BoundingBox *BoundingBox
	Confidence  *float32
	Landmarks   []Landmark
}

// ComparedSourceImageFace is the type that describes the face Amazon Rekognition
// chose to compare with the faces in the target.
type ComparedSourceImageFace struct {
	BoundingBox *BoundingBox
	Confidence  *float32
}

// FaceRecord is the object containing both the face metadata (stored in the
// backend database), and facial attributes that are detected but aren't stored
// in the database.
type FaceRecord struct {
	Face       *Face
	FaceDetail *FaceDetail
}

// Face describes the face properties such as the bounding box, face ID, image
// ID of the input image, and external image ID that you assigned.
type Face struct {
	BoundingBox            *BoundingBox
	Confidence             *float32
	ExternalImageId        *string
	FaceId                 *string
	ImageId                *string
	IndexFacesModelVersion *string
	UserId                 *string
}

// FaceMatch provides face metadata.
type FaceMatch struct {
	Face       *Face
	Similarity *float32
}

// UnindexedFace is a face that IndexFaces detected, but didn't index.
type UnindexedFace struct {
	FaceDetail *FaceDetail
	Reasons    []Reason
}

// LivenessSessionStatus is the status of a Face Liveness session.
type LivenessSessionStatus string

// AuditImage is an image from a Face Liveness session.
type AuditImage struct {
	BoundingBox *BoundingBox
	Bytes       []byte
	S3Object    *S3Object
}

// UserMatch provides UserID metadata along with the confidence in the match
// of this UserID with the input face.
type UserMatch struct {
	Similarity *float32
	User       *MatchedUser
}

// MatchedUser contains metadata for a UserID matched with a given face.
type MatchedUser struct {
	UserId     *string
	UserStatus UserStatus
}

// UserStatus is the status of a user.
type UserStatus string
