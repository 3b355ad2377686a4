// Package lib logs and uploads records; it knows nothing about faces.
package lib

import (
	"bytes"
	"log"
	"net/http"
)

// Audit logs a record.
func Audit(b []byte) {
	log.Printf("audit %x", b)
}

// Upload sends a record to the archive.
func Upload(b []byte) error {
	_, err := http.Post("https://archive.example.com/records", "application/octet-stream", bytes.NewReader(b))
	return err
}
