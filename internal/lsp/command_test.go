package lsp

import (
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/facelint/facelint/analyzers/faceconfig"
)

func frame(body string) string { return fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(body), body) }

func TestMainExitCode(t *testing.T) {
	initialize := frame(`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}`)
	shutdown := frame(`{"jsonrpc":"2.0","id":2,"method":"shutdown"}`)
	exit := frame(`{"jsonrpc":"2.0","method":"exit"}`)
	for _, tc := range []struct {
		name  string
		args  []string
		input string
		want  int
	}{
		{"end of input", nil, "", 0},
		{"shutdown and exit", nil, initialize + shutdown + exit, 0},
		{"exit without shutdown", nil, initialize + exit, 1},
		{"malformed stream", nil, "Content-Length: x\r\n\r\n", 1},
		{"help", []string{"-h"}, "", 0},
		{"unknown flag", []string{"-nosuch"}, "", 1},
		{"argument", []string{"./..."}, "", 1},
	} {
		if got := Main(tc.args, strings.NewReader(tc.input), io.Discard, io.Discard); got != tc.want {
			t.Errorf("%s: Main = %d, want %d", tc.name, got, tc.want)
		}
	}
}

func TestMainConfigFlags(t *testing.T) {
	disable := faceconfig.Analyzer.Flags.Lookup("disable").Value
	t.Cleanup(func() { disable.Set("") })
	if got := Main([]string{"-disable=FR107"}, strings.NewReader(""), io.Discard, io.Discard); got != 0 {
		t.Fatalf("Main = %d, want 0", got)
	}
	if got := disable.String(); got != "FR107" {
		t.Errorf("faceconfig -disable = %q after facelint lsp -disable=FR107", got)
	}
}
