package common

// Response is a Tencent Cloud API response.
type Response interface {
	ParseErrorFromHTTPResponse(body []byte) error
}

// BaseResponse is embedded in every response.
type BaseResponse struct {
}

// ParseErrorFromHTTPResponse parses an error response.
func (r *BaseResponse) ParseErrorFromHTTPResponse(body []byte) (err error) { return nil }
