// Package flows checks the flow shapes of real services: encoders into
// buffers, face-data types, select sends, reflection writes, hand-offs to
// goroutines, records written whole, and face data read back from stores.
package flows

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"
	"reflect"
	"sync"

	"github.com/Kagami/go-face"
	"golang.org/x/sync/errgroup"
	"gorm.io/gorm"
)

// entry is a face of a dataset.
type entry struct {
	ID         string
	Descriptor face.Descriptor
}

func encodeDataset(ds []entry) {
	var buf bytes.Buffer
	json.NewEncoder(&buf).Encode(ds)
	os.WriteFile("dataset.json", buf.Bytes(), 0o600) // want `\[FR103\] face template`
}

// save has a face-data parameter: it is face data whoever calls it.
func save(f *os.File, d face.Descriptor) {
	f.WriteString(fmt.Sprint(d)) // want `\[FR103\] face template from value of type face.Descriptor`
}

func selectSend(rec *face.Recognizer, img []byte, out chan []float32, done chan struct{}) {
	faces, _ := rec.Recognize(img)
	select {
	case out <- faces[0].Descriptor[:]:
	case <-done:
	}
	log.Println(<-out) // want `\[FR101\] face template`
}

// row has one column per descriptor value.
type row struct {
	V0, V1 float64
}

func reflectRow(db *gorm.DB, rec *face.Recognizer, img []byte) {
	f, _ := rec.RecognizeSingle(img)
	var r row
	for i, v := range f.Descriptor[:2] {
		reflect.ValueOf(&r).Elem().Field(i).SetFloat(float64(v))
	}
	db.Create(&r) // want `\[FR103\] face template`
}

var frames = make(chan []byte, 8)

// worker logs what the handler hands it on a package-level channel.
func worker() {
	for f := range frames {
		log.Printf("frame %x", f) // want `\[FR101\] face image`
	}
}

func handOff(r *http.Request) {
	f, _, _ := r.FormFile("face")
	b := make([]byte, 10)
	f.Read(b)
	frames <- b
	go logIt(b)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		log.Println("in goroutine", b) // want `\[FR101\] face image`
	}()
	wg.Wait()
	g, _ := errgroup.WithContext(context.Background())
	g.Go(func() error {
		log.Println("in group", b) // want `\[FR101\] face image`
		return nil
	})
}

func logIt(b []byte) {
	log.Println(b) // want `\[FR101\] face image`
}

// user is written whole: its face field goes with it.
type user struct {
	Name      string
	FaceImage []byte `json:"face_image"`
}

// account is written whole, but its face field is never encoded.
type account struct {
	Name     string
	Template []float32 `json:"-"`
}

func records(w http.ResponseWriter, u user, a account) {
	json.NewEncoder(w).Encode(u) // want `\[FR107\] face image \(name-based source\) from field flows.user.FaceImage`
	json.NewEncoder(w).Encode(a)
	log.Printf("%+v", u) // want `\[FR101\] face image \(name-based source\) from field flows.user.FaceImage`
}

// member is a row with a face template column.
type member struct {
	ID          int64
	FaceFeature []byte `db:"face_feature"`
	FaceHash    string `db:"face_hash"`
}

func atRest(w http.ResponseWriter, db *sql.DB, id int64) {
	var m member
	db.QueryRow("select id, face_feature from members where id = ?", id).Scan(&m.ID, &m.FaceFeature)
	json.NewEncoder(w).Encode(map[string][]byte{"feature": m.FaceFeature}) // want `\[FR107\] face template from field flows.member.FaceFeature read back by sql.Row.Scan`
	var h member
	db.QueryRow("select face_hash from members where id = ?", id).Scan(&h.FaceHash)
	json.NewEncoder(w).Encode(map[string]string{"hash": h.FaceHash})
}

func byKey(id string, img []byte) {
	os.WriteFile("/var/faces/"+id+".jpg", img, 0o600)
	back, _ := os.ReadFile("/var/faces/" + id + ".jpg")
	log.Println(back) // want `\[FR101\] face image from value of key "/var/faces/\.\.\." read back by os.ReadFile`
	other, _ := os.ReadFile("/var/notes/" + id)
	log.Println(other)
}
