// Package request is a minimal stub of github.com/aws/aws-sdk-go/aws/request v1.55.8 for facelint's tests.
package request

// A Request is the service request to be made.
type Request struct {
	Data interface{}
}

// Option is a functional option that can augment or modify a request when
// using a WithContext API operation method.
type Option func(*Request)

// Send will send the request, returning error if errors are encountered.
func (r *Request) Send() error { return nil }
