// Package service is a minimal stub of github.com/alibabacloud-go/tea-utils/v2/service v2.0.5 for facelint's tests: only the API facelint models, with the real signatures.
package service

// RuntimeOptions are the options of one call.
type RuntimeOptions struct {
	Autoretry      *bool   `json:"autoretry" xml:"autoretry"`
	IgnoreSSL      *bool   `json:"ignoreSSL" xml:"ignoreSSL"`
	MaxAttempts    *int    `json:"maxAttempts" xml:"maxAttempts"`
	ReadTimeout    *int    `json:"readTimeout" xml:"readTimeout"`
	ConnectTimeout *int    `json:"connectTimeout" xml:"connectTimeout"`
	HttpProxy      *string `json:"httpProxy" xml:"httpProxy"`
	HttpsProxy     *string `json:"httpsProxy" xml:"httpsProxy"`
	KeepAlive      *bool   `json:"keepAlive" xml:"keepAlive"`
}

// SetIgnoreSSL sets IgnoreSSL.
func (s *RuntimeOptions) SetIgnoreSSL(v bool) *RuntimeOptions {
	s.IgnoreSSL = &v
	return s
}

// SetAutoretry sets Autoretry.
func (s *RuntimeOptions) SetAutoretry(v bool) *RuntimeOptions {
	s.Autoretry = &v
	return s
}
