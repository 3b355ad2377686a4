// Package storage tests FR103 with gorm, MongoDB, MinIO and S3, and FR107
// with gin.
package storage

import (
	"bytes"
	"context"

	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/gin-gonic/gin"
	"github.com/minio/minio-go/v7"
	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"gocv.io/x/gocv"
	"golang.org/x/crypto/nacl/secretbox"
	"gorm.io/gorm"
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

type faceRow struct {
	UserID string
	Image  []byte
}

func gormCreate(db *gorm.DB, cam *gocv.VideoCapture) {
	db.Create(&faceRow{UserID: "u1", Image: frame(cam)}) // want `\[FR103\] face image from gocv.VideoCapture.Read is persisted by gorm.DB.Create without encryption`
}

func mongoInsert(ctx context.Context, coll *mongo.Collection, cam *gocv.VideoCapture) {
	coll.InsertOne(ctx, bson.M{"user": "u1", "image": frame(cam)}) // want `\[FR103\] .* mongo.Collection.InsertOne`
}

func minioPut(ctx context.Context, c *minio.Client, cam *gocv.VideoCapture) {
	img := frame(cam)
	c.PutObject(ctx, "faces", "u1.jpg", bytes.NewReader(img), int64(len(img)), minio.PutObjectOptions{}) // want `\[FR103\] .* minio.Client.PutObject`
}

func s3Put(ctx context.Context, c *s3.Client, cam *gocv.VideoCapture) {
	c.PutObject(ctx, &s3.PutObjectInput{Body: bytes.NewReader(frame(cam))}) // want `\[FR103\] .* s3.Client.PutObject`
}

func sealed(ctx context.Context, c *s3.Client, cam *gocv.VideoCapture, key *[32]byte, nonce *[24]byte) {
	box := secretbox.Seal(nil, frame(cam), nonce, key)
	c.PutObject(ctx, &s3.PutObjectInput{Body: bytes.NewReader(box)})
}

func ginResponse(c *gin.Context, cam *gocv.VideoCapture) {
	c.JSON(200, gin.H{"frame": frame(cam)}) // want `\[FR107\] .* gin.Context.JSON`
	c.JSON(200, gin.H{"ok": true})
}
