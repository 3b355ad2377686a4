// Package common is a minimal stub of github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/http v1.0.162 for facelint's tests: only the API facelint models, with the real signatures.
package common

import (
	"io"
)

// Request is a Tencent Cloud API request.
type Request interface {
	GetAction() string
	GetBodyReader() io.Reader
	GetScheme() string
	GetRootDomain() string
	GetServiceDomain(string) string
	GetDomain() string
	GetHttpMethod() string
	GetParams() map[string]string
	GetPath() string
	GetService() string
	GetUrl() string
	GetVersion() string
	SetScheme(string)
	SetRootDomain(string)
	SetDomain(string)
	SetHttpMethod(string)
}

// BaseRequest is embedded in every request.
type BaseRequest struct {
	httpMethod string
	scheme     string
	rootDomain string
	domain     string
	path       string
	params     map[string]string

	service string
	version string
	action  string
}

// GetAction returns the API action.
func (r *BaseRequest) GetAction() string { return r.action }

// GetHttpMethod returns the HTTP method.
func (r *BaseRequest) GetHttpMethod() string { return r.httpMethod }

// GetParams returns the request parameters.
func (r *BaseRequest) GetParams() map[string]string { return r.params }

// GetPath returns the URL path.
func (r *BaseRequest) GetPath() string { return r.path }

// GetDomain returns the domain.
func (r *BaseRequest) GetDomain() string { return r.domain }

// GetScheme returns the URL scheme.
func (r *BaseRequest) GetScheme() string { return r.scheme }

// GetRootDomain returns the root domain.
func (r *BaseRequest) GetRootDomain() string { return r.rootDomain }

// GetServiceDomain returns the domain of a service.
func (r *BaseRequest) GetServiceDomain(service string) (domain string) {
	return service + "." + r.rootDomain
}

// SetDomain sets the domain.
func (r *BaseRequest) SetDomain(domain string) { r.domain = domain }

// SetScheme sets the URL scheme.
func (r *BaseRequest) SetScheme(scheme string) { r.scheme = scheme }

// SetRootDomain sets the root domain.
func (r *BaseRequest) SetRootDomain(rootDomain string) { r.rootDomain = rootDomain }

// SetHttpMethod sets the HTTP method.
func (r *BaseRequest) SetHttpMethod(method string) { r.httpMethod = method }

// GetService returns the service name.
func (r *BaseRequest) GetService() string { return r.service }

// GetUrl returns the request URL.
func (r *BaseRequest) GetUrl() string { return "" }

// GetVersion returns the API version.
func (r *BaseRequest) GetVersion() string { return r.version }

// GetBodyReader returns the request body.
func (r *BaseRequest) GetBodyReader() io.Reader { return nil }

// Init initializes the request.
func (r *BaseRequest) Init() *BaseRequest {
	r.domain = ""
	r.path = "/"
	r.params = make(map[string]string)
	return r
}

// WithApiInfo sets the service, version and action.
func (r *BaseRequest) WithApiInfo(service, version, action string) *BaseRequest {
	r.service = service
	r.version = version
	r.action = action
	return r
}
