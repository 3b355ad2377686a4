// Package fr105 tests FR105: face data stored with no expiry.
package fr105

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"
	"gocv.io/x/gocv"
)

//facelint:consent
func consented() bool { return true }

//facelint:sanitizer encrypt
func seal(b []byte) []byte { return b }

func frame(cam *gocv.VideoCapture) []byte {
	if !consented() {
		return nil
	}
	m := gocv.NewMat()
	cam.Read(&m)
	return seal(m.ToBytes())
}

func cacheForever(ctx context.Context, rdb *redis.Client, cam *gocv.VideoCapture) {
	rdb.Set(ctx, "face:1", frame(cam), 0) // want `\[FR105\] encrypted face image from gocv.VideoCapture.Read is stored by redis.cmdable.Set with no expiry`
}

func cacheDay(ctx context.Context, rdb *redis.Client, cam *gocv.VideoCapture) {
	rdb.Set(ctx, "face:1", frame(cam), 24*time.Hour)
}

func hashForever(ctx context.Context, rdb *redis.Client, cam *gocv.VideoCapture) {
	rdb.HSet(ctx, "faces", "u1", frame(cam)) // want `\[FR105\]`
}

func hashWithExpire(ctx context.Context, rdb *redis.Client, cam *gocv.VideoCapture) {
	rdb.HSet(ctx, "faces", "u1", frame(cam))
	rdb.Expire(ctx, "faces", time.Hour)
}

func viaInterface(ctx context.Context, rdb redis.UniversalClient, cam *gocv.VideoCapture) {
	rdb.Set(ctx, "face:2", frame(cam), 0) // want `\[FR105\]`
}
