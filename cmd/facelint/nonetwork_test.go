package main

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/facelint/facelint/internal/driver"
	"github.com/facelint/facelint/internal/testmodule"
)

// offline is the environment facelint runs in: the go command it starts to
// load packages may neither download modules nor a toolchain, and HTTP
// clients that honour the proxy variables are sent to a closed port.
var offline = []string{
	"GOPROXY=off",
	"GOSUMDB=off",
	"GOTOOLCHAIN=local",
	"HTTP_PROXY=http://127.0.0.1:9",
	"HTTPS_PROXY=http://127.0.0.1:9",
	"ALL_PROXY=http://127.0.0.1:9",
	"NO_PROXY=",
}

// errNoNetwork is what the replaced transport and resolver return.
var errNoNetwork = errors.New("facelint must not use the network")

// TestNoNetworkInProcess analyses a module and prints the findings in every
// format with HTTP's default transport and the default resolver replaced by
// ones that fail the test when used.
func TestNoNetworkInProcess(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the standard library")
	}
	dir := testmodule.Write(t, "selfies")
	for _, kv := range offline {
		k, v, _ := strings.Cut(kv, "=")
		t.Setenv(k, v)
	}
	refuseNetwork(t)
	res, err := driver.Analyze(driver.Options{Dir: dir, Patterns: []string{"./..."}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) == 0 {
		t.Fatal("no findings: the module no longer exercises the analyzers")
	}
	for _, format := range []string{"text", "json", "sarif"} {
		if err := driver.Print(io.Discard, res, format); err != nil {
			t.Errorf("printing %s: %v", format, err)
		}
	}
}

// refuseNetwork makes HTTP requests through http.DefaultTransport and name
// lookups through net.DefaultResolver fail t, until t ends.
func refuseNetwork(t *testing.T) {
	transport, resolver := http.DefaultTransport, net.DefaultResolver
	t.Cleanup(func() { http.DefaultTransport, net.DefaultResolver = transport, resolver })
	http.DefaultTransport = roundTripFunc(func(r *http.Request) (*http.Response, error) {
		t.Errorf("HTTP request to %s", r.URL)
		return nil, errNoNetwork
	})
	net.DefaultResolver = &net.Resolver{
		PreferGo: true,
		Dial: func(_ context.Context, network, address string) (net.Conn, error) {
			t.Errorf("name lookup through %s %s", network, address)
			return nil, errNoNetwork
		},
	}
}

// roundTripFunc is an http.RoundTripper made of a function.
type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// TestNoNetwork builds facelint and runs it on a module, once as it is and
// then where any network use is seen (strace) or fails (a network
// namespace with no interfaces). Each run must print what the plain run
// prints, and strace must see no network system call at all, neither in
// facelint nor in the go command it starts.
func TestNoNetwork(t *testing.T) {
	if testing.Short() {
		t.Skip("builds facelint and loads the standard library three times")
	}
	dir := testmodule.Write(t, "selfies")
	bin := buildFacelint(t)
	want := runIn(t, dir, bin, "./...")
	if want.code != driver.ExitFindings {
		t.Fatalf("facelint exited with %d, want %d (findings):\n%s%s", want.code, driver.ExitFindings, want.stdout, want.stderr)
	}

	t.Run("strace", func(t *testing.T) {
		strace, err := exec.LookPath("strace")
		if err != nil {
			t.Skip("strace is not installed; the netns test covers the same ground")
		}
		if out, err := exec.Command(strace, "-qq", "-o", os.DevNull, "true").CombinedOutput(); err != nil {
			t.Skipf("strace cannot trace here: %v: %s", err, out)
		}
		trace := filepath.Join(t.TempDir(), "trace")
		got := runIn(t, dir, strace, "-f", "-qq", "-e", "trace=network", "-e", "signal=none", "-o", trace, bin, "./...")
		compareRuns(t, got, want)
		calls, err := os.ReadFile(trace)
		if err != nil {
			t.Fatal(err)
		}
		if found := networkCalls(calls); len(found) > 0 {
			t.Errorf("network system calls: %q\n%s", found, calls)
		}
	})

	t.Run("netns", func(t *testing.T) {
		if runtime.GOOS != "linux" {
			t.Skip("network namespaces are Linux only")
		}
		unshare, err := exec.LookPath("unshare")
		if err != nil {
			t.Skip("unshare is not installed")
		}
		if out, err := exec.Command(unshare, "-rn", "true").CombinedOutput(); err != nil {
			t.Skipf("unshare -rn is not permitted here: %v: %s", err, out)
		}
		compareRuns(t, runIn(t, dir, unshare, "-rn", bin, "./..."), want)
	})
}

// buildFacelint builds this command into a temporary directory and returns
// the binary's path.
func buildFacelint(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "facelint")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// outcome is what one run of facelint printed and how it exited.
type outcome struct {
	stdout, stderr string
	code           int
}

// runIn runs a command in dir with the offline environment.
func runIn(t *testing.T, dir, name string, args ...string) outcome {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), offline...)
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatalf("%s: %v", name, err)
	}
	return outcome{stdout.String(), stderr.String(), cmd.ProcessState.ExitCode()}
}

// compareRuns fails unless got printed and exited as want did.
func compareRuns(t *testing.T, got, want outcome) {
	t.Helper()
	if got.code != want.code || got.stdout != want.stdout {
		t.Errorf("exit code %d and output\n%s%s\nwant exit code %d and output\n%s", got.code, got.stdout, got.stderr, want.code, want.stdout)
	}
}

// traceCall matches a system call in strace's output ("123 connect(...",
// "123 <... connect resumed>..."); strace's own notes ("123 ???( <detached
// ...>") name none.
var traceCall = regexp.MustCompile(`(?m)^\d+\s+(?:<\.\.\. )?([a-z0-9_]+)[ (]`)

// networkCalls returns the network system calls in an strace log.
func networkCalls(log []byte) []string {
	var found []string
	for _, m := range traceCall.FindAllSubmatch(log, -1) {
		switch name := string(m[1]); name {
		case "socket", "socketpair", "connect", "bind", "listen", "accept", "accept4",
			"sendto", "recvfrom", "sendmsg", "recvmsg", "sendmmsg", "recvmmsg",
			"getsockopt", "setsockopt", "getsockname", "getpeername", "shutdown":
			found = append(found, name)
		}
	}
	return found
}

func TestNetworkCalls(t *testing.T) {
	log := "5782  ???( <detached ...>\n123 connect(3, {sa_family=AF_INET}, 16) = 0\n124 <... sendto resumed>) = 5\n125 +++ exited with 0 +++\n"
	if got := networkCalls([]byte(log)); !slices.Equal(got, []string{"connect", "sendto"}) {
		t.Errorf("networkCalls = %q, want connect and sendto", got)
	}
}
