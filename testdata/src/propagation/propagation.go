// Package propagation tests how face data moves: through fields,
// containers, channels, closures, interfaces, generics and string and byte
// building. Every flow ends in a log (FR101).
package propagation

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log"
	"strings"

	"gocv.io/x/gocv"
)

func frame(cam *gocv.VideoCapture) []byte {
	m := gocv.NewMat()
	cam.Read(&m)
	return m.ToBytes()
}

type profile struct {
	Name  string
	Photo []byte
}

func structField(cam *gocv.VideoCapture) {
	p := &profile{Name: "a"}
	p.Photo = frame(cam)
	log.Print(p.Photo) // want `\[FR101\]`
	log.Print(p.Name)
}

func wholeStruct(cam *gocv.VideoCapture) {
	p := profile{Photo: frame(cam)}
	b, _ := json.Marshal(p)
	log.Print(string(b)) // want `\[FR101\]`
}

func slices(cam *gocv.VideoCapture) {
	frames := make([][]byte, 0, 4)
	frames = append(frames, frame(cam))
	log.Print(frames[0]) // want `\[FR101\]`
	counts := []int{len(frames)}
	log.Print(counts)
}

func maps(cam *gocv.VideoCapture) {
	m := map[string][]byte{}
	m["u1"] = frame(cam)
	for _, v := range m {
		log.Print(v) // want `\[FR101\]`
	}
}

func channels(cam *gocv.VideoCapture) {
	ch := make(chan []byte, 1)
	go func() { ch <- frame(cam) }()
	log.Print(<-ch) // want `\[FR101\]`
}

func closures(cam *gocv.VideoCapture) {
	var captured []byte
	grab := func() { captured = frame(cam) }
	grab()
	log.Print(captured) // want `\[FR101\]`
}

func closureArg(cam *gocv.VideoCapture) {
	show := func(b []byte) {
		log.Print(b) // want `\[FR101\]`
	}
	show(frame(cam))
}

type sink interface{ Put(b []byte) }

type logSink struct{}

func (logSink) Put(b []byte) {
	log.Print(b) // want `\[FR101\]`
}

func interfaces(cam *gocv.VideoCapture, s sink) {
	s.Put(frame(cam))
}

func first[T any](xs []T) T { return xs[0] }

func generics(cam *gocv.VideoCapture) {
	log.Print(first([][]byte{frame(cam)})) // want `\[FR101\]`
}

func building(cam *gocv.VideoCapture) {
	img := frame(cam)
	var sb strings.Builder
	sb.WriteString(hex.EncodeToString(img))
	log.Print(sb.String()) // want `\[FR101\]`
	var buf bytes.Buffer
	buf.Write(img)
	log.Print(buf.String())                                    // want `\[FR101\]`
	log.Print("img=" + base64.StdEncoding.EncodeToString(img)) // want `\[FR101\]`
	err := fmt.Errorf("bad frame %x", img)
	log.Print(err) // want `\[FR101\]`
}

func interfaceValue(cam *gocv.VideoCapture) {
	var v any = frame(cam)
	if b, ok := v.([]byte); ok {
		log.Print(b) // want `\[FR101\]`
	}
}

func recursion(cam *gocv.VideoCapture, n int) []byte {
	if n == 0 {
		return frame(cam)
	}
	return recursion(cam, n-1)
}

func usesRecursion(cam *gocv.VideoCapture) {
	log.Print(recursion(cam, 3)) // want `\[FR101\]`
}

// Values that are not face data stay clean.
func clean(cam *gocv.VideoCapture) {
	img := frame(cam)
	log.Print(len(img), cap(img))
	log.Print(img == nil)
	_, err := json.Marshal(img)
	log.Print(err)
}
