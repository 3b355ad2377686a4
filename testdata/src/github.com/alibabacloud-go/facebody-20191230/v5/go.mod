module github.com/alibabacloud-go/facebody-20191230/v5

go 1.22

require (
	github.com/alibabacloud-go/darabonba-openapi/v2 v2.0.0-stub
	github.com/alibabacloud-go/tea v0.0.0-stub
	github.com/alibabacloud-go/tea-utils/v2 v2.0.0-stub
)
