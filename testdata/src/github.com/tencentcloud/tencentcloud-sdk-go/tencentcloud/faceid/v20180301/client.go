// Package v20180301 is a minimal stub of github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/faceid/v20180301 v1.0.162 for facelint's tests: only the API facelint models, with the real signatures.
package v20180301

import (
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"
	tchttp "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/http"
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/profile"
)

// APIVersion is the version of the Tencent Cloud face verification (faceid) API.
const APIVersion = "2018-03-01"

// Client is the Tencent Cloud face verification (faceid) client.
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

// NewDetectAuthRequest returns a new DetectAuthRequest.
func NewDetectAuthRequest() (request *DetectAuthRequest) {
	request = &DetectAuthRequest{
		BaseRequest: &tchttp.BaseRequest{},
	}
	request.Init().WithApiInfo("faceid", APIVersion, "DetectAuth")
	return
}

// NewDetectAuthResponse returns a new DetectAuthResponse.
func NewDetectAuthResponse() (response *DetectAuthResponse) {
	response = &DetectAuthResponse{
		BaseResponse: &tchttp.BaseResponse{},
	}
	return
}

// DetectAuth calls the DetectAuth API.
func (c *Client) DetectAuth(request *DetectAuthRequest) (response *DetectAuthResponse, err error) {
	if request == nil {
		request = NewDetectAuthRequest()
	}
	response = NewDetectAuthResponse()
	err = c.Send(request, response)
	return
}

// NewGetDetectInfoRequest returns a new GetDetectInfoRequest.
func NewGetDetectInfoRequest() (request *GetDetectInfoRequest) {
	request = &GetDetectInfoRequest{
		BaseRequest: &tchttp.BaseRequest{},
	}
	request.Init().WithApiInfo("faceid", APIVersion, "GetDetectInfo")
	return
}

// NewGetDetectInfoResponse returns a new GetDetectInfoResponse.
func NewGetDetectInfoResponse() (response *GetDetectInfoResponse) {
	response = &GetDetectInfoResponse{
		BaseResponse: &tchttp.BaseResponse{},
	}
	return
}

// GetDetectInfo calls the GetDetectInfo API.
func (c *Client) GetDetectInfo(request *GetDetectInfoRequest) (response *GetDetectInfoResponse, err error) {
	if request == nil {
		request = NewGetDetectInfoRequest()
	}
	response = NewGetDetectInfoResponse()
	err = c.Send(request, response)
	return
}

// NewGetDetectInfoEnhancedRequest returns a new GetDetectInfoEnhancedRequest.
func NewGetDetectInfoEnhancedRequest() (request *GetDetectInfoEnhancedRequest) {
	request = &GetDetectInfoEnhancedRequest{
		BaseRequest: &tchttp.BaseRequest{},
	}
	request.Init().WithApiInfo("faceid", APIVersion, "GetDetectInfoEnhanced")
	return
}

// NewGetDetectInfoEnhancedResponse returns a new GetDetectInfoEnhancedResponse.
func NewGetDetectInfoEnhancedResponse() (response *GetDetectInfoEnhancedResponse) {
	response = &GetDetectInfoEnhancedResponse{
		BaseResponse: &tchttp.BaseResponse{},
	}
	return
}

// GetDetectInfoEnhanced calls the GetDetectInfoEnhanced API.
func (c *Client) GetDetectInfoEnhanced(request *GetDetectInfoEnhancedRequest) (response *GetDetectInfoEnhancedResponse, err error) {
	if request == nil {
		request = NewGetDetectInfoEnhancedRequest()
	}
	response = NewGetDetectInfoEnhancedResponse()
	err = c.Send(request, response)
	return
}

// NewImageRecognitionRequest returns a new ImageRecognitionRequest.
func NewImageRecognitionRequest() (request *ImageRecognitionRequest) {
	request = &ImageRecognitionRequest{
		BaseRequest: &tchttp.BaseRequest{},
	}
	request.Init().WithApiInfo("faceid", APIVersion, "ImageRecognition")
	return
}

// NewImageRecognitionResponse returns a new ImageRecognitionResponse.
func NewImageRecognitionResponse() (response *ImageRecognitionResponse) {
	response = &ImageRecognitionResponse{
		BaseResponse: &tchttp.BaseResponse{},
	}
	return
}

// ImageRecognition calls the ImageRecognition API.
func (c *Client) ImageRecognition(request *ImageRecognitionRequest) (response *ImageRecognitionResponse, err error) {
	if request == nil {
		request = NewImageRecognitionRequest()
	}
	response = NewImageRecognitionResponse()
	err = c.Send(request, response)
	return
}

// NewLivenessRequest returns a new LivenessRequest.
func NewLivenessRequest() (request *LivenessRequest) {
	request = &LivenessRequest{
		BaseRequest: &tchttp.BaseRequest{},
	}
	request.Init().WithApiInfo("faceid", APIVersion, "Liveness")
	return
}

// NewLivenessResponse returns a new LivenessResponse.
func NewLivenessResponse() (response *LivenessResponse) {
	response = &LivenessResponse{
		BaseResponse: &tchttp.BaseResponse{},
	}
	return
}

// Liveness calls the Liveness API.
func (c *Client) Liveness(request *LivenessRequest) (response *LivenessResponse, err error) {
	if request == nil {
		request = NewLivenessRequest()
	}
	response = NewLivenessResponse()
	err = c.Send(request, response)
	return
}

// NewLivenessCompareRequest returns a new LivenessCompareRequest.
func NewLivenessCompareRequest() (request *LivenessCompareRequest) {
	request = &LivenessCompareRequest{
		BaseRequest: &tchttp.BaseRequest{},
	}
	request.Init().WithApiInfo("faceid", APIVersion, "LivenessCompare")
	return
}

// NewLivenessCompareResponse returns a new LivenessCompareResponse.
func NewLivenessCompareResponse() (response *LivenessCompareResponse) {
	response = &LivenessCompareResponse{
		BaseResponse: &tchttp.BaseResponse{},
	}
	return
}

// LivenessCompare calls the LivenessCompare API.
func (c *Client) LivenessCompare(request *LivenessCompareRequest) (response *LivenessCompareResponse, err error) {
	if request == nil {
		request = NewLivenessCompareRequest()
	}
	response = NewLivenessCompareResponse()
	err = c.Send(request, response)
	return
}

// NewLivenessRecognitionRequest returns a new LivenessRecognitionRequest.
func NewLivenessRecognitionRequest() (request *LivenessRecognitionRequest) {
	request = &LivenessRecognitionRequest{
		BaseRequest: &tchttp.BaseRequest{},
	}
	request.Init().WithApiInfo("faceid", APIVersion, "LivenessRecognition")
	return
}

// NewLivenessRecognitionResponse returns a new LivenessRecognitionResponse.
func NewLivenessRecognitionResponse() (response *LivenessRecognitionResponse) {
	response = &LivenessRecognitionResponse{
		BaseResponse: &tchttp.BaseResponse{},
	}
	return
}

// LivenessRecognition calls the LivenessRecognition API.
func (c *Client) LivenessRecognition(request *LivenessRecognitionRequest) (response *LivenessRecognitionResponse, err error) {
	if request == nil {
		request = NewLivenessRecognitionRequest()
	}
	response = NewLivenessRecognitionResponse()
	err = c.Send(request, response)
	return
}

// NewIdCardVerificationRequest returns a new IdCardVerificationRequest.
func NewIdCardVerificationRequest() (request *IdCardVerificationRequest) {
	request = &IdCardVerificationRequest{
		BaseRequest: &tchttp.BaseRequest{},
	}
	request.Init().WithApiInfo("faceid", APIVersion, "IdCardVerification")
	return
}

// NewIdCardVerificationResponse returns a new IdCardVerificationResponse.
func NewIdCardVerificationResponse() (response *IdCardVerificationResponse) {
	response = &IdCardVerificationResponse{
		BaseResponse: &tchttp.BaseResponse{},
	}
	return
}

// IdCardVerification calls the IdCardVerification API.
func (c *Client) IdCardVerification(request *IdCardVerificationRequest) (response *IdCardVerificationResponse, err error) {
	if request == nil {
		request = NewIdCardVerificationRequest()
	}
	response = NewIdCardVerificationResponse()
	err = c.Send(request, response)
	return
}
