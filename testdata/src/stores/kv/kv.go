// Package kv tests FR103 and reads at rest with key-value stores: Redis
// (go-redis v6, v7, v8, go-zero), bbolt, Badger and goleveldb.
package kv

import (
	"context"
	"log"
	"time"

	"github.com/dgraph-io/badger/v4"
	redis6 "github.com/go-redis/redis"
	redis7 "github.com/go-redis/redis/v7"
	redis8 "github.com/go-redis/redis/v8"
	redis9 "github.com/redis/go-redis/v9"
	"github.com/syndtr/goleveldb/leveldb"
	zredis "github.com/zeromicro/go-zero/core/stores/redis"
	bolt "go.etcd.io/bbolt"
	"gocv.io/x/gocv"
	"golang.org/x/crypto/nacl/secretbox"
)

//facelint:consent
func consented() bool { return true }

func frame(cam *gocv.VideoCapture) []byte {
	if !consented() {
		return nil
	}
	m := gocv.NewMat()
	cam.Read(&m)
	return m.ToBytes()
}

func seal(b []byte, nonce *[24]byte, key *[32]byte) []byte { return secretbox.Seal(nil, b, nonce, key) }

func redisV6(rdb *redis6.Client, cam *gocv.VideoCapture) {
	rdb.Set("face:u1", frame(cam), time.Hour) // want `\[FR103\] face image from gocv.VideoCapture.Read is persisted by redis.cmdable.Set without encryption`
}

func redisV7(rdb *redis7.Client, cam *gocv.VideoCapture) {
	rdb.HSet("faces", "u1", frame(cam)) // want `\[FR103\] .* redis.cmdable.HSet`
}

func redisV8(ctx context.Context, rdb *redis8.Client, cam *gocv.VideoCapture, nonce *[24]byte, key *[32]byte) {
	rdb.Set(ctx, "face:u1", frame(cam), time.Hour) // want `\[FR103\] .* redis.cmdable.Set`
	rdb.Set(ctx, "face:u2", seal(frame(cam), nonce, key), time.Hour)
}

// go-zero's Get returns the value: stored under "face:", read back as face data.
func goZero(r *zredis.Redis, cam *gocv.VideoCapture, id string) {
	r.Setex("face:"+id, string(frame(cam)), 3600) // want `\[FR103\] .* redis.Redis.Setex`
	v, _ := r.Get("face:" + id)
	log.Printf("cached %x", v) // want `\[FR101\] face image from value of key "face:..." read back by redis.Redis.Get`
	s, _ := r.Get("session:" + id)
	log.Printf("session %s", s)
}

func bbolt(db *bolt.DB, cam *gocv.VideoCapture) {
	db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("faces"))
		return b.Put([]byte("face/u1"), frame(cam)) // want `\[FR103\] .* bbolt.Bucket.Put`
	})
	db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("faces"))
		log.Printf("%x", b.Get([]byte("face/u1")))  // want `\[FR101\] face image from value of key "face/u1..." read back by bbolt.Bucket.Get`
		log.Printf("%s", b.Get([]byte("settings"))) // not face data
		return nil
	})
}

func badgerDB(db *badger.DB, cam *gocv.VideoCapture, nonce *[24]byte, key *[32]byte) {
	db.Update(func(txn *badger.Txn) error {
		txn.SetEntry(badger.NewEntry([]byte("face:u1"), frame(cam)).WithTTL(time.Hour)) // want `\[FR103\] .* badger.Txn.SetEntry`
		return txn.Set([]byte("face:u2"), seal(frame(cam), nonce, key))
	})
}

func levelDB(db *leveldb.DB, cam *gocv.VideoCapture) {
	db.Put([]byte("face:u1"), frame(cam), nil) // want `\[FR103\] .* leveldb.DB.Put`
	v, _ := db.Get([]byte("face:u1"), nil)
	log.Printf("%x", v) // want `\[FR101\] .* read back by leveldb.DB.Get`
}

// redisV9 reads back a value under a key prefix that held face data: the
// command's reply holds it.
func redisV9(ctx context.Context, rdb *redis9.Client, cam *gocv.VideoCapture) {
	rdb.Set(ctx, "face:u1", frame(cam), time.Hour) // want `\[FR103\] .* redis.cmdable.Set`
	b, _ := rdb.Get(ctx, "face:u1").Bytes()
	log.Printf("%x", b) // want `\[FR101\] face image from value of key "face:u1..." read back by redis.cmdable.Get, stored at kv.go`
	n, _ := rdb.Get(ctx, "visits:u1").Bytes()
	log.Printf("%s", n)
}
