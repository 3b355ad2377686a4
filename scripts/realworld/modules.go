package main

// target is a body of code facelint is run over: Go's standard library or
// one module at a pinned version.
type target struct {
	Kind    string // what the code is, for the report
	Path    string // module path, or "std"
	Version string // pinned version; "" for std
	// Patterns are the packages to analyse; nil means Path+"/...". Only
	// modules too large to analyse whole name a part of themselves.
	Patterns []string
}

// std is Go's standard library, analysed with facelint's -std flag.
var std = target{Kind: "standard library", Path: "std"}

// modules are popular modules that do not handle face data, at pinned
// versions that the module proxy serves and that build with Go 1.26 and
// without cgo. Every finding facelint reports in them is a false positive.
var modules = []target{
	{Kind: "web", Path: "github.com/gin-gonic/gin", Version: "v1.12.0"},
	{Kind: "web", Path: "github.com/labstack/echo/v4", Version: "v4.16.0"},
	{Kind: "web", Path: "github.com/go-chi/chi/v5", Version: "v5.5.0"},
	{Kind: "web", Path: "github.com/gofiber/fiber/v3", Version: "v3.1.0"},
	{Kind: "web", Path: "github.com/gorilla/mux", Version: "v1.8.1"},
	{Kind: "web", Path: "github.com/gorilla/websocket", Version: "v1.5.3"},
	{Kind: "web", Path: "github.com/valyala/fasthttp", Version: "v1.77.0"},
	{Kind: "web", Path: "github.com/zeromicro/go-zero", Version: "v1.10.3"},
	{Kind: "web", Path: "github.com/go-kratos/kratos/v2", Version: "v2.8.3"},
	{Kind: "web", Path: "github.com/cloudwego/hertz", Version: "v0.10.4"},
	{Kind: "database", Path: "github.com/jackc/pgx/v5", Version: "v5.12.0"},
	{Kind: "database", Path: "github.com/go-sql-driver/mysql", Version: "v1.10.1"},
	{Kind: "database", Path: "go.mongodb.org/mongo-driver/v2", Version: "v2.10.0"},
	{Kind: "database", Path: "github.com/redis/go-redis/v9", Version: "v9.23.0"},
	{Kind: "database", Path: "gorm.io/gorm", Version: "v1.31.2"},
	{Kind: "database", Path: "github.com/ClickHouse/clickhouse-go/v2", Version: "v2.50.0"},
	{Kind: "database", Path: "xorm.io/xorm", Version: "v1.4.3"},
	{Kind: "database", Path: "go.etcd.io/bbolt", Version: "v1.5.0"},
	{Kind: "messaging", Path: "github.com/segmentio/kafka-go", Version: "v0.4.51"},
	{Kind: "messaging", Path: "github.com/IBM/sarama", Version: "v1.62.0"},
	{Kind: "messaging", Path: "github.com/nats-io/nats.go", Version: "v1.56.0"},
	{Kind: "messaging", Path: "github.com/rabbitmq/amqp091-go", Version: "v1.17.0"},
	{Kind: "messaging", Path: "github.com/eclipse/paho.mqtt.golang", Version: "v1.5.1"},
	{Kind: "logging", Path: "go.uber.org/zap", Version: "v1.28.0"},
	{Kind: "logging", Path: "github.com/sirupsen/logrus", Version: "v1.10.2"},
	{Kind: "logging", Path: "github.com/rs/zerolog", Version: "v1.35.1"},
	{Kind: "cloud SDK", Path: "github.com/aws/aws-sdk-go-v2", Version: "v1.47.7"},
	{Kind: "cloud SDK", Path: "github.com/aws/aws-sdk-go-v2/service/s3", Version: "v1.114.8"},
	{Kind: "cloud SDK", Path: "github.com/aws/aws-sdk-go-v2/service/rekognition", Version: "v1.51.26"},
	{Kind: "cloud SDK", Path: "github.com/minio/minio-go/v7", Version: "v7.4.1"},
	{Kind: "cloud SDK", Path: "github.com/tencentcloud/tencentcloud-sdk-go", Version: "v1.0.162", Patterns: []string{
		// The module holds every Tencent Cloud service; analyse the
		// shared client and face recognition (iai).
		"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/...",
		"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/iai/...",
	}},
	{Kind: "cloud SDK", Path: "cloud.google.com/go/storage", Version: "v1.70.0"},
	{Kind: "cloud SDK", Path: "github.com/aliyun/aliyun-oss-go-sdk", Version: "v3.0.2+incompatible"},
	{Kind: "cloud SDK", Path: "github.com/tencentyun/cos-go-sdk-v5", Version: "v0.7.70"},
	{Kind: "RPC", Path: "google.golang.org/grpc", Version: "v1.85.0"},
	{Kind: "RPC", Path: "google.golang.org/protobuf", Version: "v1.36.12"},
	{Kind: "RPC", Path: "connectrpc.com/connect", Version: "v1.21.1"},
	{Kind: "RPC", Path: "github.com/grpc-ecosystem/grpc-gateway/v2", Version: "v2.33.0"},
	{Kind: "CLI, config", Path: "github.com/spf13/cobra", Version: "v1.10.2"},
	{Kind: "CLI, config", Path: "github.com/spf13/viper", Version: "v1.21.0"},
	{Kind: "observability", Path: "github.com/prometheus/client_golang", Version: "v1.25.0"},
	{Kind: "observability", Path: "go.opentelemetry.io/otel/sdk", Version: "v1.47.0"},
	{Kind: "application", Path: "go.etcd.io/etcd/client/v3", Version: "v3.7.3"},
	{Kind: "application", Path: "github.com/caddyserver/caddy/v2", Version: "v2.11.9"},
	{Kind: "application", Path: "github.com/nats-io/nats-server/v2", Version: "v2.15.2"},
	{Kind: "application", Path: "github.com/gohugoio/hugo", Version: "v0.165.0"},
	{Kind: "application", Path: "github.com/go-git/go-git/v5", Version: "v5.19.3"},
	{Kind: "application", Path: "github.com/hashicorp/raft", Version: "v1.8.0"},
	{Kind: "application", Path: "k8s.io/client-go", Version: "v0.37.2"},
}

// patterns returns the package patterns to analyse.
func (t target) patterns() []string {
	if t.Patterns != nil {
		return t.Patterns
	}
	if t.Path == "std" {
		return []string{"std"}
	}
	return []string{t.Path + "/..."}
}

// String names the target as module@version.
func (t target) String() string {
	if t.Version == "" {
		return t.Path
	}
	return t.Path + "@" + t.Version
}
