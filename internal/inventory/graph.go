package inventory

import (
	"path"
	"sort"
	"strconv"
	"strings"

	"github.com/facelint/facelint/rules"
)

// The data-flow diagram: capture points → processing → stores, third
// parties and remote services, logs, responses. The Mermaid block of the
// Markdown and the SVG of the HTML draw the same graph.

// group is a column, or a part of the destination column.
type group struct {
	id, title string
	column    int
	nodes     []*node
}

// node is a box of the diagram.
type node struct {
	id    string // the inventory ID: C1, P1, S1...
	group *group
	lines []string // the first is the title
	full  string   // everything, for the tooltip
	open  bool     // there are open findings about it
	order float64  // position in its column, for fewer crossings
}

// edge is an arrow between two nodes.
type edge struct {
	from, to *node
	label    string // image or template
	open     bool   // a flow with an open finding: no consent, not encrypted, plaintext, a log, a response
}

type graph struct {
	groups []*group
	nodes  map[string]*node
	edges  []*edge
}

// newGraph draws the inventory.
func newGraph(inv *Inventory) *graph {
	g := &graph{nodes: map[string]*node{}}
	mk := func(id, title string, column int) *group {
		gr := &group{id: id, title: title, column: column}
		g.groups = append(g.groups, gr)
		return gr
	}
	caps := mk("captures", "采集点 Capture points", 0)
	procs := mk("processing", "处理 Processing", 1)
	byKind := map[string]*group{
		string(rules.SinkStorage):    mk("stores", "存储 Stores", 2),
		string(rules.SinkThirdParty): mk("thirdparties", "第三方与远程服务 Third parties and remote services", 2),
		string(rules.SinkLog):        mk("logs", "日志 Logs", 2),
		string(rules.SinkResponse):   mk("responses", "响应 Responses", 2),
	}
	byKind[string(rules.SinkNetwork)] = byKind[string(rules.SinkThirdParty)]
	add := func(gr *group, id string, open bool, lines ...string) *node {
		n := &node{id: id, group: gr, lines: lines, full: strings.Join(lines, "\n"), open: open}
		gr.nodes = append(gr.nodes, n)
		g.nodes[id] = n
		return n
	}
	for _, c := range inv.Captures {
		open := false
		for _, u := range c.Uses {
			open = open || len(u.Findings) > 0
		}
		data := c.Label
		if c.Location != nil {
			data = short(c.Location) + " · " + data
		}
		add(caps, c.ID, open, c.ID+" "+bilingual(c.Kind), c.API, data)
	}
	for _, p := range inv.Processing {
		where := short(p.Location)
		if p.InVerifier {
			where = "in face verifier " + p.Function
		}
		add(procs, p.ID, false, p.ID+" "+bilingual(p.Kind), p.API, where)
	}
	for _, d := range inv.Destinations {
		gr := byKind[d.Kind]
		if gr == nil {
			continue
		}
		var lines []string
		switch rules.SinkKind(d.Kind) {
		case rules.SinkStorage:
			api := d.API
			if d.Target != "" {
				api += " → " + d.Target
			}
			lines = []string{d.ID + " " + bilingual(d.Store), api, bilingual(d.Encryption) + " · expiry " + d.Expiry}
		case rules.SinkThirdParty, rules.SinkNetwork:
			title := d.ID + " " + d.Service
			if v := cmpOr(d.Vendor, d.Host); v != "" {
				title += ": " + v
			}
			lines = []string{title, d.API, bilingual(d.Transport)}
		default:
			lines = []string{d.ID + " " + bilingual(d.Kind), d.API, short(d.Location)}
		}
		add(gr, d.ID, len(d.Findings) > 0, lines...)
	}
	seen := map[string]*edge{}
	link := func(from, to, label string, open bool) {
		a, b := g.nodes[from], g.nodes[to]
		if a == nil || b == nil {
			return
		}
		key := from + "|" + to + "|" + label
		if e := seen[key]; e != nil {
			e.open = e.open || open
			return
		}
		e := &edge{from: a, to: b, label: label, open: open}
		seen[key] = e
		g.edges = append(g.edges, e)
	}
	for _, p := range inv.Processing {
		for _, s := range p.Sources {
			link(s, p.ID, "image", false)
		}
	}
	for _, c := range inv.Captures {
		for _, id := range c.SameCall {
			link(c.ID, id, sameCall, false)
		}
	}
	for _, d := range inv.Destinations {
		for _, f := range d.Flows {
			open := len(d.Findings) > 0 && flowOpen(d, f)
			if f.Via != "" {
				link(f.Via, d.ID, f.Label, open)
			} else {
				link(f.Source, d.ID, f.Label, open)
			}
		}
	}
	g.order()
	return g
}

// sameCall labels the line between a capture point and the processing
// step or destination that is the same call.
const sameCall = "same call"

// flowOpen says whether a flow is one that the rules object to.
func flowOpen(d *Destination, f *Flow) bool {
	switch rules.SinkKind(d.Kind) {
	case rules.SinkStorage:
		return !f.Encrypted || d.Expiry == "none"
	case rules.SinkNetwork, rules.SinkThirdParty:
		return !f.Consent || d.Transport == "plaintext"
	}
	return true
}

// order places the nodes of each column by the mean position of their
// predecessors (captures keep their order), so that arrows cross less.
func (g *graph) order() {
	for _, gr := range g.groups {
		for i, n := range gr.nodes {
			n.order = float64(i)
		}
	}
	for column := 1; column <= 2; column++ {
		for _, gr := range g.groups {
			if gr.column != column {
				continue
			}
			for _, n := range gr.nodes {
				sum, k := 0.0, 0
				for _, e := range g.edges {
					if e.to == n {
						sum += e.from.order + float64(100*e.from.group.column)
						k++
					}
				}
				if k > 0 {
					n.order = sum / float64(k)
				} else {
					n.order = 1e9
				}
			}
			sort.SliceStable(gr.nodes, func(i, j int) bool {
				a, b := gr.nodes[i], gr.nodes[j]
				if a.order != b.order {
					return a.order < b.order
				}
				return idLess(a.id, b.id)
			})
			for i, n := range gr.nodes {
				n.order = float64(i)
			}
		}
	}
}

// short names a location by its file's base name and line.
func short(l *Location) string {
	if l == nil {
		return ""
	}
	return path.Base(l.File) + ":" + strconv.Itoa(l.Line)
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// mermaid writes the graph as a Mermaid flowchart.
func (g *graph) mermaid() string {
	var b strings.Builder
	b.WriteString("flowchart LR\n")
	shape := map[string][2]string{
		"captures": {"[\"", "\"]"}, "processing": {"(\"", "\")"}, "stores": {"[(\"", "\")]"},
		"thirdparties": {"{{\"", "\"}}"}, "logs": {"[/\"", "\"/]"}, "responses": {"([\"", "\"])"},
	}
	var open []string
	for _, gr := range g.groups {
		if len(gr.nodes) == 0 {
			continue
		}
		b.WriteString("  subgraph " + gr.id + "[\"" + mermaidText(gr.title) + "\"]\n")
		for _, n := range gr.nodes {
			var parts []string
			for _, l := range n.lines {
				if l != "" {
					parts = append(parts, mermaidText(l))
				}
			}
			s := shape[gr.id]
			b.WriteString("    " + n.id + s[0] + strings.Join(parts, "<br/>") + s[1] + "\n")
			if n.open {
				open = append(open, n.id)
			}
		}
		b.WriteString("  end\n")
	}
	var openEdges []string
	for i, e := range g.edges {
		switch e.label {
		case sameCall:
			b.WriteString("  " + e.from.id + " -. " + e.label + " .- " + e.to.id + "\n")
		case "template":
			b.WriteString("  " + e.from.id + " -.->|" + e.label + "| " + e.to.id + "\n")
		default:
			b.WriteString("  " + e.from.id + " -->|" + e.label + "| " + e.to.id + "\n")
		}
		if e.open {
			openEdges = append(openEdges, strconv.Itoa(i))
		}
	}
	b.WriteString("  classDef open fill:#fde2e2,stroke:#c0392b,stroke-width:2px,color:#000\n")
	if len(open) > 0 {
		b.WriteString("  class " + strings.Join(open, ",") + " open\n")
	}
	if len(openEdges) > 0 {
		b.WriteString("  linkStyle " + strings.Join(openEdges, ",") + " stroke:#c0392b,stroke-width:2px\n")
	}
	return b.String()
}

// mermaidText escapes text for a quoted Mermaid label.
func mermaidText(s string) string {
	return strings.NewReplacer("#", "#35;", "\"", "#quot;", "<", "#lt;", ">", "#gt;", "\n", " ").Replace(s)
}
