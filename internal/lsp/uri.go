package lsp

import (
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
)

// pathToURI returns the file URI of an absolute path.
func pathToURI(path string) string {
	path = filepath.ToSlash(path)
	if !strings.HasPrefix(path, "/") {
		path = "/" + path // a Windows path: C:/x becomes /C:/x
	}
	return (&url.URL{Scheme: "file", Path: path}).String()
}

// uriToPath returns the path of a file URI.
func uriToPath(uri string) (string, error) {
	u, err := url.Parse(uri)
	if err != nil {
		return "", err
	}
	if u.Scheme != "file" {
		return "", fmt.Errorf("not a file URI: %s", uri)
	}
	path := u.Path
	if len(path) > 1 && filepath.VolumeName(path[1:]) != "" {
		path = path[1:] // /C:/x on Windows
	}
	return filepath.FromSlash(path), nil
}
