module github.com/aliyun/aliyun-oss-go-sdk

go 1.22
