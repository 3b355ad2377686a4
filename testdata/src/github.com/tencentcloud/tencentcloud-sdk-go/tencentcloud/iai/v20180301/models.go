package v20180301

import (
	tchttp "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/http"
)

// CreateFaceRequest is the request of CreateFace.
type CreateFaceRequest struct {
	*tchttp.BaseRequest
	PersonId           *string   `json:"PersonId,omitempty" name:"PersonId"`
	Images             []*string `json:"Images,omitempty" name:"Images" list`
	Urls               []*string `json:"Urls,omitempty" name:"Urls" list`
	FaceMatchThreshold *float64  `json:"FaceMatchThreshold,omitempty" name:"FaceMatchThreshold"`
}

// CreateFaceResponse is the response of CreateFace.
type CreateFaceResponse struct {
	*tchttp.BaseResponse
	Response *struct {
		SucFaceNum       *uint64     `json:"SucFaceNum,omitempty" name:"SucFaceNum"`
		SucFaceIds       []*string   `json:"SucFaceIds,omitempty" name:"SucFaceIds" list`
		RetCode          []*int64    `json:"RetCode,omitempty" name:"RetCode" list`
		SucIndexes       []*uint64   `json:"SucIndexes,omitempty" name:"SucIndexes" list`
		SucFaceRects     []*FaceRect `json:"SucFaceRects,omitempty" name:"SucFaceRects" list`
		FaceModelVersion *string     `json:"FaceModelVersion,omitempty" name:"FaceModelVersion"`
		RequestId        *string     `json:"RequestId,omitempty" name:"RequestId"`
	} `json:"Response"`
}

// VerifyFaceRequest is the request of VerifyFace.
type VerifyFaceRequest struct {
	*tchttp.BaseRequest
	PersonId *string `json:"PersonId,omitempty" name:"PersonId"`
	Image    *string `json:"Image,omitempty" name:"Image"`
	Url      *string `json:"Url,omitempty" name:"Url"`
}

// VerifyFaceResponse is the response of VerifyFace.
type VerifyFaceResponse struct {
	*tchttp.BaseResponse
	Response *struct {
		Score            *float64 `json:"Score,omitempty" name:"Score"`
		IsMatch          *bool    `json:"IsMatch,omitempty" name:"IsMatch"`
		FaceModelVersion *string  `json:"FaceModelVersion,omitempty" name:"FaceModelVersion"`
		RequestId        *string  `json:"RequestId,omitempty" name:"RequestId"`
	} `json:"Response"`
}

// FaceRect is the position of a face in an image.
type FaceRect struct {
	X      *int64  `json:"X,omitempty" name:"X"`
	Y      *int64  `json:"Y,omitempty" name:"Y"`
	Width  *uint64 `json:"Width,omitempty" name:"Width"`
	Height *uint64 `json:"Height,omitempty" name:"Height"`
}
