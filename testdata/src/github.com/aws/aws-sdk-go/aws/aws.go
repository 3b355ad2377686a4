// Package aws is a minimal stub of github.com/aws/aws-sdk-go/aws v1.55.8 for facelint's tests: only the API facelint models, with the real signatures.
package aws

import "context"

// Context is an alias of the Go stdlib's context.Context interface.
type Context = context.Context

// String returns a pointer to the string value passed in.
func String(v string) *string { return &v }

// StringValue returns the value of the string pointer passed in or "" if the
// pointer is nil.
func StringValue(v *string) string {
	if v != nil {
		return *v
	}
	return ""
}

// Bool returns a pointer to the bool value passed in.
func Bool(v bool) *bool { return &v }
