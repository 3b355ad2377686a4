// Package v20180301 is a minimal stub of github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/iai/v20180301 v1.0.162 for facelint's tests: only the API facelint models, with the real signatures.
package v20180301

import (
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"
	tchttp "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/http"
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/profile"
)

// APIVersion is the version of the Tencent Cloud face recognition (iai) API.
const APIVersion = "2018-03-01"

// Client is the Tencent Cloud face recognition (iai) client.
type Client struct {
	common.Client
}

// NewClient creates a client.
func NewClient(credential *common.Credential, region string, clientProfile *profile.ClientProfile) (client *Client, err error) {
	client = &Client{}
	client.Init(region).
		WithCredential(credential).
		WithProfile(clientProfile)
	return
}

// NewCreateFaceRequest returns a new CreateFaceRequest.
func NewCreateFaceRequest() (request *CreateFaceRequest) {
	request = &CreateFaceRequest{
		BaseRequest: &tchttp.BaseRequest{},
	}
	request.Init().WithApiInfo("iai", APIVersion, "CreateFace")
	return
}

// NewCreateFaceResponse returns a new CreateFaceResponse.
func NewCreateFaceResponse() (response *CreateFaceResponse) {
	response = &CreateFaceResponse{
		BaseResponse: &tchttp.BaseResponse{},
	}
	return
}

// CreateFace calls the CreateFace API.
func (c *Client) CreateFace(request *CreateFaceRequest) (response *CreateFaceResponse, err error) {
	if request == nil {
		request = NewCreateFaceRequest()
	}
	response = NewCreateFaceResponse()
	err = c.Send(request, response)
	return
}

// NewVerifyFaceRequest returns a new VerifyFaceRequest.
func NewVerifyFaceRequest() (request *VerifyFaceRequest) {
	request = &VerifyFaceRequest{
		BaseRequest: &tchttp.BaseRequest{},
	}
	request.Init().WithApiInfo("iai", APIVersion, "VerifyFace")
	return
}

// NewVerifyFaceResponse returns a new VerifyFaceResponse.
func NewVerifyFaceResponse() (response *VerifyFaceResponse) {
	response = &VerifyFaceResponse{
		BaseResponse: &tchttp.BaseResponse{},
	}
	return
}

// VerifyFace calls the VerifyFace API.
func (c *Client) VerifyFace(request *VerifyFaceRequest) (response *VerifyFaceResponse, err error) {
	if request == nil {
		request = NewVerifyFaceRequest()
	}
	response = NewVerifyFaceResponse()
	err = c.Send(request, response)
	return
}
