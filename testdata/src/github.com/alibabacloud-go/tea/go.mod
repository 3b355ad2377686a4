module github.com/alibabacloud-go/tea

go 1.22
