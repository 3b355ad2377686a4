package driver

import (
	"runtime/debug"
	"strings"
)

// modulePath is facelint's module.
const modulePath = "github.com/facelint/facelint"

// Version returns facelint's version: the module version it was built
// at ("v1.2.3"), or for a build from a checkout "devel", with the commit
// when the build recorded it ("devel+0123456789ab", "-dirty" for
// uncommitted changes).
func Version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	v := info.Main.Version
	if info.Main.Path != modulePath {
		v = ""
		for _, dep := range info.Deps {
			if dep.Path == modulePath {
				v = dep.Version
			}
		}
	}
	if strings.HasPrefix(v, "v") {
		return v
	}
	v = "devel"
	settings := map[string]string{}
	for _, s := range info.Settings {
		settings[s.Key] = s.Value
	}
	if rev := settings["vcs.revision"]; rev != "" {
		v += "+" + rev[:min(12, len(rev))]
		if settings["vcs.modified"] == "true" {
			v += "-dirty"
		}
	}
	return v
}

// semanticVersion returns the version without its "v" when it is a
// semantic version, or "".
func semanticVersion(v string) string {
	if !strings.HasPrefix(v, "v") {
		return ""
	}
	return strings.TrimPrefix(v, "v")
}
