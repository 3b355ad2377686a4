// Package store persists face data.
package store

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"

	"github.com/redis/go-redis/v9"
)

// SaveTemplate stores a person's face template.
func SaveTemplate(db *sql.DB, userID string, template []byte) error {
	_, err := db.Exec("INSERT INTO face_templates(user_id, template) VALUES ($1, $2)", userID, template)
	return err
}

// SaveImage keeps the enrolment photo on disk.
func SaveImage(dir, userID string, img []byte) error {
	return os.WriteFile(filepath.Join(dir, userID+".jpg"), img, 0o600)
}

// CacheTemplate caches a template for fast matching.
func CacheTemplate(ctx context.Context, rdb *redis.Client, userID string, template []byte) error {
	return rdb.Set(ctx, "face:"+userID, template, 0).Err()
}
