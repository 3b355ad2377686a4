package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/facelint/facelint/bench/measure"
)

// lspRun is the measurement of facelint lsp on one workload: the time from
// a save (textDocument/didSave of a file just edited) to the end of the
// analysis that it starts, with the server and its build cache warm.
type lspRun struct {
	w         *workload
	file      string          // the file edited and saved
	latencies []time.Duration // of the timed saves, in order
	// rssWarm is the server's resident set size after the warm-up saves,
	// rssSoak after soak more saves (0 when soak is 0).
	rssWarm, rssSoak int64
	soak             int
}

// median returns the median latency.
func (r *lspRun) median() time.Duration {
	s := slices.Clone(r.latencies)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// lspClient speaks the Language Server Protocol with a facelint lsp
// subprocess.
type lspClient struct {
	cmd  *exec.Cmd
	in   io.WriteCloser
	out  *bufio.Reader
	next int
}

// measureLSP starts facelint lsp in w's directory, opens file, and times
// saves of it: warm untimed ones, then saves timed ones, then soak more to
// see whether the server's memory grows.
func (b *bench) measureLSP(ctx context.Context, w *workload, file string, warmSaves, saves, soak int) (*lspRun, error) {
	cmd := exec.CommandContext(ctx, b.bin("facelint"), "lsp")
	cmd.Dir = w.dir
	cmd.Env = measure.GoEnv()
	cmd.Stderr = os.Stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	defer func() {
		cmd.Process.Kill()
		cmd.Wait()
	}()
	c := &lspClient{cmd: cmd, in: in, out: bufio.NewReader(out)}
	if err := c.call("initialize", map[string]any{"processId": os.Getpid(), "rootUri": fileURI(w.dir), "capabilities": map[string]any{}}); err != nil {
		return nil, err
	}
	if err := c.send("", "initialized", map[string]any{}); err != nil {
		return nil, err
	}
	uri := fileURI(file)
	if err := c.send("", "textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": uri, "languageId": "go", "version": 1, "text": ""}}); err != nil {
		return nil, err
	}
	logf("facelint lsp on %s (%s): first analysis", w.name, filepath.Base(file))
	if err := c.awaitAnalysis(); err != nil {
		return nil, err
	}
	run := &lspRun{w: w, file: file, soak: soak}
	save := func() (time.Duration, error) {
		b.runs++
		if err := edit(file, b.runs); err != nil {
			return 0, err
		}
		start := time.Now()
		if err := c.send("", "textDocument/didSave", map[string]any{"textDocument": map[string]any{"uri": uri}}); err != nil {
			return 0, err
		}
		err := c.awaitAnalysis()
		return time.Since(start), err
	}
	for range warmSaves {
		if _, err := save(); err != nil {
			return nil, err
		}
	}
	logf("facelint lsp on %s: %d timed saves, load average %s", w.name, saves, loadAvg())
	for range saves {
		d, err := save()
		if err != nil {
			return nil, err
		}
		run.latencies = append(run.latencies, d)
	}
	if run.rssWarm, err = rss(cmd.Process.Pid); err != nil {
		return nil, err
	}
	if soak > 0 {
		logf("facelint lsp on %s: %d more saves for memory", w.name, soak)
		for range soak {
			if _, err := save(); err != nil {
				return nil, err
			}
		}
		if run.rssSoak, err = rss(cmd.Process.Pid); err != nil {
			return nil, err
		}
	}
	if err := c.call("shutdown", nil); err != nil {
		return nil, err
	}
	return run, c.send("", "exit", nil)
}

// send writes a message: a request when id is set, else a notification.
func (c *lspClient) send(id, method string, params any) error {
	msg := map[string]any{"jsonrpc": "2.0", "method": method, "params": params}
	if id != "" {
		msg["id"] = id
	}
	body, err := json.Marshal(msg)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(c.in, "Content-Length: %d\r\n\r\n%s", len(body), body)
	return err
}

// call sends a request and waits for its response.
func (c *lspClient) call(method string, params any) error {
	c.next++
	id := strconv.Itoa(c.next)
	if err := c.send(id, method, params); err != nil {
		return err
	}
	quoted := strconv.Quote(id)
	_, err := c.await(func(m *serverMessage) bool { return m.Method == "" && string(m.ID) == quoted })
	return err
}

// awaitAnalysis waits for the log line that ends an analysis, and fails on
// an error the server reports.
func (c *lspClient) awaitAnalysis() error {
	m, err := c.await(func(m *serverMessage) bool {
		return m.Method == "window/logMessage" || m.Method == "window/showMessage"
	})
	if err != nil {
		return err
	}
	var p struct {
		Type    int
		Message string
	}
	if err := json.Unmarshal(m.Params, &p); err != nil {
		return err
	}
	if !strings.HasPrefix(p.Message, "facelint: analysed ") {
		return fmt.Errorf("facelint lsp: %s", p.Message)
	}
	return nil
}

// serverMessage is a message from the server.
type serverMessage struct {
	ID     json.RawMessage `json:"id"`
	Method string          `json:"method"`
	Params json.RawMessage `json:"params"`
}

// await reads messages until one matches.
func (c *lspClient) await(match func(*serverMessage) bool) (*serverMessage, error) {
	for {
		body, err := readFrame(c.out)
		if err != nil {
			return nil, fmt.Errorf("reading from facelint lsp: %w", err)
		}
		var m serverMessage
		if err := json.Unmarshal(body, &m); err != nil {
			return nil, err
		}
		if match(&m) {
			return &m, nil
		}
	}
}

// readFrame reads one message body framed by a Content-Length header.
func readFrame(r *bufio.Reader) ([]byte, error) {
	length := -1
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return nil, err
		}
		line = strings.TrimSpace(line)
		if line == "" {
			break
		}
		if name, value, ok := strings.Cut(line, ":"); ok && strings.EqualFold(name, "Content-Length") {
			if length, err = strconv.Atoi(strings.TrimSpace(value)); err != nil {
				return nil, err
			}
		}
	}
	if length < 0 {
		return nil, errors.New("message without Content-Length")
	}
	body := make([]byte, length)
	_, err := io.ReadFull(r, body)
	return body, err
}

// rss returns the resident set size of a process, from /proc.
func rss(pid int) (int64, error) {
	data, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "status"))
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return kb << 10, err
		}
	}
	return 0, errors.New("no VmRSS in /proc status")
}

// fileURI returns the file URI of an absolute path.
func fileURI(path string) string {
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}).String()
}
