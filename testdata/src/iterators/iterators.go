// Package iterators checks that face data keeps flowing through
// range-over-func loops, the iterators of slices and maps, and iter.Pull.
package iterators

import (
	"iter"
	"log"
	"maps"
	"slices"

	"gocv.io/x/gocv"
)

func frames(cam *gocv.VideoCapture) [][]byte {
	m := gocv.NewMat()
	cam.Read(&m)
	return [][]byte{m.ToBytes()}
}

func overSlice(cam *gocv.VideoCapture) {
	for _, f := range slices.All(frames(cam)) {
		log.Println(f) // want `\[FR101\] face image from gocv.VideoCapture.Read`
	}
}

func overMap(cam *gocv.VideoCapture) {
	m := map[string][]byte{"front": frames(cam)[0]}
	for _, f := range maps.All(m) {
		log.Println(f) // want `\[FR101\] face image from gocv.VideoCapture.Read`
	}
}

func pulled(cam *gocv.VideoCapture) {
	next, stop := iter.Pull(slices.Values(frames(cam)))
	defer stop()
	f, _ := next()
	log.Println(f) // want `\[FR101\] face image from gocv.VideoCapture.Read`
}

// each is the program's own iterator.
func each(fs [][]byte) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		for _, f := range fs {
			if !yield(f) {
				return
			}
		}
	}
}

func ownIterator(cam *gocv.VideoCapture) {
	for f := range each(frames(cam)) {
		log.Println(f) // want `\[FR101\] face image from gocv.VideoCapture.Read`
	}
}

// counted logs how many frames there are: not face data.
func counted(cam *gocv.VideoCapture) {
	n := 0
	for range slices.All(frames(cam)) {
		n++
	}
	log.Println(n)
}
