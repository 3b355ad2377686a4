module github.com/tencentyun/cos-go-sdk-v5

go 1.22
