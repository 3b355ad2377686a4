// Command app receives selfies and passes them to lib: the findings are
// computed from lib's summaries and reported at the calls into lib.
package main

import (
	"io"
	"net/http"

	"example.com/e2emod/lib"
)

func enroll(w http.ResponseWriter, r *http.Request) {
	f, _, err := r.FormFile("selfie")
	if err != nil {
		return
	}
	img, _ := io.ReadAll(f)
	lib.Audit(img)
	lib.Upload(img)
}

func main() {
	http.HandleFunc("/enroll", enroll)
	http.ListenAndServe(":8080", nil)
}
