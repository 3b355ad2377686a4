// Package tea is a minimal stub of github.com/alibabacloud-go/tea/tea v1.2.1 for facelint's tests: only the API facelint models, with the real signatures.
package tea

import "encoding/json"

// String returns a pointer to a.
func String(a string) *string { return &a }

// StringValue returns the value a points to, or "".
func StringValue(a *string) string {
	if a == nil {
		return ""
	}
	return *a
}

// Int returns a pointer to a.
func Int(a int) *int { return &a }

// Int32 returns a pointer to a.
func Int32(a int32) *int32 { return &a }

// Int64 returns a pointer to a.
func Int64(a int64) *int64 { return &a }

// Bool returns a pointer to a.
func Bool(a bool) *bool { return &a }

// BoolValue returns the value a points to, or false.
func BoolValue(a *bool) bool {
	if a == nil {
		return false
	}
	return *a
}

// Float32 returns a pointer to a.
func Float32(a float32) *float32 { return &a }

// Prettify returns the indented JSON form of i.
func Prettify(i interface{}) string {
	resp, _ := json.MarshalIndent(i, "", "   ")
	return string(resp)
}
