// Package lib stores blobs for retentionx/app.
package lib

import (
	"context"
	"os"
	"time"

	"github.com/redis/go-redis/v9"
)

// Keep caches a blob forever.
func Keep(ctx context.Context, rdb *redis.Client, key string, b []byte) {
	rdb.Set(ctx, key, b, 0)
}

// KeepDay caches a blob for a day.
func KeepDay(ctx context.Context, rdb *redis.Client, key string, b []byte) {
	rdb.Set(ctx, key, b, 24*time.Hour)
}

// Archive writes a blob to disk.
func Archive(name string, b []byte) {
	os.WriteFile(name, b, 0o600)
}
