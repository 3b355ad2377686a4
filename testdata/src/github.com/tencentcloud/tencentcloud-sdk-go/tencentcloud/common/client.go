package common

import (
	"net/http"

	tchttp "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/http"
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/profile"
)

// Client is the client all Tencent Cloud service clients embed.
type Client struct {
	region     string
	httpClient *http.Client
	profile    *profile.ClientProfile
	credential *Credential
	signMethod string
	debug      bool
}

// Send sends the request and fills the response.
func (c *Client) Send(request tchttp.Request, response tchttp.Response) (err error) {
	return nil
}

// GetRegion returns the client's region.
func (c *Client) GetRegion() string { return c.region }

// Init initializes the client for a region.
func (c *Client) Init(region string) *Client {
	c.httpClient = &http.Client{}
	c.region = region
	c.signMethod = "TC3-HMAC-SHA256"
	return c
}

// WithSecretId sets the client's credential from a secret ID and key.
func (c *Client) WithSecretId(secretId, secretKey string) *Client {
	c.credential = NewCredential(secretId, secretKey)
	return c
}

// WithCredential sets the client's credential.
func (c *Client) WithCredential(cred *Credential) *Client {
	c.credential = cred
	return c
}

// WithProfile sets the client's profile.
func (c *Client) WithProfile(clientProfile *profile.ClientProfile) *Client {
	c.profile = clientProfile
	return c
}

// WithSignatureMethod sets the signature method.
func (c *Client) WithSignatureMethod(method string) *Client {
	c.signMethod = method
	return c
}

// WithHttpTransport sets the HTTP transport.
func (c *Client) WithHttpTransport(transport http.RoundTripper) *Client {
	c.httpClient.Transport = transport
	return c
}

// WithDebug switches debug output.
func (c *Client) WithDebug(flag bool) *Client {
	c.debug = flag
	return c
}

// NewClientWithSecretId returns a client from a secret ID and key.
func NewClientWithSecretId(secretId, secretKey, region string) (client *Client, err error) {
	client = &Client{}
	client.Init(region).WithSecretId(secretId, secretKey)
	return
}
