module github.com/tencentcloud/tencentcloud-sdk-go

go 1.22
