module github.com/alibabacloud-go/darabonba-openapi/v2

go 1.22

require github.com/alibabacloud-go/tea v0.0.0-stub
