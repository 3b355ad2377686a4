// Package objects tests FR103 and reads at rest with object stores and
// files: AWS S3 (SDK v1), MinIO (with sio encryption), Alibaba Cloud OSS,
// Tencent COS, Qiniu Kodo, and files written with ioutil.
package objects

import (
	"bytes"
	"context"
	"io"
	"io/ioutil"
	"log"
	"os"

	"github.com/aliyun/aliyun-oss-go-sdk/oss"
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/s3"
	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/encrypt"
	"github.com/minio/sio"
	"github.com/qiniu/go-sdk/v7/storage"
	cos "github.com/tencentyun/cos-go-sdk-v5"
	"gocv.io/x/gocv"
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

func s3v1(cam *gocv.VideoCapture) {
	sess, _ := session.NewSession(&aws.Config{Region: aws.String("cn-north-1")})
	svc := s3.New(sess)
	svc.PutObject(&s3.PutObjectInput{ // want `\[FR103\] face image from gocv.VideoCapture.Read is persisted by s3.S3.PutObject without encryption`
		Bucket: aws.String("faces"),
		Key:    aws.String("u1.jpg"),
		Body:   bytes.NewReader(frame(cam)),
	})
}

// Encrypting the body with sio before the upload is client-side encryption.
func minioSealed(ctx context.Context, c *minio.Client, cam *gocv.VideoCapture, key []byte) {
	img := frame(cam)
	c.PutObject(ctx, "faces", "u1.jpg", bytes.NewReader(img), int64(len(img)), minio.PutObjectOptions{}) // want `\[FR103\] .* minio.Client.PutObject`
	enc, _ := sio.EncryptReader(bytes.NewReader(img), sio.Config{Key: key})
	c.PutObject(ctx, "faces", "u1.sio", enc, -1, minio.PutObjectOptions{})
}

// OSS GetObject returns the object's body: stored under "faces/", read
// back as face data.
func aliyunOSS(client *oss.Client, cam *gocv.VideoCapture, id string) {
	bucket, _ := client.Bucket("app")
	bucket.PutObject("faces/"+id+".jpg", bytes.NewReader(frame(cam))) // want `\[FR103\] .* oss.Bucket.PutObject`
	body, _ := bucket.GetObject("faces/" + id + ".jpg")
	img, _ := io.ReadAll(body)
	log.Printf("%x", img) // want `\[FR101\] face image from value of key "faces/..." read back by oss.Bucket.GetObject`
	doc, _ := bucket.GetObject("docs/" + id + ".pdf")
	meta, _ := io.ReadAll(doc)
	log.Printf("%d", len(meta))
}

func tencentCOS(ctx context.Context, c *cos.Client, cam *gocv.VideoCapture) {
	c.Object.Put(ctx, "faces/u1.jpg", bytes.NewReader(frame(cam)), nil) // want `\[FR103\] .* cos.ObjectService.Put`
}

func qiniu(ctx context.Context, cam *gocv.VideoCapture, upToken string) {
	up := storage.NewFormUploader(&storage.Config{UseHTTPS: true})
	img := frame(cam)
	var ret storage.PutRet
	up.Put(ctx, &ret, upToken, "faces/u1.jpg", bytes.NewReader(img), int64(len(img)), nil) // want `\[FR103\] .* storage.FormUploader.Put`
}

// A file written under a path is read back from the same path.
func files(cam *gocv.VideoCapture) {
	ioutil.WriteFile("/var/lib/app/faces/u1.raw", frame(cam), 0o600) // want `\[FR103\] .* ioutil.WriteFile`
	b, _ := os.ReadFile("/var/lib/app/faces/u1.raw")
	log.Printf("%x", b) // want `\[FR101\] .* read back by os.ReadFile`
}

// Server-side encryption asked of the store is encryption at rest: these
// writes are silent.

func s3Encrypted(cam *gocv.VideoCapture) {
	sess, _ := session.NewSession(&aws.Config{Region: aws.String("cn-north-1")})
	svc := s3.New(sess)
	svc.PutObject(&s3.PutObjectInput{
		Bucket:               aws.String("faces"),
		Key:                  aws.String("u1.jpg"),
		Body:                 bytes.NewReader(frame(cam)),
		ServerSideEncryption: aws.String("aws:kms"),
	})
}

func minioEncrypted(ctx context.Context, c *minio.Client, cam *gocv.VideoCapture) {
	img := frame(cam)
	opts := minio.PutObjectOptions{ServerSideEncryption: encrypt.NewSSE()}
	c.PutObject(ctx, "faces", "u1.jpg", bytes.NewReader(img), int64(len(img)), opts)
}

func ossEncrypted(client *oss.Client, cam *gocv.VideoCapture) {
	bucket, _ := client.Bucket("faces")
	bucket.PutObject("faces/u2.jpg", bytes.NewReader(frame(cam)), oss.ServerSideEncryption("KMS"))
}

func cosEncrypted(ctx context.Context, c *cos.Client, cam *gocv.VideoCapture) {
	opt := &cos.ObjectPutOptions{ObjectPutHeaderOptions: &cos.ObjectPutHeaderOptions{XCosServerSideEncryption: "AES256"}}
	c.Object.Put(ctx, "faces/u2.jpg", bytes.NewReader(frame(cam)), opt)
}
