module github.com/aws/aws-sdk-go-v2/config

go 1.22

require github.com/aws/aws-sdk-go-v2 v0.0.0-stub
