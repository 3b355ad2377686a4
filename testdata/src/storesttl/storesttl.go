// Package storesttl tests FR105 with key-value stores: go-redis v6, v7 and
// v8, go-zero's redis and Badger.
package storesttl

import (
	"context"
	"time"

	"github.com/dgraph-io/badger/v4"
	redis6 "github.com/go-redis/redis"
	redis7 "github.com/go-redis/redis/v7"
	redis8 "github.com/go-redis/redis/v8"
	zredis "github.com/zeromicro/go-zero/core/stores/redis"
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

func v6(rdb *redis6.Client, cam *gocv.VideoCapture) {
	rdb.Set("face:1", frame(cam), 0) // want `\[FR105\] encrypted face image from gocv.VideoCapture.Read is stored by redis.cmdable.Set with no expiry`
	rdb.Set("face:2", frame(cam), time.Hour)
	rdb.HSet("faces", "u1", frame(cam)) // want `\[FR105\]`
}

func v6Expire(rdb *redis6.Client, cam *gocv.VideoCapture) {
	rdb.HSet("faces", "u1", frame(cam))
	rdb.Expire("faces", time.Hour)
}

func v7(rdb *redis7.Client, cam *gocv.VideoCapture) {
	rdb.Set("face:1", frame(cam), 0) // want `\[FR105\] .* redis.cmdable.Set`
	rdb.Set("face:2", frame(cam), 24*time.Hour)
	rdb.HSet("faces", "u1", frame(cam)) // want `\[FR105\] .* redis.cmdable.HSet`
}

func v7Expire(rdb *redis7.Client, cam *gocv.VideoCapture) {
	rdb.HSet("faces", "u1", frame(cam))
	rdb.Expire("faces", time.Hour)
}

func v8(ctx context.Context, rdb *redis8.Client, cam *gocv.VideoCapture) {
	rdb.Set(ctx, "face:1", frame(cam), 0) // want `\[FR105\] .* redis.cmdable.Set`
	rdb.Set(ctx, "face:2", frame(cam), time.Hour)
	rdb.HSet(ctx, "faces", "u1", frame(cam)) // want `\[FR105\]`
}

func v8Expire(ctx context.Context, rdb *redis8.Client, cam *gocv.VideoCapture) {
	rdb.HSet(ctx, "faces", "u1", frame(cam))
	rdb.Expire(ctx, "faces", time.Hour)
}

// go-zero: Set has no expiry, Setex has one (in seconds).
func goZero(r *zredis.Redis, cam *gocv.VideoCapture, id string) {
	r.Set("face:"+id, string(frame(cam)))          // want `\[FR105\] .* redis.Redis.Set with no expiry`
	r.Hset("faces", id, string(frame(cam)))        // want `\[FR105\] .* redis.Redis.Hset`
	r.Setex("face:tmp:"+id, string(frame(cam)), 0) // want `\[FR105\] .* redis.Redis.Setex`
	r.Setex("face:day:"+id, string(frame(cam)), 86400)
}

func goZeroExpire(r *zredis.Redis, cam *gocv.VideoCapture, id string) {
	r.Set("face:"+id, string(frame(cam)))
	r.Expire("face:"+id, 3600)
}

// Badger: Txn.Set keeps the value forever; an entry can carry a TTL.
func badgerTxn(db *badger.DB, cam *gocv.VideoCapture) {
	db.Update(func(txn *badger.Txn) error {
		txn.Set([]byte("face:1"), frame(cam)) // want `\[FR105\] .* badger.Txn.Set`
		return txn.SetEntry(badger.NewEntry([]byte("face:2"), frame(cam)).WithTTL(time.Hour))
	})
}
