package gocv

// VideoCaptureAPI is an API backend of VideoCapture.
type VideoCaptureAPI int

// VideoCaptureAny is the default API backend.
const VideoCaptureAny VideoCaptureAPI = 0

// VideoCaptureProperties are the properties used for VideoCapture operations.
type VideoCaptureProperties int32

// VideoCapture properties.
const (
	VideoCaptureFrameWidth  VideoCaptureProperties = 3
	VideoCaptureFrameHeight VideoCaptureProperties = 4
)

// VideoCapture is a wrapper around the OpenCV VideoCapture class.
type VideoCapture struct {
	p int
}

// VideoCaptureFile opens a VideoCapture from a file and prepares to start capturing.
func VideoCaptureFile(uri string) (vc *VideoCapture, err error) { return &VideoCapture{}, nil }

// VideoCaptureDevice opens a VideoCapture from a device and prepares to start capturing.
func VideoCaptureDevice(device int) (vc *VideoCapture, err error) { return &VideoCapture{}, nil }

// VideoCaptureDeviceWithAPI opens a VideoCapture from a device with the api preference.
func VideoCaptureDeviceWithAPI(device int, apiPreference VideoCaptureAPI) (vc *VideoCapture, err error) {
	return &VideoCapture{}, nil
}

// OpenVideoCapture returns VideoCapture specified by device ID if v is a number,
// or created from a video file, URL, or GStreamer pipeline if v is a string.
func OpenVideoCapture(v interface{}) (*VideoCapture, error) { return &VideoCapture{}, nil }

// Close VideoCapture object.
func (v *VideoCapture) Close() error { return nil }

// Set parameter with property (=key).
func (v *VideoCapture) Set(prop VideoCaptureProperties, param float64) {}

// Get parameter with property (=key).
func (v VideoCapture) Get(prop VideoCaptureProperties) float64 { return 0 }

// IsOpened returns if the VideoCapture has been opened to read from a file or capture device.
func (v *VideoCapture) IsOpened() bool { return true }

// Read reads the next frame from the VideoCapture to the Mat passed in.
func (v *VideoCapture) Read(m *Mat) bool { return true }

// Grab skips a specific number of frames.
func (v *VideoCapture) Grab(skip int) error { return nil }
