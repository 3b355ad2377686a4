package main_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestInventoryCommand runs `facelint inventory` on the bundled example as
// the README does, in every format, with -o and a configuration flag.
func TestInventoryCommand(t *testing.T) {
	bin := facelintBinary(t)
	root, _ := filepath.Abs("../..")
	stdout, stderr, code := run(t, root, bin, "inventory", "-C", "examples/faceservice", "./...")
	if code != 0 {
		t.Fatalf("exit code = %d, want 0\n%s", code, stderr)
	}
	for _, want := range []string{"# 人脸信息清单 Face-data inventory", "```mermaid\nflowchart LR", "## 1. 采集点 Capture points", "## 4. 按条款列出的未解决问题 Open findings by article", "`examples/faceservice/internal/store/store.go:15:19`"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("the Markdown lacks %q", want)
		}
	}

	out := filepath.Join(t.TempDir(), "inventory.html")
	if _, stderr, code := run(t, root, bin, "inventory", "-C", "examples/faceservice", "-o", out, "./..."); code != 0 {
		t.Fatalf("-o inventory.html: exit code %d\n%s", code, stderr)
	}
	page, err := os.ReadFile(out)
	if err != nil || !strings.HasPrefix(string(page), "<!DOCTYPE html>") || !strings.Contains(string(page), `<svg xmlns="http://www.w3.org/2000/svg" id="dataflow"`) {
		t.Errorf("-o inventory.html did not write the HTML page with the diagram (%v)", err)
	}

	stdout, stderr, code = run(t, root, bin, "inventory", "-C", "examples/faceservice", "-format", "json", "-enable", "FR101")
	var inv struct {
		FormatVersion int
		Captures      []json.RawMessage
		Findings      []struct{ Rule string }
	}
	if code != 0 || json.Unmarshal([]byte(stdout), &inv) != nil || inv.FormatVersion != 1 || len(inv.Captures) == 0 {
		t.Fatalf("-format json: exit code %d, stderr:\n%s\nstdout:\n%.500s", code, stderr, stdout)
	}
	for _, f := range inv.Findings {
		if f.Rule != "FR101" {
			t.Errorf("-enable FR101: the inventory lists a %s finding", f.Rule)
		}
	}
	if len(inv.Findings) == 0 {
		t.Errorf("-enable FR101: no FR101 finding")
	}

	if _, stderr, code := run(t, root, bin, "inventory", "-format", "pdf", "./..."); code != 1 || !strings.Contains(stderr, "-format pdf: want one of md, html, json") {
		t.Errorf("-format pdf: exit code %d, stderr:\n%s", code, stderr)
	}
}

// TestInventoryIncomplete checks that a package that does not load makes
// the inventory say it is incomplete, and the exit code 1, while the other
// packages are still in it.
func TestInventoryIncomplete(t *testing.T) {
	bin := facelintBinary(t)
	mod := module(t, map[string]string{
		"broken/broken.go": "package broken\n\n// N is not an int.\nvar N int = \"x\"\n",
		"app/main.go":      kiosk,
	})
	stdout, stderr, code := run(t, mod, bin, "inventory", "-format", "json")
	var inv struct {
		NotAnalysed []struct {
			Package  string
			Location struct{ File string }
		}
		Destinations []struct{ Kind, API string }
	}
	if err := json.Unmarshal([]byte(stdout), &inv); err != nil {
		t.Fatalf("%v\n%s", err, stdout)
	}
	if code != 1 || !strings.Contains(stderr, "the inventory is incomplete") {
		t.Errorf("exit code %d, want 1, stderr:\n%s", code, stderr)
	}
	if len(inv.NotAnalysed) != 1 || inv.NotAnalysed[0].Package != "example.com/clean/broken" || inv.NotAnalysed[0].Location.File != "broken/broken.go" {
		t.Errorf("notAnalysed = %+v, want the broken package at broken/broken.go", inv.NotAnalysed)
	}
	found := false
	for _, d := range inv.Destinations {
		found = found || d.Kind == "log" && d.API == "log.Printf"
	}
	if !found {
		t.Errorf("the app's log is not in the inventory: %+v", inv.Destinations)
	}
	stdout, _, _ = run(t, mod, bin, "inventory")
	if !strings.Contains(stdout, "不完整 Incomplete") {
		t.Errorf("the Markdown does not say it is incomplete:\n%s", stdout)
	}
}
