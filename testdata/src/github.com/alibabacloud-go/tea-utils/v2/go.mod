module github.com/alibabacloud-go/tea-utils/v2

go 1.22
