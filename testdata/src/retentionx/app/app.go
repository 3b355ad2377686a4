// Package app keeps face data through retentionx/lib.
package app

import (
	"context"
	"retentionx/lib"

	face "github.com/Kagami/go-face"
	"github.com/redis/go-redis/v9"
	"gocv.io/x/gocv"
)

//facelint:consent
func consented() bool { return true }

func enroll(ctx context.Context, rdb *redis.Client, rec *face.Recognizer, cam *gocv.VideoCapture) {
	if !consented() {
		return
	}
	m := gocv.NewMat()
	cam.Read(&m)
	img := m.ToBytes()
	done := make(chan struct{})
	go func() {
		rec.Recognize(img)
		close(done)
	}()
	<-done
	lib.Archive("raw.jpg", img)     // want `\[FR104\] raw face image from gocv.VideoCapture.Read is persisted by os.WriteFile although the same flow extracts a template with face.Recognizer.Recognize`
	lib.Keep(ctx, rdb, "k", img)    // want `\[FR105\] face image from gocv.VideoCapture.Read is stored by redis.cmdable.Set with no expiry` `\[FR104\]`
	lib.KeepDay(ctx, rdb, "k", img) // want `\[FR104\]`
}
