package face

// An ImageLoadError is returned when provided image file is corrupted.
type ImageLoadError string

func (e ImageLoadError) Error() string {
	return string(e)
}

// An SerializationError is returned when provided model is corrupted.
type SerializationError string

func (e SerializationError) Error() string {
	return string(e)
}

// An UnknownError represents some nonclassified error.
type UnknownError string

func (e UnknownError) Error() string {
	return string(e)
}
