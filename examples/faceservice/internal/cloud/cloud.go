// Package cloud calls the remote face-matching service.
package cloud

import (
	"bytes"
	"net/http"
)

// matchURL is the matching service of the vendor.
const matchURL = "http://faces.vendor.example.com/v1/match"

// Match sends a face image to the vendor and reports whether it matched.
func Match(userID string, img []byte) (bool, error) {
	resp, err := http.Post(matchURL+"?user="+userID, "image/jpeg", bytes.NewReader(img))
	if err != nil {
		return false, err
	}
	defer resp.Body.Close()
	return resp.StatusCode == http.StatusOK, nil
}
