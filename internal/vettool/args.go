package vettool

import (
	"fmt"
	"path/filepath"
	"strings"
)

// flagValue returns the value of faceconfig's flag name in args, as go
// vet passes them (the raw arguments: -name=value, --name=value or -name
// value, also with the faceconfig. prefix); the last one wins.
func flagValue(args []string, name string) (string, bool) {
	value, found := "", false
	for i := 0; i < len(args); i++ {
		flagName, v, hasValue := splitFlag(args[i], name)
		if flagName == "" {
			continue
		}
		if !hasValue {
			if i+1 >= len(args) {
				break
			}
			i++
			v = args[i]
		}
		value, found = v, true
	}
	return value, found
}

// splitFlag splits arg when it sets faceconfig's flag name.
func splitFlag(arg, name string) (flagName, value string, hasValue bool) {
	text, ok := strings.CutPrefix(arg, "--")
	if !ok {
		if text, ok = strings.CutPrefix(arg, "-"); !ok {
			return "", "", false
		}
	}
	text, value, hasValue = strings.Cut(text, "=")
	if text != name && text != "faceconfig."+name {
		return "", "", false
	}
	return text, value, hasValue
}

// absoluteConfig returns args with a relative -config made absolute
// against the directory the go command runs in: go vet runs the tool in
// each package's directory.
func absoluteConfig(args []string) ([]string, error) {
	out := append([]string(nil), args...)
	for i := 0; i < len(out); i++ {
		flagName, v, hasValue := splitFlag(out[i], "config")
		if flagName == "" {
			continue
		}
		at := i
		if !hasValue {
			if i+1 >= len(out) {
				break
			}
			i++
			at, v = i, out[i]
		}
		if v == "" || filepath.IsAbs(v) {
			continue
		}
		cmd, err := goCommand()
		if err != nil {
			return nil, fmt.Errorf("-config %s is relative, and the directory go vet runs in is unknown (%v): give an absolute path", v, err)
		}
		abs := filepath.Join(cmd.dir, v)
		if hasValue {
			out[at] = "-" + flagName + "=" + abs
		} else {
			out[at] = abs
		}
	}
	return out, nil
}
