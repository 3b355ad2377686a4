// Package camera reads frames from the kiosk camera.
package camera

import "gocv.io/x/gocv"

// Frame captures one frame and returns it as JPEG bytes. Its callers must
// check consent before calling it.
func Frame(cam *gocv.VideoCapture) []byte {
	m := gocv.NewMat()
	defer m.Close()
	cam.Read(&m)
	buf, err := gocv.IMEncode(gocv.JPEGFileExt, m)
	if err != nil {
		return nil
	}
	return buf.GetBytes()
}
