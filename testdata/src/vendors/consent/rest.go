package consent

import (
	"bytes"
	"net/http"
	"os"
)

// Face APIs called over HTTP without an SDK are recognised by their URLs.
func huaweiREST(path string) {
	img, _ := os.ReadFile(path)
	http.Post("https://face.cn-north-4.myhuaweicloud.com/v2/0a1b2c/face-detect", "application/json", bytes.NewReader(img)) // want `\[FR201\] face image is captured by http.Post to Huawei Cloud FRS`
}

func azureREST(endpoint, path string) {
	img, _ := os.ReadFile(path)
	http.Post(endpoint+"/face/v1.0/detect?returnFaceId=true", "application/octet-stream", bytes.NewReader(img)) // want `\[FR201\] face image is captured by http.Post to Azure AI Face`
}

func iflytekREST(body []byte, user string) {
	if !consented(user) {
		return
	}
	http.Post("https://api.xf-yun.com/v1/private/s67c9c78c", "application/json", bytes.NewReader(body))
}
