// Package vendorlib is a client library of remote face APIs, called by
// plain HTTP: what it sends to them is face data here, whoever calls it.
package vendorlib

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
)

const searchURL = "https://aip.baidubce.com/rest/2.0/face/v3/search"

var server = "http://apicn.faceplusplus.com/v2"

// Search posts an image to a vendor's face search.
func Search(image []byte, group string) (*http.Response, error) {
	form := url.Values{
		"image":    {base64.StdEncoding.EncodeToString(image)},
		"group_id": {group},
	}
	return http.PostForm(searchURL, form) // want `\[FR102\] face image from parameter image of vendorlib.Search .* leaves the device through http.PostForm to Baidu AI Cloud face recognition`
}

// Detect asks the vendor to detect the faces of a photo given by its URL:
// no face data leaves, but the vendor processes a face.
func Detect(method, photoURL string) (*http.Response, error) {
	return get(server+method, photoURL)
}

func get(endpoint, photoURL string) (*http.Response, error) {
	return http.Get(endpoint + "?url=" + url.QueryEscape(photoURL))
}

// Service is a remote face service at a configurable address.
type Service struct {
	URL string
}

// Match posts a photo to the service's face search.
func (s *Service) Match(photo []byte) (*http.Response, error) {
	body, ct, err := payload(photo, "image")
	if err != nil {
		return nil, err
	}
	return http.Post(fmt.Sprintf("%s/faces/search", s.URL), ct, body) // want `\[FR102\] face image from parameter photo of vendorlib.Service.Match .* to a face recognition service`
}

// Random asks the service for random faces: nothing is sent, nothing is
// captured.
func (s *Service) Random(n int) (*http.Response, error) {
	return http.Get(fmt.Sprintf("%s/faces/random?quantity=%d", s.URL, n))
}

// Status reads the service's status page: not a face API.
func (s *Service) Status(note []byte) (*http.Response, error) {
	return http.Post(s.URL+"/status", "text/plain", bytes.NewReader(note))
}

func payload(data []byte, field string) (*bytes.Buffer, string, error) {
	buf := &bytes.Buffer{}
	w := multipart.NewWriter(buf)
	part, err := w.CreateFormFile(field, "upload.jpg")
	if err != nil {
		return nil, "", err
	}
	if _, err := part.Write(data); err != nil {
		return nil, "", err
	}
	return buf, w.FormDataContentType(), w.Close()
}

// Echo sends text to a face-named endpoint: a string that is not an image
// is not face data.
func Echo(s *Service, message string) (*http.Response, error) {
	return http.Post(s.URL+"/face/echo", "text/plain", strings.NewReader(message))
}
