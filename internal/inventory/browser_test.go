package inventory

import (
	"encoding/json"
	"html"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// browser returns a headless-capable Chromium on PATH, or "".
func browser() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// probe reads what the browser laid out. It is added to a copy of the
// page in the test: the page itself has no script.
const probe = `<script>
(function () {
  var svg = document.getElementById('dataflow');
  var r = svg.getBoundingClientRect();
  var out = {svg: {w: r.width, h: r.height}, nodes: {}, edges: []};
  document.querySelectorAll('#dataflow g.node').forEach(function (g) {
    var b = g.getBBox();
    out.nodes[g.getAttribute('data-id')] = {x: b.x, y: b.y, w: b.width, h: b.height,
      text: g.querySelector('text').textContent, display: getComputedStyle(g).display,
      fill: getComputedStyle(g.querySelector('rect')).fill};
  });
  document.querySelectorAll('#dataflow path.edge').forEach(function (p) {
    out.edges.push({from: p.getAttribute('data-from'), to: p.getAttribute('data-to'), len: p.getTotalLength()});
  });
  var pre = document.createElement('pre');
  pre.id = 'probe';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>
`

// TestHTMLInBrowser opens the page in headless Chromium and checks that it
// shows the diagram: every node is laid out inside the SVG with its style
// and its text, every edge is drawn, and a screenshot has the diagram's
// colours. Without a browser the page is checked as XML only (TestHTML).
func TestHTMLInBrowser(t *testing.T) {
	bin := browser()
	if bin == "" {
		t.Skip("no Chromium on PATH (apt-get install chromium): the HTML is checked as well-formed XML with every node by TestHTML only")
	}
	inv := example(t)
	page := render(t, inv, "html")
	dir := t.TempDir()
	run := func(args ...string) []byte {
		t.Helper()
		args = append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + filepath.Join(dir, "profile")}, args...)
		out, err := exec.Command(bin, args...).Output()
		if err != nil {
			t.Fatalf("%s %s: %v", bin, strings.Join(args, " "), err)
		}
		return out
	}
	probed := filepath.Join(dir, "probed.html")
	if err := os.WriteFile(probed, []byte(strings.Replace(page, "</body>", probe+"</body>", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	dom := run("--virtual-time-budget=5000", "--dump-dom", "file://"+probed)
	m := regexp.MustCompile(`(?s)<pre id="probe">(.*?)</pre>`).FindSubmatch(dom)
	if m == nil {
		t.Fatalf("the probe did not run in the browser:\n%s", dom)
	}
	var got struct {
		SVG   struct{ W, H float64 }
		Nodes map[string]struct {
			X, Y, W, H    float64
			Text, Display string
			Fill          string
		}
		Edges []struct {
			From, To string
			Len      float64
		}
	}
	if err := json.Unmarshal([]byte(html.UnescapeString(string(m[1]))), &got); err != nil {
		t.Fatal(err)
	}
	if got.SVG.W < 100 || got.SVG.H < 100 {
		t.Errorf("the diagram is %gx%g pixels", got.SVG.W, got.SVG.H)
	}
	for _, id := range nodeIDs(inv) {
		n, ok := got.Nodes[id]
		switch {
		case !ok:
			t.Errorf("node %s is not in the page the browser shows", id)
		case n.W < 10 || n.H < 10 || n.X < 0 || n.Y < 0 || n.X+n.W > got.SVG.W+1 || n.Y+n.H > got.SVG.H+1 || n.Display == "none":
			t.Errorf("node %s is not laid out inside the diagram: %+v (diagram %gx%g)", id, n, got.SVG.W, got.SVG.H)
		case !strings.HasPrefix(n.Text, id+" "):
			t.Errorf("node %s shows %q", id, n.Text)
		case n.Fill == "rgb(255, 255, 255)" || n.Fill == "rgb(0, 0, 0)" || n.Fill == "":
			t.Errorf("node %s is not styled (fill %q)", id, n.Fill)
		}
	}
	drawn := map[string]bool{}
	for _, e := range got.Edges {
		if e.Len > 10 {
			drawn[e.From+"→"+e.To] = true
		}
	}
	for _, e := range flowEdges(inv) {
		if !drawn[e[0]+"→"+e[1]] {
			t.Errorf("edge %s → %s is not drawn", e[0], e[1])
		}
	}

	// The page as it is, without the probe: a screenshot has the diagram.
	plain := filepath.Join(dir, "page.html")
	if err := os.WriteFile(plain, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	shot := filepath.Join(dir, "shot.png")
	run("--window-size=1400,2600", "--screenshot="+shot, "file://"+plain)
	f, err := os.Open(shot)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	capture, open := 0, 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			r, g, bl = r>>8, g>>8, bl>>8
			switch {
			case near(r, 0xe8) && near(g, 0xf1) && near(bl, 0xfb):
				capture++ // the fill of capture points
			case near(r, 0xc0) && near(g, 0x39) && near(bl, 0x2b):
				open++ // the red of open findings
			}
		}
	}
	if capture < 1000 || open < 200 {
		t.Errorf("the screenshot does not show the diagram: %d pixels of capture boxes, %d red pixels", capture, open)
	}
}

func near(v, want uint32) bool { return v+6 >= want && v <= want+6 }
