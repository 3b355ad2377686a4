package inventory

import (
	"fmt"
	"html"
	"sort"
	"strings"
	"unicode/utf8"
)

// The SVG of the diagram: three columns (capture points, processing,
// destinations grouped by kind), boxes of three lines, arrows as Bézier
// curves. It is drawn here, with no script and no network, so that the
// HTML page shows it wherever it is opened.

const (
	boxWidth   = 300
	boxHeight  = 58
	lineHeight = 16
	boxGap     = 14
	columnGap  = 150
	marginX    = 20
	headerH    = 34 // a group's title above its boxes
	groupGap   = 18
	fontSize   = 12
	laneGap    = 14 // between the lanes of arrows that pass the processing column
)

// textWidth estimates the width of text in pixels: wide (CJK) runes
// count twice.
func textWidth(s string) int {
	w := 0
	for _, r := range s {
		if r >= 0x1100 && (r <= 0x115f || r >= 0x2e80 && r <= 0xa4cf || r >= 0xac00 && r <= 0xd7a3 || r >= 0xf900 && r <= 0xfaff || r >= 0xfe30 && r <= 0xfe4f || r >= 0xff00 && r <= 0xff60) {
			w += fontSize
		} else {
			w += fontSize * 6 / 10
		}
	}
	return w
}

// fit cuts text to a width, with an ellipsis.
func fit(s string, width int) string {
	if textWidth(s) <= width {
		return s
	}
	for len(s) > 0 && textWidth(s+"…") > width {
		_, size := utf8.DecodeLastRuneInString(s)
		s = s[:len(s)-size]
	}
	return s + "…"
}

// box is where a node is drawn.
type box struct{ x, y int }

// svg draws the graph.
func (g *graph) svg() string {
	pos := map[*node]box{}
	colY := [3]int{}
	var headers []string
	for _, gr := range g.groups {
		if len(gr.nodes) == 0 {
			continue
		}
		x := marginX + gr.column*(boxWidth+columnGap)
		y := colY[gr.column]
		if y > 0 {
			y += groupGap
		}
		headers = append(headers, fmt.Sprintf(`<text class="group" x="%d" y="%d">%s</text>`, x, y+22, esc(fit(gr.title, boxWidth))))
		y += headerH
		for _, n := range gr.nodes {
			pos[n] = box{x, y}
			y += boxHeight + boxGap
		}
		colY[gr.column] = y
	}
	// Arrows from a capture point straight to a destination pass the
	// processing column in lanes below its boxes, not through them.
	var direct []*edge
	for _, e := range g.edges {
		if e.from.group.column == 0 && e.to.group.column == 2 {
			direct = append(direct, e)
		}
	}
	sort.SliceStable(direct, func(i, j int) bool {
		a, b := direct[i], direct[j]
		if pos[a.from].y != pos[b.from].y {
			return pos[a.from].y < pos[b.from].y
		}
		return pos[a.to].y < pos[b.to].y
	})
	laneTop := max(colY[1], headerH) + laneGap
	lanes := map[*edge]int{}
	for i, e := range direct {
		lanes[e] = laneTop + i*laneGap
	}
	height := max(colY[0], colY[1], colY[2], laneTop+len(direct)*laneGap, 60) + 10
	width := 2*marginX + 3*boxWidth + 2*columnGap
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" id="dataflow" role="img" aria-labelledby="dataflow-title" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="%d">`, width, height, width, height, fontSize)
	b.WriteString("\n")
	b.WriteString(`<title id="dataflow-title">人脸信息数据流图 Face-data flow diagram</title>`)
	b.WriteString("\n")
	b.WriteString("<style>" + svgStyle + "</style>\n")
	b.WriteString(`<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#7f8c8d"/></marker><marker id="arrow-open" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#c0392b"/></marker></defs>`)
	b.WriteString("\n")
	for _, h := range headers {
		b.WriteString(h + "\n")
	}
	for _, e := range g.edges {
		from, to := pos[e.from], pos[e.to]
		x1, y1 := from.x+boxWidth, from.y+boxHeight/2
		x2, y2 := to.x, to.y+boxHeight/2
		d := fmt.Sprintf("M%d,%d C%d,%d %d,%d %d,%d", x1, y1, x1+(x2-x1)/2, y1, x2-(x2-x1)/2, y2, x2, y2)
		if lane, ok := lanes[e]; ok {
			xa := marginX + boxWidth + columnGap
			xb := xa + boxWidth
			dx1, dx2 := (xa-x1)/2, (x2-xb)/2
			d = fmt.Sprintf("M%d,%d C%d,%d %d,%d %d,%d L%d,%d C%d,%d %d,%d %d,%d", x1, y1, x1+dx1, y1, xa-dx1, lane, xa, lane, xb, lane, xb+dx2, lane, x2-dx2, y2, x2, y2)
		}
		class, marker := "edge", "arrow"
		if e.open {
			class, marker = "edge open", "arrow-open"
		}
		dash, end := "", ` marker-end="url(#`+marker+`)"`
		switch e.label {
		case "template":
			dash = ` stroke-dasharray="6 4"`
		case sameCall:
			class, dash, end = "edge same", ` stroke-dasharray="2 3"`, ""
		}
		fmt.Fprintf(&b, `<path class="%s" data-from="%s" data-to="%s" data-label="%s" d="%s" fill="none"%s%s><title>%s → %s: %s</title></path>`,
			class, e.from.id, e.to.id, e.label, d, dash, end, e.from.id, e.to.id, esc(e.label))
		b.WriteString("\n")
	}
	for _, gr := range g.groups {
		for _, n := range gr.nodes {
			p := pos[n]
			class := "node " + gr.id
			if n.open {
				class += " open"
			}
			fmt.Fprintf(&b, `<g class="%s" id="node-%s" data-id="%s"><title>%s</title>`, class, n.id, n.id, esc(n.full))
			fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%d" height="%d" rx="6"/>`, p.x, p.y, boxWidth, boxHeight)
			for i, l := range n.lines {
				weight := ""
				if i == 0 {
					weight = ` font-weight="bold"`
				}
				fmt.Fprintf(&b, `<text x="%d" y="%d"%s>%s</text>`, p.x+8, p.y+16+i*lineHeight, weight, esc(fit(l, boxWidth-16)))
			}
			b.WriteString("</g>\n")
		}
	}
	b.WriteString("</svg>")
	return b.String()
}

// svgStyle styles the diagram; it is inside the SVG, so that the SVG
// shows the same on its own.
var svgStyle = strings.Join([]string{
	".node rect{fill:#fff;stroke:#555;stroke-width:1}",
	".node.captures rect{fill:#e8f1fb}.node.processing rect{fill:#f3ecfa}.node.stores rect{fill:#eaf6ec}",
	".node.thirdparties rect{fill:#fff4e0}.node.logs rect{fill:#eeeeee}.node.responses rect{fill:#e6f6f6}",
	".node.open rect{stroke:#c0392b;stroke-width:2.5}",
	".edge{stroke:#7f8c8d;stroke-width:1.5}.edge.open{stroke:#c0392b;stroke-width:2}.edge.same{stroke:#999}",
	".group{font-weight:bold;font-size:13px}text{fill:#222}",
}, "")

// esc escapes text for XML and HTML.
func esc(s string) string { return html.EscapeString(s) }

// htmlText escapes text for HTML.
func htmlText(s string) string { return html.EscapeString(s) }
