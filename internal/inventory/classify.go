package inventory

import (
	"path"
	"regexp"
	"strings"

	"github.com/facelint/facelint/rules"
)

// models finds the model of an API by the name the engine gives it
// ("redis.cmdable.Set", "gocv.VideoCapture.Read"), to say what kind of
// store, service or capture it is. The kind comes from the model file the
// API is described in (rules/models/redis.toml: a key-value store).
type models struct {
	byName map[string]model
}

type model struct {
	file string // base name of the model file, e.g. "redis.toml"
	pkg  string // import path of the API's package
}

// newModels indexes the functions of the rule set's sources, sinks and
// extractors. names maps the import paths of loaded packages to their
// names; other packages are named by their path.
func newModels(set *rules.Set, names map[string]string) *models {
	m := &models{byName: map[string]model{}}
	add := func(funcs []string, pos rules.Position) {
		for _, f := range funcs {
			if strings.HasPrefix(f, "C.") {
				m.put(f, model{file: path.Base(pos.File), pkg: "C"})
				continue
			}
			fn, err := rules.ParseFunc(f)
			if err != nil {
				continue
			}
			name := names[fn.Pkg]
			if name == "" {
				name = guessName(fn.Pkg)
			}
			display := name + "." + fn.Name
			if fn.Recv != "" {
				display = name + "." + fn.Recv + "." + fn.Name
			}
			m.put(display, model{file: path.Base(pos.File), pkg: fn.Pkg})
		}
	}
	for _, s := range set.Models.Sources {
		add(s.Funcs, s.Pos)
	}
	for _, s := range set.Models.Sinks {
		add(s.Funcs, s.Pos)
	}
	for _, e := range set.Models.Extractors {
		add(e.Funcs, e.Pos)
	}
	return m
}

func (m *models) put(name string, x model) {
	if _, ok := m.byName[name]; !ok {
		m.byName[name] = x
	}
}

// lookup returns the model of an API as the engine names it: the part
// before " to " ("json.Encoder.Encode to http.ResponseWriter") and before
// the arguments (`http.Request.FormFile("selfie")`).
func (m *models) lookup(api string) (model, bool) {
	api, _, _ = strings.Cut(api, " to ")
	if i := strings.IndexByte(api, '('); i > 0 {
		api = api[:i]
	}
	x, ok := m.byName[strings.TrimSpace(api)]
	return x, ok
}

var majorVersion = regexp.MustCompile(`^v[0-9]+$`)

// guessName returns the usual name of a package: the last element of its
// path, without a major version suffix or a "go-" prefix.
func guessName(pkg string) string {
	parts := strings.Split(pkg, "/")
	name := parts[len(parts)-1]
	if len(parts) > 1 && majorVersion.MatchString(name) {
		name = parts[len(parts)-2]
	}
	name = strings.TrimPrefix(name, "go-")
	if i := strings.IndexByte(name, '.'); i > 0 {
		name = name[:i] // gopkg.in/yaml.v3
	}
	return name
}

// storeKinds are the kinds of store, by model file.
var storeKinds = map[string]string{
	"sql.toml": "database", "gorm.toml": "database", "xorm.toml": "database", "ent.toml": "database",
	"redis.toml": "key-value store", "kvstores.toml": "key-value store",
	"mongo.toml":         "document database",
	"elasticsearch.toml": "search index",
	"awss3.toml":         "object storage", "minio.toml": "object storage", "aliyunoss.toml": "object storage",
	"tencentcos.toml": "object storage", "qiniu.toml": "object storage",
	"gocv.toml": "file",
}

// storeKind says what kind of store a storage API writes to.
func (m *models) storeKind(api string) string {
	x, ok := m.lookup(api)
	switch {
	case !ok:
		return "store"
	case x.file == "std.toml" && x.pkg == "database/sql":
		return "database"
	case x.file == "std.toml":
		return "file"
	case storeKinds[x.file] != "":
		return storeKinds[x.file]
	}
	return "store"
}

// vendors are the cloud vendors of the face APIs, by model file.
var vendors = map[string]string{
	"aws.toml": "Amazon Rekognition", "awsv1.toml": "Amazon Rekognition",
	"alibabacloud.toml": "Alibaba Cloud", "tencentcloud.toml": "Tencent Cloud",
	"huaweicloud.toml": "Huawei Cloud", "azureface.toml": "Microsoft Azure AI Face",
}

// unnamedVendor is what the engine calls a face API known by its URL's
// path only (".../faces/search"): not a vendor.
const unnamedVendor = "a face recognition service"

// services are the kinds of remote service, by model file.
var services = map[string]string{
	"messaging.toml": "message broker", "websocket.toml": "WebSocket",
	"grpc.toml": "gRPC", "connect.toml": "Connect RPC",
}

// service says what kind of remote service a network or third-party API
// reaches, and its vendor when the model says it.
func (m *models) service(kind, api, faceAPI string) (service, vendor string) {
	x, ok := m.lookup(api)
	switch {
	case ok && vendors[x.file] != "":
		return "cloud face API", vendors[x.file]
	case faceAPI != "" && strings.Contains(faceAPI, " ("):
		v, _, _ := strings.Cut(faceAPI, " (")
		service = "face API"
		if v != unnamedVendor {
			vendor = v
		}
	case kind == "thirdparty":
		service = "third-party service"
	}
	if service != "" {
		return service, vendor
	}
	switch {
	case ok && services[x.file] != "":
		return services[x.file], ""
	case ok && x.pkg == "net/http":
		return "HTTP", ""
	}
	return "network", ""
}

// captureKind says how a source brings face data in.
func (m *models) captureKind(api string, nameBased, declared, param bool) string {
	switch {
	case declared:
		return "declared face data"
	case param:
		return "parameter"
	case strings.Contains(api, " read back by ") || strings.HasPrefix(api, "value of key ") || strings.Contains(api, "read by "):
		return "read from a store"
	case strings.HasPrefix(api, "request field "):
		return "request"
	case strings.Contains(api, " to "):
		return "cloud face API"
	case strings.HasPrefix(api, "http.Response.Body"), strings.HasPrefix(api, "http.Get"):
		return "download"
	case strings.HasPrefix(api, "os.ReadFile"), strings.HasPrefix(api, "os.Open"), strings.HasPrefix(api, "ioutil.ReadFile"), strings.HasPrefix(api, "os.File."):
		return "image file"
	}
	if x, ok := m.lookup(api); ok {
		switch x.file {
		case "gocv.toml":
			if strings.Contains(api, "VideoCapture") {
				return "camera"
			}
			if strings.Contains(api, "IMRead") {
				return "image file"
			}
			return "face SDK"
		case "goface.toml", "arcsoft.toml", "seetaface.toml", "pigo.toml":
			return "face SDK"
		case "telegram.toml":
			return "upload"
		}
		if vendors[x.file] != "" {
			return "cloud face API"
		}
	}
	switch {
	case nameBased, strings.HasPrefix(api, "http.Request."), strings.HasPrefix(api, "multipart."):
		return "upload"
	case strings.HasPrefix(api, "C."):
		return "face SDK"
	}
	return "source"
}

// zh gives the Chinese of the kinds and states the Markdown and HTML show.
var zh = map[string]string{
	"camera": "摄像头", "upload": "上传", "request": "请求", "face SDK": "人脸SDK", "cloud face API": "云端人脸接口",
	"image file": "图像文件", "read from a store": "从存储读回", "declared face data": "声明的人脸数据",
	"parameter": "参数", "source": "来源", "download": "下载",
	"database": "数据库", "key-value store": "键值存储", "document database": "文档数据库",
	"search index": "搜索索引", "object storage": "对象存储", "file": "文件", "store": "存储",
	"checked": "已检查", "none": "无", "partly": "部分", "callers": "由调用方检查", "n/a": "不适用",
	"encrypted": "已加密", "not encrypted": "未加密", "partly encrypted": "部分加密",
	"set": "已设置", "not known": "未知",
	"plaintext": "明文", "TLS": "TLS", "no plaintext transport found": "未发现明文传输",
	"image": "人脸图像", "template": "人脸特征",
	"storage": "存储", "thirdparty": "第三方", "network": "远程服务", "log": "日志", "response": "响应",
	"template extraction": "特征提取", "reachable": "可用",
}

// bilingual returns "中文 English" for a known value, or the value.
func bilingual(s string) string {
	if z, ok := zh[s]; ok && z != s {
		return z + " " + s
	}
	return s
}

// sqlTable matches the table an SQL statement writes.
var sqlTable = regexp.MustCompile("(?is)^\\s*(?:insert\\s+(?:or\\s+\\w+\\s+)?into|replace\\s+into|merge\\s+into|update(?:\\s+only)?|upsert\\s+into)\\s+[`\"\\[]?([\\w.]+)")

// tableOf returns the table an SQL statement writes, or "".
func tableOf(stmt string) string {
	if m := sqlTable.FindStringSubmatch(stmt); m != nil {
		return m[1]
	}
	return ""
}

// hostOf returns the host of a URL (or of "host/path"), or "".
func hostOf(u string) string {
	rest := u
	if i := strings.Index(rest, "://"); i >= 0 {
		rest = rest[i+3:]
	} else if strings.HasPrefix(rest, "/") || strings.HasPrefix(rest, "%") {
		return ""
	}
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		rest = rest[:i]
	}
	if i := strings.LastIndexByte(rest, '@'); i >= 0 {
		rest = rest[i+1:]
	}
	if rest == "" || strings.ContainsAny(rest, " %{}") || !strings.Contains(rest, ".") && !strings.Contains(rest, ":") && rest != "localhost" {
		return ""
	}
	return rest
}

// secureScheme reports whether a URL names a TLS scheme.
func secureScheme(u string) bool {
	for _, s := range []string{"https://", "wss://", "grpcs://", "rediss://", "amqps://", "mqtts://", "ssl://", "tls://"} {
		if strings.HasPrefix(strings.ToLower(u), s) {
			return true
		}
	}
	return false
}
