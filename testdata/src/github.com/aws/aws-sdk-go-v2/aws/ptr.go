package aws

// Bool returns a pointer value for the bool value passed in.
func Bool(v bool) *bool { return &v }

// ToBool returns bool value dereferenced if the passed in pointer was not nil.
func ToBool(p *bool) (v bool) {
	if p == nil {
		return v
	}
	return *p
}

// String returns a pointer value for the string value passed in.
func String(v string) *string { return &v }

// ToString returns string value dereferenced if the passed in pointer was not nil.
func ToString(p *string) (v string) {
	if p == nil {
		return v
	}
	return *p
}

// Int32 returns a pointer value for the int32 value passed in.
func Int32(v int32) *int32 { return &v }

// ToInt32 returns int32 value dereferenced if the passed in pointer was not nil.
func ToInt32(p *int32) (v int32) {
	if p == nil {
		return v
	}
	return *p
}

// Int64 returns a pointer value for the int64 value passed in.
func Int64(v int64) *int64 { return &v }

// Float32 returns a pointer value for the float32 value passed in.
func Float32(v float32) *float32 { return &v }
