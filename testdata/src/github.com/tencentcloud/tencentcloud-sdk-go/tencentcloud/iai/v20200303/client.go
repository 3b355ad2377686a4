// Package v20200303 is a minimal stub of github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/iai/v20200303 v1.0.162 for facelint's tests: only the API facelint models, with the real signatures.
package v20200303

import (
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"
	tchttp "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/http"
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/profile"
)

// APIVersion is the version of the Tencent Cloud face recognition (iai) API.
const APIVersion = "2020-03-03"

// Client is the Tencent Cloud face recognition (iai) client.
type Client struct {
	common.Client
}

// NewClientWithSecretId creates a client from a secret ID and key.
//
// Deprecated: use NewClient.
func NewClientWithSecretId(secretId, secretKey, region string) (client *Client, err error) {
	cpf := profile.NewClientProfile()
	client = &Client{}
	client.Init(region).WithSecretId(secretId, secretKey).WithProfile(cpf)
	return
}

// NewClient creates a client.
func NewClient(credential *common.Credential, region string, clientProfile *profile.ClientProfile) (client *Client, err error) {
	client = &Client{}
	client.Init(region).
		WithCredential(credential).
		WithProfile(clientProfile)
	return
}

// NewCompareFaceRequest returns a new CompareFaceRequest.
func NewCompareFaceRequest() (request *CompareFaceRequest) {
	request = &CompareFaceRequest{
		BaseRequest: &tchttp.BaseRequest{},
	}
	request.Init().WithApiInfo("iai", APIVersion, "CompareFace")
	return
}

// NewCompareFaceResponse returns a new CompareFaceResponse.
func NewCompareFaceResponse() (response *CompareFaceResponse) {
	response = &CompareFaceResponse{
		BaseResponse: &tchttp.BaseResponse{},
	}
	return
}

// CompareFace calls the CompareFace API.
func (c *Client) CompareFace(request *CompareFaceRequest) (response *CompareFaceResponse, err error) {
	if request == nil {
		request = NewCompareFaceRequest()
	}
	response = NewCompareFaceResponse()
	err = c.Send(request, response)
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

// NewCreateGroupRequest returns a new CreateGroupRequest.
func NewCreateGroupRequest() (request *CreateGroupRequest) {
	request = &CreateGroupRequest{
		BaseRequest: &tchttp.BaseRequest{},
	}
	request.Init().WithApiInfo("iai", APIVersion, "CreateGroup")
	return
}

// NewCreateGroupResponse returns a new CreateGroupResponse.
func NewCreateGroupResponse() (response *CreateGroupResponse) {
	response = &CreateGroupResponse{
		BaseResponse: &tchttp.BaseResponse{},
	}
	return
}

// CreateGroup calls the CreateGroup API.
func (c *Client) CreateGroup(request *CreateGroupRequest) (response *CreateGroupResponse, err error) {
	if request == nil {
		request = NewCreateGroupRequest()
	}
	response = NewCreateGroupResponse()
	err = c.Send(request, response)
	return
}

// NewCreatePersonRequest returns a new CreatePersonRequest.
func NewCreatePersonRequest() (request *CreatePersonRequest) {
	request = &CreatePersonRequest{
		BaseRequest: &tchttp.BaseRequest{},
	}
	request.Init().WithApiInfo("iai", APIVersion, "CreatePerson")
	return
}

// NewCreatePersonResponse returns a new CreatePersonResponse.
func NewCreatePersonResponse() (response *CreatePersonResponse) {
	response = &CreatePersonResponse{
		BaseResponse: &tchttp.BaseResponse{},
	}
	return
}

// CreatePerson calls the CreatePerson API.
func (c *Client) CreatePerson(request *CreatePersonRequest) (response *CreatePersonResponse, err error) {
	if request == nil {
		request = NewCreatePersonRequest()
	}
	response = NewCreatePersonResponse()
	err = c.Send(request, response)
	return
}

// NewDeleteFaceRequest returns a new DeleteFaceRequest.
func NewDeleteFaceRequest() (request *DeleteFaceRequest) {
	request = &DeleteFaceRequest{
		BaseRequest: &tchttp.BaseRequest{},
	}
	request.Init().WithApiInfo("iai", APIVersion, "DeleteFace")
	return
}

// NewDeleteFaceResponse returns a new DeleteFaceResponse.
func NewDeleteFaceResponse() (response *DeleteFaceResponse) {
	response = &DeleteFaceResponse{
		BaseResponse: &tchttp.BaseResponse{},
	}
	return
}

// DeleteFace calls the DeleteFace API.
func (c *Client) DeleteFace(request *DeleteFaceRequest) (response *DeleteFaceResponse, err error) {
	if request == nil {
		request = NewDeleteFaceRequest()
	}
	response = NewDeleteFaceResponse()
	err = c.Send(request, response)
	return
}

// NewDeletePersonRequest returns a new DeletePersonRequest.
func NewDeletePersonRequest() (request *DeletePersonRequest) {
	request = &DeletePersonRequest{
		BaseRequest: &tchttp.BaseRequest{},
	}
	request.Init().WithApiInfo("iai", APIVersion, "DeletePerson")
	return
}

// NewDeletePersonResponse returns a new DeletePersonResponse.
func NewDeletePersonResponse() (response *DeletePersonResponse) {
	response = &DeletePersonResponse{
		BaseResponse: &tchttp.BaseResponse{},
	}
	return
}

// DeletePerson calls the DeletePerson API.
func (c *Client) DeletePerson(request *DeletePersonRequest) (response *DeletePersonResponse, err error) {
	if request == nil {
		request = NewDeletePersonRequest()
	}
	response = NewDeletePersonResponse()
	err = c.Send(request, response)
	return
}

// NewDetectFaceRequest returns a new DetectFaceRequest.
func NewDetectFaceRequest() (request *DetectFaceRequest) {
	request = &DetectFaceRequest{
		BaseRequest: &tchttp.BaseRequest{},
	}
	request.Init().WithApiInfo("iai", APIVersion, "DetectFace")
	return
}

// NewDetectFaceResponse returns a new DetectFaceResponse.
func NewDetectFaceResponse() (response *DetectFaceResponse) {
	response = &DetectFaceResponse{
		BaseResponse: &tchttp.BaseResponse{},
	}
	return
}

// DetectFace calls the DetectFace API.
func (c *Client) DetectFace(request *DetectFaceRequest) (response *DetectFaceResponse, err error) {
	if request == nil {
		request = NewDetectFaceRequest()
	}
	response = NewDetectFaceResponse()
	err = c.Send(request, response)
	return
}

// NewDetectLiveFaceRequest returns a new DetectLiveFaceRequest.
func NewDetectLiveFaceRequest() (request *DetectLiveFaceRequest) {
	request = &DetectLiveFaceRequest{
		BaseRequest: &tchttp.BaseRequest{},
	}
	request.Init().WithApiInfo("iai", APIVersion, "DetectLiveFace")
	return
}

// NewDetectLiveFaceResponse returns a new DetectLiveFaceResponse.
func NewDetectLiveFaceResponse() (response *DetectLiveFaceResponse) {
	response = &DetectLiveFaceResponse{
		BaseResponse: &tchttp.BaseResponse{},
	}
	return
}

// DetectLiveFace calls the DetectLiveFace API.
func (c *Client) DetectLiveFace(request *DetectLiveFaceRequest) (response *DetectLiveFaceResponse, err error) {
	if request == nil {
		request = NewDetectLiveFaceRequest()
	}
	response = NewDetectLiveFaceResponse()
	err = c.Send(request, response)
	return
}

// NewGetPersonBaseInfoRequest returns a new GetPersonBaseInfoRequest.
func NewGetPersonBaseInfoRequest() (request *GetPersonBaseInfoRequest) {
	request = &GetPersonBaseInfoRequest{
		BaseRequest: &tchttp.BaseRequest{},
	}
	request.Init().WithApiInfo("iai", APIVersion, "GetPersonBaseInfo")
	return
}

// NewGetPersonBaseInfoResponse returns a new GetPersonBaseInfoResponse.
func NewGetPersonBaseInfoResponse() (response *GetPersonBaseInfoResponse) {
	response = &GetPersonBaseInfoResponse{
		BaseResponse: &tchttp.BaseResponse{},
	}
	return
}

// GetPersonBaseInfo calls the GetPersonBaseInfo API.
func (c *Client) GetPersonBaseInfo(request *GetPersonBaseInfoRequest) (response *GetPersonBaseInfoResponse, err error) {
	if request == nil {
		request = NewGetPersonBaseInfoRequest()
	}
	response = NewGetPersonBaseInfoResponse()
	err = c.Send(request, response)
	return
}

// NewSearchFacesRequest returns a new SearchFacesRequest.
func NewSearchFacesRequest() (request *SearchFacesRequest) {
	request = &SearchFacesRequest{
		BaseRequest: &tchttp.BaseRequest{},
	}
	request.Init().WithApiInfo("iai", APIVersion, "SearchFaces")
	return
}

// NewSearchFacesResponse returns a new SearchFacesResponse.
func NewSearchFacesResponse() (response *SearchFacesResponse) {
	response = &SearchFacesResponse{
		BaseResponse: &tchttp.BaseResponse{},
	}
	return
}

// SearchFaces calls the SearchFaces API.
func (c *Client) SearchFaces(request *SearchFacesRequest) (response *SearchFacesResponse, err error) {
	if request == nil {
		request = NewSearchFacesRequest()
	}
	response = NewSearchFacesResponse()
	err = c.Send(request, response)
	return
}

// NewSearchPersonsRequest returns a new SearchPersonsRequest.
func NewSearchPersonsRequest() (request *SearchPersonsRequest) {
	request = &SearchPersonsRequest{
		BaseRequest: &tchttp.BaseRequest{},
	}
	request.Init().WithApiInfo("iai", APIVersion, "SearchPersons")
	return
}

// NewSearchPersonsResponse returns a new SearchPersonsResponse.
func NewSearchPersonsResponse() (response *SearchPersonsResponse) {
	response = &SearchPersonsResponse{
		BaseResponse: &tchttp.BaseResponse{},
	}
	return
}

// SearchPersons calls the SearchPersons API.
func (c *Client) SearchPersons(request *SearchPersonsRequest) (response *SearchPersonsResponse, err error) {
	if request == nil {
		request = NewSearchPersonsRequest()
	}
	response = NewSearchPersonsResponse()
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

// NewVerifyPersonRequest returns a new VerifyPersonRequest.
func NewVerifyPersonRequest() (request *VerifyPersonRequest) {
	request = &VerifyPersonRequest{
		BaseRequest: &tchttp.BaseRequest{},
	}
	request.Init().WithApiInfo("iai", APIVersion, "VerifyPerson")
	return
}

// NewVerifyPersonResponse returns a new VerifyPersonResponse.
func NewVerifyPersonResponse() (response *VerifyPersonResponse) {
	response = &VerifyPersonResponse{
		BaseResponse: &tchttp.BaseResponse{},
	}
	return
}

// VerifyPerson calls the VerifyPerson API.
func (c *Client) VerifyPerson(request *VerifyPersonRequest) (response *VerifyPersonResponse, err error) {
	if request == nil {
		request = NewVerifyPersonRequest()
	}
	response = NewVerifyPersonResponse()
	err = c.Send(request, response)
	return
}
