// Package v2 is a minimal stub of github.com/huaweicloud/huaweicloud-sdk-go-v3/services/frs/v2 v0.1.215 for facelint's tests: only the API facelint models, with the real signatures.
package v2

import (
	httpclient "github.com/huaweicloud/huaweicloud-sdk-go-v3/core"
	"github.com/huaweicloud/huaweicloud-sdk-go-v3/services/frs/v2/model"
)

// FrsClient is the Face Recognition Service client.
type FrsClient struct {
	HcClient *httpclient.HcHttpClient
}

// NewFrsClient returns a client.
func NewFrsClient(hcClient *httpclient.HcHttpClient) *FrsClient {
	return &FrsClient{HcClient: hcClient}
}

// FrsClientBuilder returns a builder of the client.
func FrsClientBuilder() *httpclient.HcHttpClientBuilder {
	return httpclient.NewHcHttpClientBuilder()
}

// DetectFaceByBase64 detects faces in a base64 image.
func (c *FrsClient) DetectFaceByBase64(request *model.DetectFaceByBase64Request) (*model.DetectFaceByBase64Response, error) {
	return &model.DetectFaceByBase64Response{}, nil
}
