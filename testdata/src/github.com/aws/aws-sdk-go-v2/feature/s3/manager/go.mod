module github.com/aws/aws-sdk-go-v2/feature/s3/manager

go 1.22

require (
	github.com/aws/aws-sdk-go-v2 v0.0.0-stub
	github.com/aws/aws-sdk-go-v2/service/s3 v0.0.0-stub
)
