package vettool

import "testing"

func TestFlagValue(t *testing.T) {
	tests := []struct {
		args  []string
		value string
		found bool
	}{
		{[]string{"-config=ci/f.toml", "-json", "x.cfg"}, "ci/f.toml", true},
		{[]string{"--config", "ci/f.toml", "./..."}, "ci/f.toml", true},
		{[]string{"-faceconfig.config=/abs/f.toml"}, "/abs/f.toml", true},
		{[]string{"-config=a.toml", "-config=b.toml"}, "b.toml", true},
		{[]string{"-configure=x", "-disable=FR101", "config"}, "", false},
		{[]string{"-config"}, "", false},
	}
	for _, tt := range tests {
		value, found := flagValue(tt.args, "config")
		if value != tt.value || found != tt.found {
			t.Errorf("flagValue(%q) = %q, %v; want %q, %v", tt.args, value, found, tt.value, tt.found)
		}
	}
}

func TestIsGoProgram(t *testing.T) {
	for name, want := range map[string]bool{
		"go": true, "/usr/local/go/bin/go": true, `C:\Go\bin\go.exe`: true,
		"gopls": false, "/usr/bin/golangci-lint": false, "toolexec": false, "": false,
	} {
		if got := isGoProgram(name); got != want {
			t.Errorf("isGoProgram(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestIsInvocation(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want bool
	}{
		{[]string{"-V=full"}, true},
		{[]string{"-flags"}, true},
		{[]string{"-config=x", "-json", "/tmp/b001/vet.cfg"}, true},
		{[]string{"./..."}, false},
		{[]string{"-sarif", "./..."}, false},
		{nil, false},
	} {
		if got := IsInvocation(tt.args); got != tt.want {
			t.Errorf("IsInvocation(%q) = %v, want %v", tt.args, got, tt.want)
		}
	}
}
