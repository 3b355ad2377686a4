package lsp

import (
	"bufio"
	"errors"
	"io"
	"strings"
	"testing"
)

func TestReadMessage(t *testing.T) {
	r := bufio.NewReader(strings.NewReader(
		"Content-Length: 2\r\n\r\n{}" +
			"content-length: 7\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n[1,2,3]"))
	for _, want := range []string{"{}", "[1,2,3]"} {
		body, err := readMessage(r)
		if err != nil || string(body) != want {
			t.Fatalf("readMessage = %q, %v; want %q", body, err, want)
		}
	}
	if _, err := readMessage(r); !errors.Is(err, io.EOF) {
		t.Errorf("readMessage at the end = %v, want io.EOF", err)
	}
}

func TestReadMessageErrors(t *testing.T) {
	for _, in := range []string{
		"Content-Type: x\r\n\r\n{}",      // no length
		"Content-Length: -1\r\n\r\n",     // negative
		"Content-Length: many\r\n\r\n{}", // not a number
		"Content-Length 2\r\n\r\n{}",     // no colon
		"Content-Length: 5\r\n\r\n{}",    // short body
		"Content-Length: 2\r\n",          // ends in the headers
	} {
		if body, err := readMessage(bufio.NewReader(strings.NewReader(in))); err == nil || errors.Is(err, io.EOF) {
			t.Errorf("readMessage(%q) = %q, %v; want an error other than io.EOF", in, body, err)
		}
	}
}

// TestReadMessageLongHeader checks that header lines are bounded like
// bodies: a client cannot make the server hold an endless header line.
func TestReadMessageLongHeader(t *testing.T) {
	long := "X-Padding: " + strings.Repeat("a", maxHeader) + "\r\nContent-Length: 2\r\n\r\n{}"
	many := strings.Repeat("X-Padding: aaaaaaaa\r\n", maxHeader/16) + "Content-Length: 2\r\n\r\n{}"
	for name, in := range map[string]string{"long line": long, "many lines": many} {
		if body, err := readMessage(bufio.NewReader(strings.NewReader(in))); !errors.Is(err, errLongHeader) {
			t.Errorf("%s: readMessage = %q, %v; want %v", name, body, err, errLongHeader)
		}
	}
	// A header just under the limit is read.
	fits := "X-Padding: " + strings.Repeat("a", maxHeader-64) + "\r\nContent-Length: 2\r\n\r\n{}"
	if body, err := readMessage(bufio.NewReader(strings.NewReader(fits))); err != nil || string(body) != "{}" {
		t.Errorf("readMessage of a header under the limit = %q, %v", body, err)
	}
}
