// Package profile is a minimal stub of github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/profile v1.0.162 for facelint's tests: only the API facelint models, with the real signatures.
package profile

// ClientProfile configures a client.
type ClientProfile struct {
	HttpProfile *HttpProfile
	// Valid choices: HmacSHA1, HmacSHA256, TC3-HMAC-SHA256.
	SignMethod      string
	UnsignedPayload bool
	// Valid choices: zh-CN, en-US.
	Language string
	Debug    bool
}

// NewClientProfile returns the default client profile.
func NewClientProfile() *ClientProfile {
	return &ClientProfile{
		HttpProfile:     NewHttpProfile(),
		SignMethod:      "TC3-HMAC-SHA256",
		UnsignedPayload: false,
		Language:        "zh-CN",
		Debug:           false,
	}
}
