// Package client is a minimal stub of github.com/alibabacloud-go/cloudauth-20190307/v3/client v3.9.2 for facelint's tests: only the API facelint models, with the real signatures.
package client

import (
	openapi "github.com/alibabacloud-go/darabonba-openapi/v2/client"
)

// Client is the ID Verification (cloudauth) client.
type Client struct {
	openapi.Client
}

// InitFaceVerify calls the InitFaceVerify action.
func (client *Client) InitFaceVerify(request *InitFaceVerifyRequest) (_result *InitFaceVerifyResponse, _err error) {
	return &InitFaceVerifyResponse{}, nil
}

// InitFaceVerifyRequest is the request of InitFaceVerify.
type InitFaceVerifyRequest struct {
	CertName            *string `json:"CertName,omitempty" xml:"CertName,omitempty"`
	CertNo              *string `json:"CertNo,omitempty" xml:"CertNo,omitempty"`
	FaceContrastPicture *string `json:"FaceContrastPicture,omitempty" xml:"FaceContrastPicture,omitempty"`
	MetaInfo            *string `json:"MetaInfo,omitempty" xml:"MetaInfo,omitempty"`
	OuterOrderNo        *string `json:"OuterOrderNo,omitempty" xml:"OuterOrderNo,omitempty"`
	ProductCode         *string `json:"ProductCode,omitempty" xml:"ProductCode,omitempty"`
	SceneId             *int64  `json:"SceneId,omitempty" xml:"SceneId,omitempty"`
	UserId              *string `json:"UserId,omitempty" xml:"UserId,omitempty"`
}

// InitFaceVerifyResponse is the response of InitFaceVerify.
type InitFaceVerifyResponse struct {
	Headers    map[string]*string          `json:"headers,omitempty" xml:"headers,omitempty"`
	StatusCode *int32                      `json:"statusCode,omitempty" xml:"statusCode,omitempty"`
	Body       *InitFaceVerifyResponseBody `json:"body,omitempty" xml:"body,omitempty"`
}

// InitFaceVerifyResponseBody is the body of a InitFaceVerifyResponse.
type InitFaceVerifyResponseBody struct {
	Code         *string                                 `json:"Code,omitempty" xml:"Code,omitempty"`
	Message      *string                                 `json:"Message,omitempty" xml:"Message,omitempty"`
	RequestId    *string                                 `json:"RequestId,omitempty" xml:"RequestId,omitempty"`
	ResultObject *InitFaceVerifyResponseBodyResultObject `json:"ResultObject,omitempty" xml:"ResultObject,omitempty" type:"Struct"`
}

// InitFaceVerifyResponseBodyResultObject is the result of InitFaceVerify.
type InitFaceVerifyResponseBodyResultObject struct {
	CertifyId  *string `json:"CertifyId,omitempty" xml:"CertifyId,omitempty"`
	CertifyUrl *string `json:"CertifyUrl,omitempty" xml:"CertifyUrl,omitempty"`
}

// DescribeFaceVerify calls the DescribeFaceVerify action.
func (client *Client) DescribeFaceVerify(request *DescribeFaceVerifyRequest) (_result *DescribeFaceVerifyResponse, _err error) {
	return &DescribeFaceVerifyResponse{}, nil
}

// DescribeFaceVerifyRequest is the request of DescribeFaceVerify.
type DescribeFaceVerifyRequest struct {
	CertifyId         *string `json:"CertifyId,omitempty" xml:"CertifyId,omitempty"`
	PictureReturnType *string `json:"PictureReturnType,omitempty" xml:"PictureReturnType,omitempty"`
	SceneId           *int64  `json:"SceneId,omitempty" xml:"SceneId,omitempty"`
}

// DescribeFaceVerifyResponse is the response of DescribeFaceVerify.
type DescribeFaceVerifyResponse struct {
	Headers    map[string]*string              `json:"headers,omitempty" xml:"headers,omitempty"`
	StatusCode *int32                          `json:"statusCode,omitempty" xml:"statusCode,omitempty"`
	Body       *DescribeFaceVerifyResponseBody `json:"body,omitempty" xml:"body,omitempty"`
}

// DescribeFaceVerifyResponseBody is the body of a DescribeFaceVerifyResponse.
type DescribeFaceVerifyResponseBody struct {
	Code         *string                                     `json:"Code,omitempty" xml:"Code,omitempty"`
	Message      *string                                     `json:"Message,omitempty" xml:"Message,omitempty"`
	RequestId    *string                                     `json:"RequestId,omitempty" xml:"RequestId,omitempty"`
	ResultObject *DescribeFaceVerifyResponseBodyResultObject `json:"ResultObject,omitempty" xml:"ResultObject,omitempty" type:"Struct"`
}

// DescribeFaceVerifyResponseBodyResultObject is the result of DescribeFaceVerify.
type DescribeFaceVerifyResponseBodyResultObject struct {
	DeviceRisk   *string `json:"DeviceRisk,omitempty" xml:"DeviceRisk,omitempty"`
	DeviceToken  *string `json:"DeviceToken,omitempty" xml:"DeviceToken,omitempty"`
	IdentityInfo *string `json:"IdentityInfo,omitempty" xml:"IdentityInfo,omitempty"`
	MaterialInfo *string `json:"MaterialInfo,omitempty" xml:"MaterialInfo,omitempty"`
	Passed       *string `json:"Passed,omitempty" xml:"Passed,omitempty"`
	SubCode      *string `json:"SubCode,omitempty" xml:"SubCode,omitempty"`
	Success      *string `json:"Success,omitempty" xml:"Success,omitempty"`
	UserInfo     *string `json:"UserInfo,omitempty" xml:"UserInfo,omitempty"`
}

// ContrastFaceVerify calls the ContrastFaceVerify action.
func (client *Client) ContrastFaceVerify(request *ContrastFaceVerifyRequest) (_result *ContrastFaceVerifyResponse, _err error) {
	return &ContrastFaceVerifyResponse{}, nil
}

// ContrastFaceVerifyRequest is the request of ContrastFaceVerify.
type ContrastFaceVerifyRequest struct {
	CertName            *string `json:"CertName,omitempty" xml:"CertName,omitempty"`
	CertNo              *string `json:"CertNo,omitempty" xml:"CertNo,omitempty"`
	FaceContrastPicture *string `json:"FaceContrastPicture,omitempty" xml:"FaceContrastPicture,omitempty"`
	OuterOrderNo        *string `json:"OuterOrderNo,omitempty" xml:"OuterOrderNo,omitempty"`
	ProductCode         *string `json:"ProductCode,omitempty" xml:"ProductCode,omitempty"`
	SceneId             *int64  `json:"SceneId,omitempty" xml:"SceneId,omitempty"`
}

// ContrastFaceVerifyResponse is the response of ContrastFaceVerify.
type ContrastFaceVerifyResponse struct {
	Headers    map[string]*string              `json:"headers,omitempty" xml:"headers,omitempty"`
	StatusCode *int32                          `json:"statusCode,omitempty" xml:"statusCode,omitempty"`
	Body       *ContrastFaceVerifyResponseBody `json:"body,omitempty" xml:"body,omitempty"`
}

// ContrastFaceVerifyResponseBody is the body of a ContrastFaceVerifyResponse.
type ContrastFaceVerifyResponseBody struct {
	Code         *string                                     `json:"Code,omitempty" xml:"Code,omitempty"`
	Message      *string                                     `json:"Message,omitempty" xml:"Message,omitempty"`
	RequestId    *string                                     `json:"RequestId,omitempty" xml:"RequestId,omitempty"`
	ResultObject *ContrastFaceVerifyResponseBodyResultObject `json:"ResultObject,omitempty" xml:"ResultObject,omitempty" type:"Struct"`
}

// ContrastFaceVerifyResponseBodyResultObject is the result of ContrastFaceVerify.
type ContrastFaceVerifyResponseBodyResultObject struct {
	CertifyId    *string `json:"CertifyId,omitempty" xml:"CertifyId,omitempty"`
	IdentityInfo *string `json:"IdentityInfo,omitempty" xml:"IdentityInfo,omitempty"`
	MaterialInfo *string `json:"MaterialInfo,omitempty" xml:"MaterialInfo,omitempty"`
	Passed       *string `json:"Passed,omitempty" xml:"Passed,omitempty"`
	SubCode      *string `json:"SubCode,omitempty" xml:"SubCode,omitempty"`
}

// Id2MetaVerify calls the Id2MetaVerify action.
func (client *Client) Id2MetaVerify(request *Id2MetaVerifyRequest) (_result *Id2MetaVerifyResponse, _err error) {
	return &Id2MetaVerifyResponse{}, nil
}

// Id2MetaVerifyRequest is the request of Id2MetaVerify.
type Id2MetaVerifyRequest struct {
	IdentifyNum *string `json:"IdentifyNum,omitempty" xml:"IdentifyNum,omitempty"`
	ParamType   *string `json:"ParamType,omitempty" xml:"ParamType,omitempty"`
	UserName    *string `json:"UserName,omitempty" xml:"UserName,omitempty"`
}

// Id2MetaVerifyResponse is the response of Id2MetaVerify.
type Id2MetaVerifyResponse struct {
	Headers    map[string]*string         `json:"headers,omitempty" xml:"headers,omitempty"`
	StatusCode *int32                     `json:"statusCode,omitempty" xml:"statusCode,omitempty"`
	Body       *Id2MetaVerifyResponseBody `json:"body,omitempty" xml:"body,omitempty"`
}

// Id2MetaVerifyResponseBody is the body of a Id2MetaVerifyResponse.
type Id2MetaVerifyResponseBody struct {
	Code         *string                                `json:"Code,omitempty" xml:"Code,omitempty"`
	Message      *string                                `json:"Message,omitempty" xml:"Message,omitempty"`
	RequestId    *string                                `json:"RequestId,omitempty" xml:"RequestId,omitempty"`
	ResultObject *Id2MetaVerifyResponseBodyResultObject `json:"ResultObject,omitempty" xml:"ResultObject,omitempty" type:"Struct"`
}

// Id2MetaVerifyResponseBodyResultObject is the result of Id2MetaVerify.
type Id2MetaVerifyResponseBodyResultObject struct {
	BizCode *string `json:"BizCode,omitempty" xml:"BizCode,omitempty"`
}
