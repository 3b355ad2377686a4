module github.com/minio/sio

go 1.22
