module github.com/qiniu/go-sdk/v7

go 1.22
